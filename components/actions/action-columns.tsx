"use client";
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/data-table-features";
import {
  GROUND_LABELS,
  JURISDICTION_LABELS,
  KIND_LABELS,
  PRECISION_LABELS,
  STATUS_LABELS,
} from "@/lib/actions/labels";
import type { ActionRow } from "@/lib/actions/list-actions";
import { formatInterval } from "@/lib/dates/format-interval";
import styles from "./actions-explorer.module.css";
import { SourceCount } from "@/components/actions/source-count";

/** A page row plus whether its imprecise date only partly falls in the chosen date range. */
export type ActionExplorerRow = ActionRow & { partlyInRange: boolean };

const col = createColumnHelper<DataTableFeatures, ActionExplorerRow>();

// Column ids are the URL's sort keys (SORT_KEYS), so a header click maps straight to ?sort=.
export const actionColumns = col.columns([
  col.accessor("dateStart", {
    id: "date",
    header: "Date",
    sortDescFirst: true,
    cell: ({ row: { original: a } }) => (
      <span className={styles.date}>
        <span title={a.dateText ? `As written: “${a.dateText}”` : undefined}>{formatInterval(a)}</span>
        <span className={styles.precision}>{PRECISION_LABELS[a.datePrecision]}</span>
        {a.partlyInRange && (
          <span className={styles.partial} title="This imprecise date overlaps the chosen range but may fall outside it.">
            partly in range
          </span>
        )}
      </span>
    ),
  }),
  col.accessor("jurisdiction", {
    header: "Jurisdiction",
    cell: ({ getValue }) => (
      <span className={`badge jurisdiction-${getValue()}`} title={JURISDICTION_LABELS[getValue()]}>
        {getValue()}
      </span>
    ),
  }),
  col.accessor((a) => a.authority.name, {
    id: "authority",
    header: "Authority",
    cell: ({ row: { original: a } }) => a.authority.name,
  }),
  col.accessor("kind", {
    header: "Kind",
    cell: ({ getValue }) => <span className={`badge kind-${getValue()}`}>{KIND_LABELS[getValue()]}</span>,
  }),
  col.accessor("status", { header: "Status", cell: ({ getValue }) => STATUS_LABELS[getValue()] }),
  // Targets and instruments sort by name in SQL ("sortTargets", "sortInstruments"): A to Z first,
  // as for any text; TanStack would start these number-valued columns at their largest.
  col.accessor((a) => a.targets.length, {
    id: "targets",
    header: "Targets",
    sortDescFirst: false,
    cell: ({ row: { original: a } }) => (
      <ul className={styles.plainList}>
        {a.targets.map(({ target }) => (
          <li key={target.id}>
            <Link href={`/targets/${target.id}`}>{target.name}</Link>
          </li>
        ))}
      </ul>
    ),
  }),
  col.accessor((a) => a.instruments.length, {
    id: "instruments",
    header: "Instruments",
    sortDescFirst: false,
    cell: ({ row: { original: a } }) =>
      a.instruments.length ? (
        <ul className={styles.plainList}>
          {a.instruments.map(({ instrument }) => (
            <li key={instrument.id}>{instrument.citation}</li>
          ))}
        </ul>
      ) : (
        <span className={styles.muted}>None stated</span>
      ),
  }),
  col.accessor("groundCategories", {
    id: "grounds",
    header: "Grounds",
    cell: ({ row: { original: a } }) => <GroundsCell categories={a.groundCategories} words={a.groundsText} />,
  }),
  col.accessor("sourceCount", {
    id: "sources",
    header: "Sources",
    sortDescFirst: true,
    cell: ({ row: { original: a } }) => <span className={styles.number}><SourceCount origin={a.origin} sourceCount={a.sourceCount} /></span>,
  }),
  col.display({
    id: "open",
    header: () => <span className="visually-hidden">Details</span>,
    enableHiding: false,
    cell: ({ row: { original: a } }) => (
      <Link href={`/actions/${a.id}`} aria-label={`Open action: ${a.summary}`} title={a.summary} className={styles.open}>
        Open
      </Link>
    ),
  }),
]);

function GroundsCell({ categories, words }: { categories: ActionRow["groundCategories"]; words: string | null }) {
  if (categories.length === 0 && !words) return <span className={styles.muted}>None stated</span>;
  return (
    <div title={words ? `Stated grounds: “${words}”` : undefined}>
      {categories.map((g) => (
        <span key={g} className="chip">
          {GROUND_LABELS[g]}
        </span>
      ))}
      {words && (
        <details className={styles.words}>
          <summary>Stated words</summary>
          <q>{words}</q>
        </details>
      )}
    </div>
  );
}
