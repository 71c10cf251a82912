import { JURISDICTION_LABELS } from "@/lib/actions/labels";
import { formatInterval } from "@/lib/dates/format-interval";
import { layoutTimeline } from "@/lib/dates/layout-timeline";
import type { TargetActionRow } from "@/lib/targets/list-target-actions";
import { TargetActionLabel } from "./target-action-label";

/**
 * Actions as bars over a year axis, oldest first. A bar covers the whole interval the source
 * allows (a year, a month, an administration's term); undated actions are listed apart.
 */
export function TargetTimeline({ actions }: { actions: TargetActionRow[] }) {
  const { ticks, bars, undated } = layoutTimeline(actions);
  const jurisdictions = [...new Set(actions.map((a) => a.jurisdiction))].sort();
  return (
    <figure className="timeline" data-testid="timeline">
      {bars.length > 0 && (
        <>
          <div className="timeline-row timeline-axis" aria-hidden="true">
            <div />
            <div className="timeline-track">
              {ticks.map((t) => (
                <span key={t.year} className={`timeline-tick${t.left >= 99.5 ? " end" : t.left <= 0.5 ? " start" : ""}`} style={{ left: `${t.left}%` }}>{t.year}</span>
              ))}
            </div>
          </div>
          <ol className="timeline-rows">
            {bars.map(({ item, left, width, openStart, openEnd }) => (
              <li key={item.id} className="timeline-row" data-testid="timeline-dated">
                <div className="timeline-label">
                  <span className="timeline-date">{formatInterval(item)}</span>{" "}
                  <TargetActionLabel action={item} />
                </div>
                <div className="timeline-track" aria-hidden="true">
                  {ticks.map((t) => <span key={t.year} className="timeline-grid" style={{ left: `${t.left}%` }} />)}
                  <span
                    className={`timeline-bar jurisdiction-${item.jurisdiction}${openStart ? " open-start" : ""}${openEnd ? " open-end" : ""}${item.kind === "PROPOSAL" ? " proposal" : ""}`}
                    style={{ left: `${left}%`, width: `${width}%` }}
                    title={formatInterval(item)}
                  />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {undated.length > 0 && (
        <div className="timeline-undated" data-testid="timeline-undated">
          <h3>Undated <span className="muted small">(the sources give no date)</span></h3>
          <ul>
            {undated.map((item) => (
              <li key={item.id}>
                <TargetActionLabel action={item} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <figcaption className="legend small">
        {jurisdictions.map((j) => (
          <span key={j}><span className={`swatch jurisdiction-${j}`} /> {JURISDICTION_LABELS[j]}</span>
        ))}
        {bars.some((b) => b.item.kind === "PROPOSAL") && <span><span className="swatch proposal" /> Proposal (not in force)</span>}
        {bars.some((b) => b.openStart) && <span><span className="swatch open-start" /> Start not known</span>}
        <span>Each bar spans the whole period the source allows: a year, a month or a term of office.</span>
      </figcaption>
    </figure>
  );
}
