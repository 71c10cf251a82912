// Record ids in URLs (/actions/12): anything that is not a positive int4 is simply "not found",
// so "abc", "1.5" or 99999999999 give a 404 instead of a database error.
const MAX_INT4 = 2_147_483_647;

export function parseRouteId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_INT4 ? id : null;
}
