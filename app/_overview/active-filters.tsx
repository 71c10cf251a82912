import Link from "next/link";
import type { ActionSearch } from "@/lib/actions/search-params";
import { describeActiveFilters } from "@/lib/charts/charts-active-filters";
import { linkToPage, linkToTable } from "@/lib/charts/charts-links";
import { DEFAULT_ACTION_SEARCH } from "@/lib/actions/search-params";

/** The filters the URL applies to every figure and chart, with the way to change them. */
export async function ActiveFilters({ search }: { search: ActionSearch }) {
  const filters = await describeActiveFilters(search);
  return (
    <div className="active-filters" data-testid="active-filters">
      <p>
        {filters.length ? (
          <>
            <strong>Filtered:</strong>{" "}
            {filters.map((f) => <span key={f.name} className="chip">{f.name}: {f.value}</span>)}
          </>
        ) : (
          <>All recorded actions; proposals (calls for action) are left out, as in the table.</>
        )}{" "}
        <Link href={linkToTable(search)}>Edit these filters in the table</Link>
        {filters.length > 0 && <> · <Link href={linkToPage("/", { ...DEFAULT_ACTION_SEARCH, related: search.related })}>Clear filters</Link></>}
      </p>
    </div>
  );
}
