/**
 * The address the client used, for links written into a response (an Atom feed's ids and
 * links). `request.url` carries the address the server bound to (http://0.0.0.0:3000 under
 * `npm start`), which no reader can follow; the Host header, or a proxy's X-Forwarded-*
 * headers, say what the reader asked for.
 */
export function publicUrl(request: Request): URL {
  const url = new URL(request.url);
  const first = (header: string) => request.headers.get(header)?.split(",")[0].trim();
  const host = first("x-forwarded-host") ?? first("host") ?? url.host;
  const proto = first("x-forwarded-proto")?.replace(/:?$/, ":") ?? url.protocol;
  return new URL(`${url.pathname}${url.search}`, `${proto}//${host}`);
}
