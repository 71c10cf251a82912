// GET /api/actions/export?format=csv|json&<explorer parameters>: every matching action
// (not one page), in the explorer's order, streamed.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { parseActionSearch } from "@/lib/actions/search-params";
import { invalidParamsResponse } from "@/lib/http/invalid-params-response";
import { EXPORT_FORMATS, type ExportFormat, exportFileName, streamActionExport } from "@/lib/actions/export-actions";
import { withSpellings } from "@/lib/actions/text-spellings";
import { getDb } from "@/lib/db/client";
import { getPgPool } from "@/lib/db/pg-pool";
import { iterableBody } from "@/lib/http/iterable-response";
import { parseLenient } from "@/lib/search-params/parse-lenient";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const { search, problems } = parseActionSearch(params, ["format"]);
  // Read like every other parameter: one value, one of the formats.
  const exported = parseLenient({ format: z.enum(EXPORT_FORMATS) }, { format: "csv" }, params);
  problems.push(...exported.problems);
  if (problems.length) return invalidParamsResponse(problems);
  const chosen: ExportFormat = exported.search.format;
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
