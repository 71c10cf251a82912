import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { CompareCoverage } from "@/components/compare/compare-coverage";
import { CompareForm } from "@/components/compare/compare-form";
import { CompareSummary } from "@/components/compare/compare-summary";
import { CompareTable } from "@/components/compare/compare-table";
import { SearchProblems } from "@/components/url-state/search-problems";
import type { RawSearchParams } from "@/lib/actions/search-params";
import { getCoverage } from "@/lib/compare/compare-coverage";
import { compareGrounds } from "@/lib/compare/compare-grounds";
import { parseCompareSearch, serializeCompareSearch } from "@/lib/compare/compare-search";
import { groupRows } from "@/lib/compare/compare-summary";
import { compareTargets } from "@/lib/compare/compare-targets";
import { CompareFocus } from "./compare-focus";

export const metadata: Metadata = { title: "Compare jurisdictions" };

/** Targets shown on the page; the CSV carries more. */
const PAGE_TARGETS = 100;

export default function ComparePage(props: { searchParams: Promise<RawSearchParams> }) {
  return (
    <>
      <h1>Compare two jurisdictions</h1>
      <p className="lede">
        Which targets each side acted on, on what grounds and under which instruments — and who acted first, as far
        as the recorded dates allow. Proposals (calls for action) are not counted.
      </p>
      <Suspense fallback={<p role="status">Loading the comparison…</p>}>
        <Comparison searchParams={props.searchParams} />
      </Suspense>
    </>
  );
}

async function Comparison({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const { search, problems } = parseCompareSearch(await searchParams);
  const [{ rows, sets, total }, grounds, coverageA, coverageB] = await Promise.all([
    compareTargets(search, PAGE_TARGETS),
    compareGrounds(search),
    getCoverage(search.a),
    getCoverage(search.b),
  ]);
  // The rows come grouped, in the order the CSV has too (lib/compare/compare-order.ts).
  const groups = groupRows(rows);
  const names = { A: search.a, B: search.b };
  return (
    <>
      <CompareForm search={search} />
      <SearchProblems problems={problems} applied={`/compare${serializeCompareSearch(search)}`} />
      {search.target.length > 0 && <CompareFocus search={search} />}
      <div className="compare-layout">
        <div className="compare-main">
          {total === 0 ? (
            <p className="empty">
              Neither {search.a} nor {search.b} has a recorded action against {search.target.length ? "these targets" : "any target"}.
            </p>
          ) : (
            <>
              <CompareSummary names={names} sets={sets} rows={rows} groups={groups} grounds={grounds} />
              <h2>Per target</h2>
              <p className="muted small">
                A first date is the earliest the side’s first action can have happened, as an interval: a lag is given
                in days only when both first dates are known to the day; otherwise as a range when the intervals do not
                overlap, or “cannot tell”. Related targets are grouped under their parent body and keep their own rows.
                {total > rows.length && ` Showing ${rows.length.toLocaleString("en")} of ${total.toLocaleString("en")} targets; the CSV has more.`}
              </p>
              <CompareTable groups={groups} sides={names} />
            </>
          )}
        </div>
        <CompareCoverage sides={[coverageA, coverageB]} narrowed={search.target.length > 0} />
      </div>
    </>
  );
}
