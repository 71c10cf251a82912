// GET /api/actions/export?format=csv|json&<explorer parameters>: every matching action
// (not one page), in the explorer's order, streamed.
import type { NextRequest } from "next/server";
import { invalidParamsResponse, parseActionApiParams } from "@/lib/actions/action-api-params";
import { EXPORT_FORMATS, type ExportFormat, exportFileName, streamActionExport } from "@/lib/actions/export-actions";
import { withSpellings } from "@/lib/actions/text-spellings";
import { getDb } from "@/lib/db/client";
import { getPgPool } from "@/lib/db/pg-pool";
import { iterableBody } from "@/lib/http/iterable-response";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const { search, problems } = parseActionApiParams(params, ["format"]);
  const formats = params.getAll("format");
  const format = formats[0] ?? "csv";
  if (formats.length > 1) {
    problems.push(`format: given ${formats.length} times (${formats.map((f) => JSON.stringify(f)).join(", ")}); expected once`);
  }
  else if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    problems.push(`format=${JSON.stringify(format)}: expected one of ${EXPORT_FORMATS.join(", ")}`);
  }
  if (problems.length) return invalidParamsResponse(problems);
  const chosen = format as ExportFormat;
  const filter = await withSpellings(search, getDb());
  const chunks = streamActionExport(filter, getPgPool(), { format: chosen, origin: publicOrigin(request) });
  return new Response(iterableBody(chunks, request.signal), {
    headers: {
      "Content-Type": CONTENT_TYPES[chosen],
      "Content-Disposition": `attachment; filename="${exportFileName(chosen)}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** The origin the client used (behind a proxy, the forwarded one), for the rows' links. */
function publicOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  return `${proto}://${host}`;
}
