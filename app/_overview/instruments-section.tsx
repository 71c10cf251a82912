import { ChartPanel } from "@/components/charts/chart-panel";
import { jurisdictionColor } from "@/components/charts/chart-colors";
import { type RankedBar, RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { JURISDICTION_LABELS } from "@/lib/actions/labels";
import type { ActionSearch } from "@/lib/actions/search-params";
import { getInstrumentCounts, TOP_INSTRUMENTS } from "@/lib/charts/charts-instruments";
import { linkToInstrument } from "@/lib/charts/charts-links";
import { RankedTable } from "./ranked-table";
import { countNoun, nounFor } from "@/lib/format/count-noun";

const CAPTION = "Actions citing each legal instrument";

export async function InstrumentsSection({ search }: { search: ActionSearch }) {
  const { counts, withoutInstrument } = await getInstrumentCounts(search);
  const bars: RankedBar[] = counts.map((c) => ({
    label: c.citation,
    count: c.count,
    href: linkToInstrument(search, c.id),
    color: jurisdictionColor(c.jurisdiction),
  }));
  const legend = [...new Set(counts.map((c) => c.jurisdiction))].map((j) => ({
    label: j ? `${JURISDICTION_LABELS[j]} instrument` : "Instrument of no single jurisdiction",
    color: jurisdictionColor(j),
  }));
  const note = (
    <>
      {counts.length < TOP_INSTRUMENTS
        ? `Every legal instrument cited by the matching actions (${counts.length}).`
        : `The ${TOP_INSTRUMENTS} legal instruments cited by the most matching actions.`}{" "}
      {withoutInstrument > 0 && `${countNoun(withoutInstrument, "matching action")} ${nounFor(withoutInstrument, "cites", "cite")} no instrument in ${nounFor(withoutInstrument, "its", "their")} sources.`}
    </>
  );
  return (
    <ChartPanel testId="chart-instruments" title="Legal instruments used" note={note}
      table={<RankedTable bars={bars} caption={CAPTION} header="Instrument" />}>
      {bars.length ? <RankedBarChart bars={bars} label={CAPTION} legend={legend} axisLabel="Actions citing the instrument" />
        : <p className="empty">No matching action cites a legal instrument.</p>}
    </ChartPanel>
  );
}
