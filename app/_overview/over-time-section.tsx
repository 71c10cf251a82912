import { ChartPanel } from "@/components/charts/chart-panel";
import { OverTimeChart, type OverTimeChartData } from "@/components/charts/over-time-chart";
import { JURISDICTION_LABELS } from "@/lib/actions/labels";
import type { ActionSearch } from "@/lib/actions/search-params";
import { linkToSpan, linkToUndated, linkToYear } from "@/lib/charts/charts-links";
import { getActionsOverTime } from "@/lib/charts/charts-over-time";
import { CountLink } from "./count-link";
import type { Jurisdiction } from "@/lib/generated/prisma/enums";

const spanText = (start: number | null, end: number | null) =>
  start === null ? `until ${end} (no start given)` : end === null ? `from ${start} (no end given)` : `${start}–${end}`;

export async function OverTimeSection({ search }: { search: ActionSearch }) {
  const data = await getActionsOverTime(search);
  const first = data.years[0]?.year;
  const last = data.years.at(-1)?.year;
  const chart: OverTimeChartData = {
    years: data.years.map((y) => ({
      ...y,
      hrefs: Object.fromEntries(data.jurisdictions.map((j) => [j, linkToYear(search, y.year, j)])),
    })),
    spans: data.spans.map((s) => ({
      label: `${s.jurisdiction} ${spanText(s.startYear, s.endYear)} (${s.count})`,
      period: spanText(s.startYear, s.endYear),
      jurisdiction: s.jurisdiction,
      startYear: s.startYear ?? (first as number),
      endYear: s.endYear ?? (last as number),
      count: s.count,
      href: linkToSpan(search, s.startYear, s.endYear, s.jurisdiction),
    })),
    jurisdictions: data.jurisdictions,
    labels: JURISDICTION_LABELS,
  };
  const unknown = (Object.entries(data.unknown) as [Jurisdiction, number][])
    .map(([j, count]) => ({ jurisdiction: j, count, href: linkToUndated(search, j), of: `${JURISDICTION_LABELS[j]}, date unknown` }));
  const note = (
    <>
      An action counts in a year only when its date is known to fall within that year. Actions dated only to a span
      that crosses years (“under the Bush administration”) or open at one end (“by September 2021”) are drawn as
      bands over their whole interval below the bars; actions with no date at all are counted separately.
      Click a bar or band, or a number under “Show as table”, to open those actions in the table.
    </>
  );
  const isEmpty = data.years.every((y) => Object.keys(y.counts).length === 0) && !data.spans.length && !unknown.length;
  return (
    <ChartPanel testId="chart-over-time" title="Actions over time, by jurisdiction" note={note}
      table={<OverTimeTable data={chart} unknown={unknown} />}>
      {isEmpty ? <p className="empty">No actions match these filters.</p> : <OverTimeChart data={chart} />}
      {unknown.length > 0 && (
        <p className="small" data-testid="unknown-dates">
          <strong>Date unknown</strong> (not on the timeline):{" "}
          {unknown.map((u, i) => (
            <span key={u.jurisdiction}>
              {i > 0 && ", "}
              {JURISDICTION_LABELS[u.jurisdiction]}{" "}
              <CountLink href={u.href} count={u.count} of={u.of} />
            </span>
          ))}
        </p>
      )}
    </ChartPanel>
  );
}

type UndatedCount = { jurisdiction: Jurisdiction; count: number; href: string; of: string };

function OverTimeTable({ data, unknown }: { data: OverTimeChartData; unknown: UndatedCount[] }) {
  return (
    <table className="data-table">
      <caption>Actions per year and jurisdiction (dated within the year), spans and unknown dates</caption>
      <thead>
        <tr><th scope="col">Period</th>{data.jurisdictions.map((j) => <th key={j} scope="col">{data.labels[j]}</th>)}</tr>
      </thead>
      <tbody>
        {data.years.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.year}</th>
            {data.jurisdictions.map((j) => (
              <td key={j}>{y.counts[j] ? <CountLink href={y.hrefs[j] as string} count={y.counts[j]} of={`${data.labels[j]}, ${y.year}`} /> : 0}</td>
            ))}
          </tr>
        ))}
        {data.spans.map((s) => (
          <tr key={s.label}>
            <th scope="row">Span: {s.period}</th>
            {data.jurisdictions.map((j) => (
              <td key={j}>{j === s.jurisdiction ? <CountLink href={s.href} count={s.count} of={`${data.labels[j]}, ${s.period}`} /> : ""}</td>
            ))}
          </tr>
        ))}
        {unknown.length > 0 && (
          <tr>
            <th scope="row">Date unknown</th>
            {data.jurisdictions.map((j) => {
              const u = unknown.find((x) => x.jurisdiction === j);
              return <td key={j}>{u ? <CountLink href={u.href} count={u.count} of={u.of} /> : 0}</td>;
            })}
          </tr>
        )}
      </tbody>
    </table>
  );
}
