"use client";
import type { ReactTable, RowData } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";
import type { DataTableFeatures } from "./data-table-features";
import styles from "./data-table.module.css";

interface DataTableProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>;
  /** Read by screen readers as the table's name. */
  caption: string;
  /** Dims the rows while the next page loads. */
  busy?: boolean;
  /** Rows open this link when clicked; each row must also hold a real link for keyboards. */
  rowHref?: (row: TData) => string;
  empty: ReactNode;
}

const SORT_ARIA = { asc: "ascending", desc: "descending" } as const;

/** A column's name for the phone layout, where each cell carries it (data-label); none for unnamed columns. */
const columnLabel = (header: unknown) => (typeof header === "string" ? header : undefined);

export function DataTable<TData extends RowData>({ table, caption, busy = false, rowHref, empty }: DataTableProps<TData>) {
  const router = useRouter();
  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns().length;

  function openRow(event: MouseEvent<HTMLTableRowElement>, href: string) {
    // Links, buttons and disclosures inside the row keep their own behaviour, and so does selecting text.
    if ((event.target as HTMLElement).closest("a, button, summary, input, select, details[open]")) return;
    if (window.getSelection()?.toString()) return;
    router.push(href);
  }

  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-busy={busy} data-busy={busy}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const sortable = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    data-column={header.column.id}
                    aria-sort={sortable ? (sorted ? SORT_ARIA[sorted] : "none") : undefined}
                  >
                    {header.isPlaceholder ? null : sortable ? (
                      <button type="button" className={styles.sortButton} onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className={styles.sortIcon} data-sorted={sorted || undefined}>
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={visibleColumns} className={styles.empty}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => {
              const href = rowHref?.(row.original);
              return (
                <tr
                  key={row.id}
                  className={href ? styles.linkedRow : undefined}
                  onClick={href ? (event) => openRow(event, href) : undefined}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} data-column={cell.column.id} data-label={columnLabel(cell.column.columnDef.header)}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
