import styles from "./data-table.module.css";

/** Placeholder rows in the table's shape while the first page streams in. */
export function DataTableSkeleton({ columns, rows, label }: { columns: number; rows: number; label: string }) {
  return (
    <div className={styles.scroll} role="status" aria-label={label}>
      <table className={styles.table} aria-hidden="true">
        <thead>
          <tr>
            {Array.from({ length: columns }, (_, i) => (
              <th key={i}>
                <span className={styles.bone} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              {Array.from({ length: columns }, (_, c) => (
                <td key={c}>
                  <span className={styles.bone} style={{ width: `${50 + ((r * 7 + c * 13) % 45)}%` }} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
