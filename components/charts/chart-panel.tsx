"use client";
import { type ReactNode, useId, useState } from "react";

/** A chart with its title, a note on how it counts, and the same numbers as an accessible table. */
export function ChartPanel(props: { title: string; note?: ReactNode; table: ReactNode; children: ReactNode; testId: string }) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="chart-panel" aria-labelledby={headingId} data-testid={props.testId}>
      <header className="chart-panel-header">
        <h2 id={headingId}>{props.title}</h2>
        <button type="button" className="link-button" aria-pressed={asTable} aria-describedby={headingId}
          onClick={() => setAsTable((v) => !v)}>
          {asTable ? "Show as chart" : "Show as table"}
        </button>
      </header>
      {props.note && <p className="muted small chart-note">{props.note}</p>}
      {asTable ? <div className="chart-table-wrap">{props.table}</div> : props.children}
    </section>
  );
}
