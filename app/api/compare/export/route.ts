import type { NextRequest } from "next/server";
import { compareCsvHeader, compareCsvRow, toCsvLine } from "@/lib/compare/compare-csv";
import { parseCompareSearch } from "@/lib/compare/compare-search";
import { compareTargets } from "@/lib/compare/compare-targets";

/** The export is bounded: past this many targets the file says it was cut. */
export const EXPORT_TARGET_LIMIT = 50_000;

export async function GET(request: NextRequest) {
  const { search, problems } = parseCompareSearch(request.nextUrl.searchParams);
  if (problems.length) {
    return new Response(`Bad request: ${problems.join("; ")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { rows, total } = await compareTargets(search, EXPORT_TARGET_LIMIT);
  const lines = [toCsvLine(compareCsvHeader(search)), ...rows.map((row) => toCsvLine(compareCsvRow(row, search)))];
  if (total > rows.length) lines.push(toCsvLine([`Cut at ${rows.length} of ${total} targets`]));
  return new Response(lines.join(""), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="compare-${search.a}-${search.b}.csv"`,
    },
  });
}
