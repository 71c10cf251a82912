import type { Metadata } from "next";
import { Suspense } from "react";
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
        <ActionsExplorerSection searchParams={props.searchParams} />
      </Suspense>
    </>
  );
}
