// The explorer's parameters read strictly: every wrong or unknown parameter is a problem. The API
// answers 400 listing them; the pages fall back to defaults and name them in a note.
import { type RawSearchParams, refuseUnknown } from "../search-params/parse-lenient";
import { actionSearchParsers, parseActionSearch } from "./search-params";

export function parseActionParams(params: RawSearchParams, extraKeys: readonly string[] = []) {
  return refuseUnknown(parseActionSearch(params), params, [...Object.keys(actionSearchParsers), ...extraKeys]);
}
