// The API reads the explorer's parameters strictly: where the page falls back to defaults
// and shows a note, the API answers 400 listing every wrong or unknown parameter.
import { refuseUnknown } from "../search-params/parse-lenient";
import { actionSearchParsers, parseActionSearch } from "./search-params";

export function parseActionApiParams(params: URLSearchParams, extraKeys: readonly string[] = []) {
  return refuseUnknown(parseActionSearch(params), params, [...Object.keys(actionSearchParsers), ...extraKeys]);
}
