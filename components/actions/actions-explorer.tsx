"use client";
// The analysts' table: filters, sortable columns, pages and exports, all driven by the URL
// and answered by PostgreSQL (the server renders each URL; nothing is sorted or filtered here).
import {
  type ColumnVisibilityState,
  functionalUpdate,
  type PaginationState,
  type SortingState,
  type Updater,
  useTable,
} from "@tanstack/react-table";
import { useEffect, useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableColumnToggle } from "@/components/data-table/data-table-column-toggle";
import { dataTableFeatures } from "@/components/data-table/data-table-features";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import type { FilterOptions } from "@/lib/actions/list-filter-options";
import type { ActionPage } from "@/lib/actions/list-actions";
import type { NamedAuthority } from "@/lib/actions/named-authorities";
import {
  type ActionSearch,
  dateRange,
  includesProposals,
  PAGE_SIZES,
  type SortKey,
  serializeActionSearch,
} from "@/lib/actions/search-params";
import { partlyInRange } from "@/lib/dates/range-overlap";
import { type ActionExplorerRow, actionColumns } from "./action-columns";
import { ActionFiltersBar } from "./action-filters-bar";
import { ActionsEmptyState } from "./actions-empty-state";
import { AuthorityHint } from "./authority-hint";
import styles from "./actions-explorer.module.css";
import { useActionSearch } from "./use-action-search";

interface ActionsExplorerProps {
  page: ActionPage;
  /** The search the server applied (invalid URL values already replaced by defaults). */
  search: ActionSearch;
  filterOptions: FilterOptions;
  /** Authorities the free text names: free text does not search who acted, so their filter is offered. */
  namedAuthorities: NamedAuthority[];
}

const VISIBILITY_KEY = "actions-explorer:columns";

export function ActionsExplorer({ page, search, filterOptions, namedAuthorities }: ActionsExplorerProps) {
  const actionSearch = useActionSearch();
  const { params, setParams, setFilters, clearFilters, hasFilters, isPending } = actionSearch;
  const [columnVisibility, setColumnVisibility] = useStoredVisibility();
  // Set once hydrated: controls do nothing before, which browser tests must wait out.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);

  const { from, to } = dateRange(search);
  const rows = useMemo<ActionExplorerRow[]>(
    () => page.rows.map((row) => ({ ...row, partlyInRange: partlyInRange(row, { from, to }) })),
    [page.rows, from, to],
  );
  const sorting = useMemo<SortingState>(() => [{ id: params.sort, desc: params.dir === "desc" }], [params.sort, params.dir]);
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: params.page - 1, pageSize: params.perPage }),
    [params.page, params.perPage],
  );

  const table = useTable({
    features: dataTableFeatures,
    columns: actionColumns,
    data: rows,
    getRowId: (row) => String(row.id),
    state: { sorting, pagination, columnVisibility },
    manualSorting: true,
    manualPagination: true,
    rowCount: page.total.value,
    enableSortingRemoval: false,
    enableMultiSort: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) void setFilters({ sort: next.id as SortKey, dir: next.desc ? "desc" : "asc" });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      if (next.pageSize !== pagination.pageSize) {
        void setParams({ perPage: next.pageSize as (typeof PAGE_SIZES)[number], page: null });
      }
      else void setParams({ page: next.pageIndex + 1 });
    },
    onColumnVisibilityChange: setColumnVisibility,
  });

  const exportQuery = serializeActionSearch({ ...params, page: null, perPage: null }).replace(/^\?/, "&");
  const proposalsHidden = !includesProposals(params);

  return (
    <div className={styles.explorer} data-interactive={interactive || undefined}>
      <ActionFiltersBar
        params={params}
        setFilters={setFilters}
        clearFilters={clearFilters}
        hasFilters={hasFilters}
        options={filterOptions}
      />
      {/* Not while a new text is on its way: the authorities are the applied text's. */}
      {params.q === search.q && (
        <AuthorityHint q={search.q} authorities={namedAuthorities} onFilterBy={(id) => void setFilters({ authority: [id], q: null })} />
      )}
      <div className={styles.toolbar}>
        <p className={styles.status} role="status">
          {isPending ? "Loading…" : proposalsHidden ? "Proposals (calls for action) are hidden." : "Proposals are included."}
        </p>
        <DataTableColumnToggle table={table} />
        <a className={styles.export} href={`/api/actions/export?format=csv${exportQuery}`} download>
          Download CSV
        </a>
        <a className={styles.export} href={`/api/actions/export?format=json${exportQuery}`} download>
          Download JSON
        </a>
      </div>
      <DataTable
        table={table}
        caption="Sanctions actions matching the filters"
        busy={isPending}
        rowHref={(row) => `/actions/${row.id}`}
        empty={
          <ActionsEmptyState
            pastLastPage={page.total.value > 0 ? params.page : null}
            onFirstPage={() => void setParams({ page: null })}
            onClearFilters={hasFilters ? clearFilters : null}
            onIncludeProposals={proposalsHidden ? () => void setFilters({ proposals: true }) : null}
          />
        }
      />
      <DataTablePagination table={table} totalExact={page.total.exact} pageSizes={PAGE_SIZES} noun={{ one: "action", other: "actions" }} />
    </div>
  );
}

/** Column choices survive reloads in this browser; the server render shows every column. */
function useStoredVisibility() {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>({});
  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(VISIBILITY_KEY);
      if (stored) setVisibility(JSON.parse(stored) as ColumnVisibilityState);
    } catch {
      window.localStorage.removeItem(VISIBILITY_KEY); // unreadable: start with every column
    }
  }, []);
  const update = (updater: Updater<ColumnVisibilityState>) =>
    setVisibility((previous) => {
      const next = functionalUpdate(updater, previous);
      window.localStorage.setItem(VISIBILITY_KEY, JSON.stringify(next));
      return next;
    });
  return [visibility, update] as const;
}
