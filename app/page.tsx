import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { SearchProblems } from "@/components/url-state/search-problems";
import { parseActionSearch, type RawSearchParams, serializeActionSearch } from "@/lib/actions/search-params";
import { ActionsExplorerSection, ActionsExplorerSkeleton } from "./actions/actions-explorer-section";
import { ActiveFilters } from "./_overview/active-filters";
import { GroundsSection } from "./_overview/grounds-section";
import { HeadlineFigures } from "./_overview/headline-figures";
import { InstrumentsSection } from "./_overview/instruments-section";
import { OverTimeSection } from "./_overview/over-time-section";
import { TargetsSection } from "./_overview/targets-section";

// The root layout's title template applies to the pages under it, not to its own page.
export const metadata: Metadata = { title: { absolute: "Overview · Sanctions Tracker" } };

export default function OverviewPage(props: { searchParams: Promise<RawSearchParams> }) {
  return (
    <>
      <h1>Overview</h1>
      <p className="lede">
        What was imposed, when, by whom and on what grounds — every figure and chart below is computed from the
        same filters as the actions table.
      </p>
      <Suspense fallback={<p role="status">Loading the overview…</p>}>
        <Overview searchParams={props.searchParams} />
      </Suspense>
    </>
  );
}

async function Overview({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const { search, problems } = parseActionSearch(await searchParams);
  const loading = (what: string) => <p role="status" className="muted">Loading {what}…</p>;
  return (
    <>
      <SearchProblems problems={problems} applied={serializeActionSearch("/", search)} />
      <ActiveFilters search={search} />
      <Suspense fallback={loading("figures")}>
        <HeadlineFigures search={search} />
      </Suspense>
      <div className="chart-grid">
        <Suspense fallback={loading("the timeline")}><OverTimeSection search={search} /></Suspense>
        <Suspense fallback={loading("grounds")}><GroundsSection search={search} /></Suspense>
        <Suspense fallback={loading("instruments")}><InstrumentsSection search={search} /></Suspense>
        <Suspense fallback={loading("targets")}><TargetsSection search={search} /></Suspense>
      </div>
      <section aria-labelledby="actions-heading" id="actions" className="overview-actions">
        <h2 id="actions-heading">Actions</h2>
        <p className="muted">Filters set here apply to the figures and charts above as well.</p>
        <Suspense fallback={<ActionsExplorerSkeleton />}>
          <ActionsExplorerSection search={search} />
        </Suspense>
      </section>
    </>
  );
}
