// Side by side: what the articles claim about a target (with their quotes) and what the
// imported official lists record, each claim marked confirmed, contradicted or unverified.
import Link from "next/link";
import { JURISDICTION_LABELS, KIND_LABELS, PRECISION_LABELS } from "@/lib/actions/labels";
import { formatInterval } from "@/lib/dates/format-interval";
import type { ClaimVerdict, TargetClaimComparison } from "@/lib/official-lists/compare-target-claims";
import { LIST_SOURCES } from "@/lib/official-lists/list-sources";
import { nounFor } from "@/lib/format/count-noun";
import { quoted } from "@/lib/format/quoted";

const VERDICT_LABELS: Record<ClaimVerdict, string> = {
  CONFIRMED: "Confirmed by the record",
  CONTRADICTED: "Contradicted by the record",
  UNVERIFIED: "Unverified",
  PROPOSAL: "Call for action: nothing to check",
};

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "—";

export function TargetClaimsRecord({ comparison }: { comparison: TargetClaimComparison }) {
  const { claims, record, candidates } = comparison;
  return (
    <div className="columns" data-testid="claims-record">
      <section aria-labelledby="claims-heading">
        <h3 id="claims-heading">What the articles claim</h3>
        {claims.length === 0 ? (
          <p className="empty">No article records an action against this target.</p>
        ) : (
          <ul className="evidence-list">
            {claims.map(({ action, instruments, verdict, reason }) => (
              <li key={action.id} data-verdict={verdict}>
                <p>
                  <span className={`badge verdict-${verdict.toLowerCase()}`}>{VERDICT_LABELS[verdict]}</span>{" "}
                  <Link href={`/actions/${action.id}`}>{action.summary}</Link>
                </p>
                <p className="muted small">
                  {KIND_LABELS[action.kind]} · {JURISDICTION_LABELS[action.jurisdiction]} · {formatInterval(action)}
                  {instruments.length > 0 && <> · {instruments.join(", ")}</>}
                </p>
                <p className="small">{reason}</p>
                {action.evidence.map((e) => (
                  <blockquote key={e.id} className="small">
                    {quoted(e.quote)} — <Link href={`/documents/${e.document.id}`}>{e.document.title}</Link>
                  </blockquote>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="record-heading">
        <h3 id="record-heading">What the official lists record</h3>
        {record.length === 0 ? (
          <p className="empty">No imported official list has an entry linked to this target.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table record-table">
              <thead>
                <tr>
                  <th scope="col">List and entry</th>
                  <th scope="col">Programmes</th>
                  <th scope="col">Listed</th>
                  <th scope="col">List versions</th>
                </tr>
              </thead>
              <tbody>
                {record.map((r) => (
                  <tr key={`${r.source}-${r.listId}`}>
                    <td>
                      {r.label}: {r.name} <span className="muted small">(id {r.listId})</span>
                      <div className="muted small">
                        Linked: {r.matchReason}
                        {r.matchConfidence !== null && ` (confidence ${r.matchConfidence.toFixed(2)})`}
                      </div>
                    </td>
                    <td>
                      {r.programmes.join(", ") || "—"}
                      {r.legalBasis.length > 0 && <div className="muted small">{r.legalBasis.join("; ")}</div>}
                    </td>
                    <td>
                      {r.listedText ? `${r.listedText} (${PRECISION_LABELS[r.listedPrecision]})` : "not given by the list"}
                      {r.listedBasis && <div className="muted small">{r.listedBasis}</div>}
                    </td>
                    <td>
                      {/* Whole dates and the count unbroken, but free to wrap between: the table sits in half the page. */}
                      <span className="nowrap">{iso(r.firstSeen)} →</span> <span className="nowrap">{iso(r.lastSeen)}</span>{" "}
                      <span className="nowrap">({r.versions} {nounFor(r.versions, "version")})</span>
                      <div className="small">{r.current ? "In the latest version" : `Not in the version of ${iso(r.latestVersion)}`}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {candidates.length > 0 && (
          <>
            <h4>Proposed matches, not merged</h4>
            <ul className="small" data-testid="match-candidates">
              {candidates.map((c) => (
                <li key={c.entryId}>
                  {LIST_SOURCES[c.entry.import.source].label} ({iso(c.entry.import.publishedAt)}): {c.entry.name}{" "}
                  <span className="muted">(id {c.entry.listId}) — confidence {c.confidence.toFixed(2)}: {c.reason}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
