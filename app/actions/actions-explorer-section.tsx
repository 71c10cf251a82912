// The explorer for one parsed search: runs the page and filter-option queries and hands both to
// the client table. Render inside <Suspense fallback={<ActionsExplorerSkeleton />}>.
import { ActionsExplorer } from "@/components/actions/actions-explorer";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { UrlStateProvider } from "@/components/url-state/url-state-provider";
import { listActions } from "@/lib/actions/list-actions";
import { listFilterOptions } from "@/lib/actions/list-filter-options";
import { listNamedAuthorities } from "@/lib/actions/named-authorities";
import { type ActionSearch, includesProposals } from "@/lib/actions/search-params";

export async function ActionsExplorerSection({ search }: { search: ActionSearch }) {
  const [page, filterOptions, namedAuthorities] = await Promise.all([
    listActions(search),
    listFilterOptions(search),
    listNamedAuthorities(search.q, includesProposals(search)),
  ]);
  return (
    <UrlStateProvider>
      <ActionsExplorer page={page} search={search} filterOptions={filterOptions} namedAuthorities={namedAuthorities} />
    </UrlStateProvider>
  );
}

export function ActionsExplorerSkeleton() {
  return <DataTableSkeleton columns={10} rows={10} label="Loading actions…" />;
}
