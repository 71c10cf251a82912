// Every endpoint's answer to wrong or unknown query parameters: 400 with JSON naming each one,
// the same for the JSON APIs, the CSV exports and the Atom feed.
export function invalidParamsResponse(problems: string[]): Response {
  return Response.json({ error: `Invalid query parameters: ${problems.join("; ")}`, problems }, { status: 400 });
}
