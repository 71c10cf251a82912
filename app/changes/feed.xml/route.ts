// Atom feed of the changes feed, with the same filters as /changes; invalid parameters → 400 (JSON, as every endpoint).
import { connection } from "next/server";
import { KIND_LABELS } from "@/lib/actions/labels";
import { invalidParamsResponse } from "@/lib/http/invalid-params-response";
import { publicUrl } from "@/lib/http/public-url";
import { parseChangeSearch, serializeChangeSearch } from "@/lib/official-lists/change-search";
import { renderChangesAtom } from "@/lib/official-lists/changes-atom";
import { listChangesAsFound } from "@/lib/official-lists/list-changes";

const FEED_SIZE = 100;

export async function GET(request: Request) {
  await connection();
  const url = publicUrl(request);
  const { search, problems } = parseChangeSearch(url.searchParams);
  if (problems.length) return invalidParamsResponse(problems);
  const rows = await listChangesAsFound(search, FEED_SIZE);
  // The feed's address in one spelling (no empty parameters, a fixed order), so that the same
  // filters always give the same feed id, whatever the form or the reader sent.
  const canonical = new URL(`/changes/feed.xml${serializeChangeSearch({ ...search, page: 1 })}`, url.origin);
  const xml = renderChangesAtom(rows, canonical, (kind) => KIND_LABELS[kind]);
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
