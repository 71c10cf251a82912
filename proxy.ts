import { type NextRequest, NextResponse } from "next/server";
import { parseRouteId } from "./lib/routes/parse-route-id";
import { type RecordSection, recordExists } from "./lib/routes/record-exists";

// A detail page that finds no record while it renders has already sent its 200 status line
// (the layout's shell streams first), so unknown ids are answered here, before rendering: a
// rewrite to a path no route serves renders app/not-found.tsx with status 404.
export async function proxy(request: NextRequest) {
  const [, section, raw] = request.nextUrl.pathname.split("/");
  const id = parseRouteId(raw ?? "");
  if (id !== null && (await recordExists(section as RecordSection, id))) return NextResponse.next();
  return NextResponse.rewrite(new URL("/_record-not-found", request.url));
}

// Next reads the matcher statically: it must be a literal, one entry per RecordSection.
export const config = { matcher: ["/actions/:id", "/targets/:id", "/documents/:id"] };
