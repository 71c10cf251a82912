import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { SearchProblems } from "@/components/url-state/search-problems";
import { parseActionSearch, serializeActionSearch } from "@/lib/actions/search-params";
import type { RawSearchParams } from "@/lib/search-params/parse-lenient";
import { ActionsExplorerSection, ActionsExplorerSkeleton } from "./actions-explorer-section";

export const metadata: Metadata = { title: "Actions explorer" };

export default function ActionsPage(props: { searchParams: Promise<RawSearchParams> }) {
  return (
    <>
      <h1>Actions explorer</h1>
      <p className="lede">
        Filter, sort and export every recorded sanctions action. Each row opens the action with the exact words of its
        sources.
      </p>
      <Suspense fallback={<ActionsExplorerSkeleton />}>
        <Explorer searchParams={props.searchParams} />
      </Suspense>
    </>
  );
}

async function Explorer({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const { search, problems } = parseActionSearch(await searchParams);
  return (
    <>
      <SearchProblems problems={problems} applied={serializeActionSearch("/actions", search)} />
      <ActionsExplorerSection search={search} />
    </>
  );
}
