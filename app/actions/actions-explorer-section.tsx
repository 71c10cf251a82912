// The explorer for one request's URL: parses it leniently (invalid values fall back to
// defaults, listed in a note), runs the page and filter-option queries, and hands both to the
// client table. Render inside <Suspense fallback={<ActionsExplorerSkeleton />}>.
import { connection } from "next/server";
import { ActionsExplorer } from "@/components/actions/actions-explorer";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { UrlStateProvider } from "@/components/url-state/url-state-provider";
import { listActions } from "@/lib/actions/list-actions";
import { listFilterOptions } from "@/lib/actions/list-filter-options";
import { parseActionSearch } from "@/lib/actions/search-params";
import type { RawSearchParams } from "@/lib/search-params/parse-lenient";

export async function ActionsExplorerSection({
  searchParams,
  problemsShownAbove = false,
}: {
  searchParams: Promise<RawSearchParams>;
  /** The overview lists invalid parameters once, above its charts. */
  problemsShownAbove?: boolean;
}) {
  await connection();
  const { search, problems } = parseActionSearch(await searchParams);
  const [page, filterOptions] = await Promise.all([listActions(search), listFilterOptions(search)]);
  return (
    <>
      {problems.length > 0 && !problemsShownAbove && (
        <div className="notice" role="status" data-testid="search-problems">
          <strong>Some parameters were invalid and were reset:</strong>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <UrlStateProvider>
        <ActionsExplorer page={page} search={search} hadProblems={problems.length > 0} filterOptions={filterOptions} />
      </UrlStateProvider>
    </>
  );
}

export function ActionsExplorerSkeleton() {
  return <DataTableSkeleton columns={10} rows={10} label="Loading actions…" />;
}
