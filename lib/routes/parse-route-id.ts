// Record ids in URLs (/actions/12): anything that is not a positive int4 is simply "not found",
// so "abc", "1.5" or 99999999999 give a 404 instead of a database error.
import { recordId } from "../search-params/parse-lenient";

export function parseRouteId(raw: string): number | null {
  const parsed = recordId.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
