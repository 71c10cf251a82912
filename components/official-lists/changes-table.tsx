// The changes feed as a table: one row per list-derived action.
import Link from "next/link";
import { JURISDICTION_LABELS, KIND_LABELS } from "@/lib/actions/labels";
import { formatInterval } from "@/lib/dates/format-interval";
import type { ChangeRow } from "@/lib/official-lists/list-changes";
import { LIST_SOURCES } from "@/lib/official-lists/list-sources";

export function ChangesTable({ rows }: { rows: ChangeRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="changes-table">
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
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="changes-date">
                <span className="nowrap">{r.datePrecision === "UNKNOWN" || r.datePrecision === "SPAN" ? r.dateText : formatInterval(r)}</span>
                <div className="muted small">{r.dateBasis}</div>
              </td>
              <td>
                <span className={`badge jurisdiction-${r.jurisdiction}`}>{JURISDICTION_LABELS[r.jurisdiction]}</span>
                <span className="badge">{KIND_LABELS[r.kind]}</span>
                <Link href={`/actions/${r.id}`}>{r.summary}</Link>
                {r.note && <div className="muted small">{r.note}</div>}
              </td>
              <td>{r.targetId ? <Link href={`/targets/${r.targetId}`}>{r.targetName}</Link> : "—"}</td>
              <td>
                {LIST_SOURCES[r.source].label}
                <div className="muted small">version of {r.publishedAt.toISOString().slice(0, 10)} · entry {r.listId}</div>
              </td>
              <td>{r.programmes.join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
