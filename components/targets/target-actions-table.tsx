import { JURISDICTION_LABELS, KIND_LABELS, PRECISION_LABELS, STATUS_LABELS } from "@/lib/actions/labels";
import { formatInterval } from "@/lib/dates/format-interval";
import type { TargetActionRow } from "@/lib/targets/list-target-actions";
import { TargetActionLabel } from "./target-action-label";
import { SourceCount } from "@/components/actions/source-count";

/** The same actions as the timeline, oldest first, one row each. */
export function TargetActionsTable({ actions }: { actions: TargetActionRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table phone-cards" data-testid="target-actions-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Action and how it reaches this target</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Jurisdiction</th>
            <th scope="col">Authority</th>
            <th scope="col">Recorded against</th>
            <th scope="col" className="num">Sources</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              <td data-label="Date" className="nowrap" title={PRECISION_LABELS[a.datePrecision]}>{formatInterval(a)}</td>
              <td data-label="Action"><TargetActionLabel action={a} /></td>
              <td data-label="Kind">{KIND_LABELS[a.kind]}</td>
              <td data-label="Status">{STATUS_LABELS[a.status]}</td>
              <td data-label="Jurisdiction"><span className={`badge jurisdiction-${a.jurisdiction}`} title={JURISDICTION_LABELS[a.jurisdiction]}>{a.jurisdiction}</span></td>
              <td data-label="Authority">{a.authority.shortName ?? a.authority.name}</td>
              <td data-label="Recorded against">{a.targets.map(({ target }) => target.name).join("; ")}</td>
              <td data-label="Sources" className="num"><SourceCount origin={a.origin} sourceCount={a.sourceCount} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
