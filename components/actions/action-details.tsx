import Link from "next/link";
import type { ActionDetails as Action } from "@/lib/actions/get-action";
import {
  EVIDENCE_FIELD_LABELS,
  GROUND_LABELS,
  JURISDICTION_LABELS,
  KIND_LABELS,
  ORIGIN_LABELS,
  PRECISION_LABELS,
  STATUS_LABELS,
  TARGET_KIND_LABELS,
} from "@/lib/actions/labels";
import { formatInterval, isoDay } from "@/lib/dates/format-interval";
import { nounFor } from "@/lib/format/count-noun";
import { LIST_EVIDENCE_HEADING } from "@/components/official-lists/action-list-evidence";

export function ActionDetails({ action }: { action: Action }) {
  const documents = new Set(action.evidence.map((e) => e.documentId)).size;
  return (
    <article className="detail" data-testid="action-details">
      <header>
        <span className={`badge jurisdiction-${action.jurisdiction}`}>{action.jurisdiction}</span>
        <span className={`badge kind-${action.kind}`}>{KIND_LABELS[action.kind]}</span>
        <span className="badge">{STATUS_LABELS[action.status]}</span>
        <h1>{action.summary}</h1>
        {action.kind === "PROPOSAL" && (
          <p className="notice">A call for action: it records what was asked for, not a measure in force.</p>
        )}
      </header>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{KIND_LABELS[action.kind]}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[action.status]} <span className="muted">(as last reported by its sources)</span></dd>
        <dt>Jurisdiction</dt>
        <dd>{JURISDICTION_LABELS[action.jurisdiction]}</dd>
        <dt>Authority</dt>
        <dd>
          {action.authority.name}
          {action.authority.shortName && <span className="muted"> ({action.authority.shortName})</span>}
        </dd>
        <dt>Date</dt>
        <dd>
          <strong>{formatInterval(action)}</strong>
          {/* "Unknown" says its precision already. */}
          {action.datePrecision !== "UNKNOWN" && <span className="muted"> ({PRECISION_LABELS[action.datePrecision]})</span>}
          <div className="small">As written: {action.dateText ? `“${action.dateText}”` : <span className="muted">no date given</span>}</div>
          {(action.dateStart || action.dateEnd) && (
            <div className="small">
              Interval: {isoDay(action.dateStart) ?? "unknown start"} to {isoDay(action.dateEnd) ?? "unknown end"}
            </div>
          )}
          {action.dateBasis && <div className="small muted">Basis: {action.dateBasis}</div>}
        </dd>
        <dt>{nounFor(action.targets.length, "Target")}</dt>
        <dd>
          <ul className="inline-list">
            {action.targets.map(({ target }) => (
              <li key={target.id}>
                <Link href={`/targets/${target.id}`}>{target.name}</Link>{" "}
                <span className="muted small">({TARGET_KIND_LABELS[target.kind]})</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Instruments</dt>
        <dd>
          {action.instruments.length === 0
            ? <span className="muted">None stated</span>
            : action.instruments.map(({ instrument }) => (
                <div key={instrument.id}>
                  {instrument.citation}
                  {instrument.title && <span className="muted"> — {instrument.title}</span>}
                </div>
              ))}
        </dd>
        <dt>Grounds</dt>
        <dd>
          {action.groundCategories.map((g) => <span key={g} className="chip">{GROUND_LABELS[g]}</span>)}
          {action.groundsText ? <div>“{action.groundsText}”</div>
            : action.groundCategories.length === 0 ? <span className="muted">None stated</span>
            : action.origin === "OFFICIAL_LIST" && (
              <div className="small muted">
                Derived from the list’s programme codes (<a href={`#${LIST_EVIDENCE_HEADING}`}>list evidence below</a>); the
                list gives no grounds in words.
              </div>
            )}
        </dd>
        {action.note && (
          <>
            <dt>Note</dt>
            <dd>{action.note}</dd>
          </>
        )}
        <dt>Origin</dt>
        <dd>{ORIGIN_LABELS[action.origin]}</dd>
      </dl>
      {/* A list-derived action's evidence is its list entries, shown after it, not quotes. */}
      {(action.evidence.length > 0 || action.origin === "ARTICLE") && <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">
          Evidence <span className="muted">({action.evidence.length} {nounFor(action.evidence.length, "quote")} from {documents} {nounFor(documents, "document")})</span>
        </h2>
        <ol className="evidence-list">
          {action.evidence.map((e) => (
            <li key={e.id} data-testid="evidence">
              <blockquote>{e.quote}</blockquote>
              <cite>
                Supports: <strong>{EVIDENCE_FIELD_LABELS[e.field]}</strong> ·{" "}
                <Link href={`/documents/${e.document.id}`}>{e.document.title}</Link> · characters {e.startOffset}–{e.endOffset} ·{" "}
                {/* A full navigation, so that the browser scrolls to the passage and :target styles it. */}
                <a href={`/documents/${e.document.id}#evidence-${e.id}`}>Show in document</a>
              </cite>
            </li>
          ))}
        </ol>
      </section>}
    </article>
  );
}
