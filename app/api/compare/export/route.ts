import type { NextRequest } from "next/server";
import { streamCompareCsv } from "@/lib/compare/compare-csv";
import { parseCompareSearch } from "@/lib/compare/compare-search";
import { invalidParamsResponse } from "@/lib/http/invalid-params-response";
import { iterableBody } from "@/lib/http/iterable-response";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const { search, problems } = parseCompareSearch(params);
  if (problems.length) return invalidParamsResponse(problems);
  return new Response(iterableBody(streamCompareCsv(search), request.signal), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="compare-${search.a}-${search.b}.csv"`,
    },
  });
}
