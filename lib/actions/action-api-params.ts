// The API reads the explorer's parameters strictly: where the page falls back to defaults
// and shows a note, the API answers 400 listing every wrong or unknown parameter.
import { actionSearchParsers, parseActionSearch } from "./search-params";

export function parseActionApiParams(params: URLSearchParams, extraKeys: readonly string[] = []) {
  const { search, problems } = parseActionSearch(params);
  const known = new Set([...Object.keys(actionSearchParsers), ...extraKeys]);
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) problems.push(`${key}: unknown parameter`);
  }
  return { search, problems };
}

export function invalidParamsResponse(problems: string[]): Response {
  return Response.json({ error: `Invalid query parameters: ${problems.join("; ")}`, problems }, { status: 400 });
}
