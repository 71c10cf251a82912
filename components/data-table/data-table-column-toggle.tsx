"use client";
import type { ReactTable, RowData } from "@tanstack/react-table";
import { useRef } from "react";
import type { DataTableFeatures } from "./data-table-features";
import { useDismissableDetails } from "./use-dismissable-details";
import styles from "./data-table.module.css";

/** A "Columns" menu of checkboxes; a column's label is its header when that is text. */
export function DataTableColumnToggle<TData extends RowData>({ table }: { table: ReactTable<DataTableFeatures, TData> }) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const ref = useRef<HTMLDetailsElement>(null);
  useDismissableDetails(ref);
  return (
    <details ref={ref} className={styles.menu}>
      <summary>Columns</summary>
      <fieldset className={styles.menuPanel}>
        <legend className="visually-hidden">Visible columns</legend>
        {columns.map((column) => {
          const header = column.columnDef.header;
          return (
            <label key={column.id} className={styles.check}>
              <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
              {typeof header === "string" ? header : column.id}
            </label>
          );
        })}
        <button type="button" className={styles.linkButton} onClick={() => table.resetColumnVisibility(true)}>
          Show all
        </button>
      </fieldset>
    </details>
  );
}
