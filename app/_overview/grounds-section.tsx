import { ChartPanel } from "@/components/charts/chart-panel";
import { GroundsChart, type GroundsChartData } from "@/components/charts/grounds-chart";
import { GROUND_LABELS, JURISDICTION_LABELS } from "@/lib/actions/labels";
import type { ActionSearch } from "@/lib/actions/search-params";
import { getGroundsByJurisdiction } from "@/lib/charts/charts-grounds";
import { linkToGround } from "@/lib/charts/charts-links";
import type { GroundCategory, Jurisdiction } from "@/lib/generated/prisma/enums";
import { countNoun, nounFor } from "@/lib/format/count-noun";
import { CountLink } from "./count-link";

export async function GroundsSection({ search }: { search: ActionSearch }) {
  const { counts, withoutGround } = await getGroundsByJurisdiction(search);
  const jurisdictions = [...new Set(counts.map((c) => c.jurisdiction))].sort() as Jurisdiction[];
  const grounds = [...new Set(counts.map((c) => c.ground))] as GroundCategory[];
  const chart: GroundsChartData = {
    rows: grounds.map((g) => {
      const cells = counts.filter((c) => c.ground === g);
      return {
        label: GROUND_LABELS[g],
        counts: Object.fromEntries(cells.map((c) => [c.jurisdiction, c.count])),
        hrefs: Object.fromEntries(cells.map((c) => [c.jurisdiction, linkToGround(search, g, c.jurisdiction)])),
      };
    }),
    jurisdictions,
    labels: JURISDICTION_LABELS,
  };
  const note = (
    <>
      One action can state several grounds and counts once under each.{" "}
      {withoutGround > 0 && `${countNoun(withoutGround, "matching action")} ${nounFor(withoutGround, "states", "state")} no ground and ${nounFor(withoutGround, "is", "are")} not shown.`}
    </>
  );
  return (
    <ChartPanel testId="chart-grounds" title="Stated grounds, by jurisdiction" note={note} table={<GroundsTable data={chart} />}>
      {chart.rows.length ? <GroundsChart data={chart} /> : <p className="empty">No matching action states a ground.</p>}
    </ChartPanel>
  );
}

function GroundsTable({ data }: { data: GroundsChartData }) {
  return (
    <table className="data-table">
      <caption>Actions stating each ground, per jurisdiction</caption>
      <thead>
        <tr><th scope="col">Ground</th>{data.jurisdictions.map((j) => <th key={j} scope="col">{data.labels[j]}</th>)}</tr>
      </thead>
      <tbody>
        {data.rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            {data.jurisdictions.map((j) => (
              <td key={j}>{r.counts[j] ? <CountLink href={r.hrefs[j] as string} count={r.counts[j]} of={`${data.labels[j]}, ${r.label}`} /> : 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
