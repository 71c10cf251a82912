// The changes feed as a table: one row per list-derived action.
import Link from "next/link";
import { JURISDICTION_LABELS, KIND_LABELS } from "@/lib/actions/labels";
import { formatInterval } from "@/lib/dates/format-interval";
import type { ChangeRow } from "@/lib/official-lists/list-changes";
import { LIST_SOURCES } from "@/lib/official-lists/list-sources";

const dateOf = (r: ChangeRow) => (r.datePrecision === "UNKNOWN" || r.datePrecision === "SPAN" ? r.dateText : formatInterval(r));

/**
 * How many rows each date cell spans: consecutive changes with the same date and basis (a list
 * version's undated changes, all "between" its version and the previous) share one cell, so the
 * basis is read once per run; 0 for the rows under a spanning cell.
 */
function dateRowSpans(rows: ChangeRow[]): number[] {
  const spans = rows.map(() => 1);
  for (let i = rows.length - 1; i > 0; i--) {
    if (dateOf(rows[i]) === dateOf(rows[i - 1]) && rows[i].dateBasis === rows[i - 1].dateBasis) {
      spans[i - 1] += spans[i];
      spans[i] = 0;
    }
  }
  return spans;
}

export function ChangesTable({ rows }: { rows: ChangeRow[] }) {
  const spans = dateRowSpans(rows);
  return (
    <div className="table-scroll">
      <table className="data-table phone-cards changes-table" data-testid="changes-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Change</th>
            <th scope="col">Target</th>
            <th scope="col">List version</th>
            <th scope="col">Programmes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id}>
              {spans[i] > 0 && (
                <td className="changes-date" rowSpan={spans[i]}>
                  <span className="nowrap">{dateOf(r)}</span>
                  <div className="muted small">{r.dateBasis}</div>
                </td>
              )}
              <td data-label="Change">
                <div>
                  <span className={`badge jurisdiction-${r.jurisdiction}`}>{JURISDICTION_LABELS[r.jurisdiction]}</span>
                  <span className="badge">{KIND_LABELS[r.kind]}</span>
                  <Link href={`/actions/${r.id}`}>{r.summary}</Link>
                  {r.note && <div className="muted small">{r.note}</div>}
                </div>
              </td>
              <td data-label="Target">{r.targetId ? <Link href={`/targets/${r.targetId}`}>{r.targetName}</Link> : "—"}</td>
              <td data-label="List version">
                <div>
                  {LIST_SOURCES[r.source].label}
                  <div className="muted small">version of {r.publishedAt.toISOString().slice(0, 10)} · entry {r.listId}</div>
                </div>
              </td>
              <td data-label="Programmes">{r.programmes.join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
