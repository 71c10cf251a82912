import type { NextRequest } from "next/server";
import { COMPARE_EXPORT_SIZES, compareCsvHeader, compareCsvRow, toCsvLine } from "@/lib/compare/compare-csv";
import { parseCompareSearch } from "@/lib/compare/compare-search";
import { countTargetSets, streamCompareTargets } from "@/lib/compare/compare-targets";

export async function GET(request: NextRequest) {
  const { search, problems } = parseCompareSearch(request.nextUrl.searchParams);
  if (problems.length) {
    return new Response(`Bad request: ${problems.join("; ")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const sets = await countTargetSets(search);
  const total = sets.both + sets.onlyA + sets.onlyB;
  const chunks = streamCompareTargets(search, COMPARE_EXPORT_SIZES);
  const encoder = new TextEncoder();
  let written = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsvLine(compareCsvHeader(search))));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) {
        if (total > written) controller.enqueue(encoder.encode(toCsvLine([`Cut at ${written} of ${total} targets`])));
        controller.close();
        return;
      }
      written += next.value.length;
      controller.enqueue(encoder.encode(next.value.map((row) => toCsvLine(compareCsvRow(row, search))).join("")));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="compare-${search.a}-${search.b}.csv"`,
    },
  });
}
