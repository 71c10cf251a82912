"use client";
import type { ReactTable, RowData } from "@tanstack/react-table";
import { type ReactNode, useId } from "react";
import type { DataTableFeatures } from "./data-table-features";
import styles from "./data-table.module.css";
import { countNoun } from "@/lib/format/count-noun";

interface DataTablePaginationProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>;
  /** False when the total is the planner's estimate: it is then shown as "about N". */
  totalExact: boolean;
  pageSizes: readonly number[];
  /** What the rows are, in both numbers: { one: "action", other: "actions" }. */
  noun: { one: string; other: string };
}

const number = new Intl.NumberFormat("en-GB");

export function DataTablePagination<TData extends RowData>({ table, totalExact, pageSizes, noun }: DataTablePaginationProps<TData>) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  const pageCount = Math.max(1, table.getPageCount());
  const about = totalExact ? "" : "about ";
  // From the rows on the page, not the total: above 10,000 the total is the planner's estimate.
  const shown = table.getRowModel().rows.length;
  const first = pageIndex * pageSize + 1;
  const last = first + shown - 1;
  // A URL can ask for a page past the last: "previous" then means the last page, not the one before.
  const pastLast = shown === 0 && total > 0 && pageIndex > 0;

  return (
    <nav className={styles.pagination} aria-label="Pages">
      <p className={styles.range} aria-live="polite">
        {total === 0
          ? `No ${noun.other}`
          : shown === 0
            ? `No ${noun.other} on this page (${about}${countNoun(total, noun.one, noun.other)} in all)`
            : `${number.format(first)}–${number.format(last)} of ${about}${countNoun(total, noun.one, noun.other)}`}
      </p>
      <label htmlFor={sizeId} className={styles.pageSize}>
        Rows per page
        <select id={sizeId} value={pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.pageButtons}>
        <PageButton label="First page" enabled={table.getCanPreviousPage()} onPress={() => table.firstPage()}>«</PageButton>
        <PageButton label="Previous page" enabled={table.getCanPreviousPage()}
          onPress={() => (pastLast ? table.lastPage() : table.previousPage())}>
          ‹ Prev
        </PageButton>
        <span className={styles.pageOf}>
          Page {number.format(pageIndex + 1)}
          {pastLast ? `, past the last (${about}${number.format(pageCount)})` : ` of ${about}${number.format(pageCount)}`}
        </span>
        <PageButton label="Next page" enabled={table.getCanNextPage()} onPress={() => table.nextPage()}>Next ›</PageButton>
        <PageButton label="Last page" enabled={table.getCanNextPage() || pastLast} onPress={() => table.lastPage()}>»</PageButton>
      </div>
    </nav>
  );
}

/**
 * A pager button that stays in the Tab order when it has nowhere to go (aria-disabled, not
 * disabled): Enter on "Next" to the last page would otherwise drop the focus to the page's body.
 */
function PageButton({ label, enabled, onPress, children }: { label: string; enabled: boolean; onPress: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-label={label} aria-disabled={!enabled} onClick={() => enabled && onPress()}>
      {children}
    </button>
  );
}
