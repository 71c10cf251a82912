/**
 * The address to write into links a reader follows later (an Atom feed's ids and links):
 * `PUBLIC_BASE_URL` when the deployment sets one (stable ids whatever host was used, and no
 * trust in request headers), else the Host the reader asked for. `request.url` alone carries
 * the address the server bound to (http://0.0.0.0:3000 under `npm start`), which no one can follow.
 */
export function publicUrl(request: Request, base = process.env.PUBLIC_BASE_URL): URL {
  const url = new URL(request.url);
  const path = `${url.pathname}${url.search}`;
  const origin = base || (request.headers.get("host") ? `${url.protocol}//${request.headers.get("host")}` : url.origin);
  try {
    return new URL(path, origin);
  } catch {
    return url;
  }
}
