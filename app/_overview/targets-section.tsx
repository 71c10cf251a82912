import { ChartPanel } from "@/components/charts/chart-panel";
import { type RankedBar, RankedBarChart } from "@/components/charts/ranked-bar-chart";
import type { ActionSearch } from "@/lib/actions/search-params";
import { linkToPage, linkToTarget } from "@/lib/charts/charts-links";
import { getTopTargets, TOP_TARGETS } from "@/lib/charts/charts-targets";
import { SwitchLink } from "@/components/url-state/switch-link";
import { RankedTable } from "./ranked-table";

const BAR_COLOR = "var(--accent)";

const CAPTION = "Actions per target";

export async function TargetsSection({ search }: { search: ActionSearch }) {
  const targets = await getTopTargets(search);
  const bars: RankedBar[] = targets.map((t) => ({
    label: t.name,
    count: t.count,
    href: linkToTarget(search, t.id),
    color: BAR_COLOR,
  }));
  const note = search.related
    ? "Units and officials count under their parent (e.g. the Quds Force under the IRGC, a minister under his ministry); an action against several of them counts once."
    : "Each target counts the actions naming it directly.";
  return (
    <ChartPanel testId="chart-targets" title={`Most-sanctioned targets (top ${TOP_TARGETS})`} note={note}
      table={<RankedTable bars={bars} caption={CAPTION} header="Target" />}>
      <p className="chart-toggle">
        <SwitchLink href={linkToPage("/", search, { related: !search.related })} scroll={false}
          checked={search.related} data-testid="related-toggle">
          <span aria-hidden="true">{search.related ? "☑" : "☐"}</span> Count units and officials under their parent
        </SwitchLink>
      </p>
      {bars.length ? <RankedBarChart bars={bars} label={CAPTION} legend={[{ label: "Actions", color: BAR_COLOR }]}
        axisLabel="Actions against the target" />
        : <p className="empty">No actions match these filters.</p>}
    </ChartPanel>
  );
}
