import type { ActionWithEvidence } from "@/lib/actions/list-actions-with-evidence";
import { EVIDENCE_FIELD_LABELS, GROUND_LABELS, KIND_LABELS, PRECISION_LABELS, STATUS_LABELS } from "@/lib/actions/labels";
import { formatInterval } from "@/lib/dates/format-interval";

export function ActionList({ actions }: { actions: ActionWithEvidence[] }) {
  if (actions.length === 0) {
    return <p className="empty">No actions are recorded yet. Run <code>npm run db:seed</code> to load the articles.</p>;
  }
  return (
    <ol className="action-list">
      {actions.map((action) => (
        <li key={action.id} className="action-card" data-testid="action" data-kind={action.kind}>
          <header>
            <span className={`badge jurisdiction-${action.jurisdiction}`}>{action.jurisdiction}</span>
            <span className={`badge kind-${action.kind}`}>{KIND_LABELS[action.kind]}</span>
            <span className="badge">{STATUS_LABELS[action.status]}</span>
            <h2>{action.summary}</h2>
          </header>
          <dl className="facts">
            <dt>Date</dt>
            <dd>
              {formatInterval(action)} <span className="muted">({PRECISION_LABELS[action.datePrecision]})</span>
              {action.dateText && <span className="muted"> · as written: “{action.dateText}”</span>}
              {action.dateBasis && <div className="muted small">{action.dateBasis}</div>}
            </dd>
            <dt>Authority</dt>
            <dd>{action.authority.name}</dd>
            <dt>Target{action.targets.length > 1 ? "s" : ""}</dt>
            <dd>{action.targets.map(({ target }) => target.name).join("; ")}</dd>
            <dt>Instruments</dt>
            <dd>{action.instruments.map(({ instrument }) => instrument.citation).join(", ") || "None stated"}</dd>
            <dt>Grounds</dt>
            <dd>
              {action.groundCategories.map((g) => (
                <span key={g} className="chip">{GROUND_LABELS[g]}</span>
              ))}
              {action.groundsText ? <span className="muted"> “{action.groundsText}”</span> : "None stated"}
            </dd>
            {action.note && (
              <>
                <dt>Note</dt>
                <dd>{action.note}</dd>
              </>
            )}
          </dl>
          <details className="evidence" open>
            <summary>Evidence ({action.evidence.length})</summary>
            <ul>
              {action.evidence.map((e) => (
                <li key={e.id}>
                  <blockquote>{e.quote}</blockquote>
                  <cite>
                    {EVIDENCE_FIELD_LABELS[e.field]} · {e.document.title} · characters {e.startOffset}–{e.endOffset}
                  </cite>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}
