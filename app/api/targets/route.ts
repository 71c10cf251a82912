// Type-ahead for the explorer's target filter: GET /api/targets?q=qods → best matches first.
import { type NextRequest, NextResponse } from "next/server";
import { searchTargets } from "@/lib/targets/search-targets";

const MAX_QUERY_LENGTH = 100;

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q")?.trim() ?? "";
  if (q === "") return NextResponse.json({ error: "Parameter q is required (a name or part of one)." }, { status: 400 });
  if (q.length > MAX_QUERY_LENGTH) {
    return NextResponse.json({ error: `Parameter q must be at most ${MAX_QUERY_LENGTH} characters.` }, { status: 400 });
  }
  return NextResponse.json({ q, targets: await searchTargets(q) });
}
