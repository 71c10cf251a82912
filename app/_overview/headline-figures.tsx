import Link from "next/link";
import { nounFor } from "@/lib/format/count-noun";
import { JURISDICTION_LABELS, PRECISION_LABELS } from "@/lib/actions/labels";
import type { ActionSearch } from "@/lib/actions/search-params";
import { getHeadlineFigures } from "@/lib/charts/charts-headline";
import { linkToTable } from "@/lib/charts/charts-links";
import { formatInterval } from "@/lib/dates/format-interval";

export async function HeadlineFigures({ search }: { search: ActionSearch }) {
  const figures = await getHeadlineFigures(search);
  const recent = figures.mostRecent;
  return (
    <dl className="headline-figures" data-testid="headline-figures">
      <div>
        <dt>Actions in force</dt>
        <dd><Link href={linkToTable(search, { status: ["IN_FORCE"] })}>{figures.inForce.toLocaleString("en")}</Link>
          <span className="muted small"> of {figures.actions.toLocaleString("en")} matching</span></dd>
      </div>
      <div>
        <dt>Targets</dt>
        <dd>{figures.targets.toLocaleString("en")}</dd>
      </div>
      <div>
        <dt>Jurisdictions</dt>
        <dd>{figures.jurisdictions}</dd>
      </div>
      <div>
        <dt>Most recent action</dt>
        <dd className="headline-recent">
          {recent ? (
            <>
              <span className={`badge jurisdiction-${recent.jurisdiction}`} title={JURISDICTION_LABELS[recent.jurisdiction]}>
                {recent.jurisdiction}
              </span>
              <strong>{formatInterval(recent)}</strong>{" "}
              <span className="muted small">(date precision: {PRECISION_LABELS[recent.datePrecision]})</span>
              <span className="small headline-summary">{recent.summary}</span>
            </>
          ) : (
            <span className="muted small">No dated action matches</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Proposals pending</dt>
        <dd><Link href={linkToTable(search, { proposals: true, kind: ["PROPOSAL"], status: ["PROPOSED"] })}>
          {figures.proposalsPending.toLocaleString("en")}</Link>
          <span className="muted small"> {nounFor(figures.proposalsPending, "call", "calls")} for action, not in force</span></dd>
      </div>
    </dl>
  );
}
