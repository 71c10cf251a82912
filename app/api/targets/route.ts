// Type-ahead for the explorer's target filter: GET /api/targets?q=qods → best matches first.
import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { parseLenient, refuseUnknown } from "@/lib/search-params/parse-lenient";
import { searchTargets } from "@/lib/targets/search-targets";
import { TARGET_QUERY_MAX_LENGTH } from "@/lib/targets/target-query";

const FIELDS = { q: z.string().trim().max(TARGET_QUERY_MAX_LENGTH) };

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const { search, problems } = refuseUnknown(parseLenient(FIELDS, { q: "" }, params), params, Object.keys(FIELDS));
  if (problems.length) return NextResponse.json({ error: `Parameter ${problems.join("; ")}` }, { status: 400 });
  if (search.q === "") return NextResponse.json({ error: "Parameter q is required (a name or part of one)." }, { status: 400 });
  return NextResponse.json({ q: search.q, targets: await searchTargets(search.q) });
}
