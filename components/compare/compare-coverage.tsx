import { JURISDICTION_LABELS } from "@/lib/actions/labels";
import type { Coverage } from "@/lib/compare/compare-coverage";
import { nounFor } from "@/lib/format/count-noun";

/**
 * What the data holds for each side: read every "first" and "only" against it. Always over every
 * target, which a comparison narrowed to some says, lest its totals read as theirs.
 */
export function CompareCoverage({ sides, narrowed }: { sides: Coverage[]; narrowed: boolean }) {
  return (
    <aside className="compare-coverage" aria-labelledby="coverage-heading" data-testid="coverage">
      <h2 id="coverage-heading">What the data holds{narrowed && ", on every target"}</h2>
      <p className="muted small">
        “Only” and “first” on this page mean only and first <em>in these records</em>. A side with few sources may have
        acted without the data showing it.
      </p>
      <div className="coverage-cards">
        {sides.map((c) => (
          <dl key={c.jurisdiction} className={`coverage-card jurisdiction-border-${c.jurisdiction}`}>
            <dt className="coverage-title"><span className={`badge jurisdiction-${c.jurisdiction}`}>{c.jurisdiction}</span>
              {JURISDICTION_LABELS[c.jurisdiction]}</dt>
            <dd>
              <strong>{c.actions.toLocaleString("en")}</strong> {nounFor(c.actions, "action")}
              {c.fromOfficialLists > 0 && <> ({c.fromOfficialLists.toLocaleString("en")} from official lists)</>}
            </dd>
            <dd><strong>{c.documents.toLocaleString("en")}</strong> {nounFor(c.documents, "source document")} quoted</dd>
            <dd>
              {c.earliest || c.latest ? <>Dates from {c.earliest ?? "an open start"} to {c.latest ?? "an open end"}</> : "No dated action"}
              {c.undated > 0 && <>; {c.undated.toLocaleString("en")} undated</>}
            </dd>
          </dl>
        ))}
      </div>
    </aside>
  );
}
