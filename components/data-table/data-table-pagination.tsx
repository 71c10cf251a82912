"use client";
import type { ReactTable, RowData } from "@tanstack/react-table";
import { useId } from "react";
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
        <button type="button" onClick={() => table.firstPage()} disabled={!table.getCanPreviousPage()} aria-label="First page">
          «
        </button>
        <button type="button" onClick={() => (pastLast ? table.lastPage() : table.previousPage())} disabled={!table.getCanPreviousPage()}
          aria-label="Previous page">
          ‹ Prev
        </button>
        <span className={styles.pageOf}>
          Page {number.format(pageIndex + 1)}
          {pastLast ? `, past the last (${about}${number.format(pageCount)})` : ` of ${about}${number.format(pageCount)}`}
        </span>
        <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label="Next page">
          Next ›
        </button>
        <button type="button" onClick={() => table.lastPage()} disabled={!table.getCanNextPage() && !pastLast} aria-label="Last page">
          »
        </button>
      </div>
    </nav>
  );
}
