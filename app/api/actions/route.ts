// GET /api/actions: one page of the explorer as JSON, with the same parameters as /actions.
import type { NextRequest } from "next/server";
import { parseActionSearch } from "@/lib/actions/search-params";
import { invalidParamsResponse } from "@/lib/http/invalid-params-response";
import { toActionJson } from "@/lib/actions/action-json";
import { listActions } from "@/lib/actions/list-actions";

export async function GET(request: NextRequest) {
  const { search, problems } = parseActionSearch(request.nextUrl.searchParams);
  if (problems.length) return invalidParamsResponse(problems);
  const page = await listActions(search);
  return Response.json({
    data: page.rows.map(toActionJson),
    total: page.total.value,
    totalExact: page.total.exact,
    page: page.page,
    perPage: page.perPage,
    pageCount: page.pageCount,
    filters: search,
  });
}
