"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, type LabelProps, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Jurisdiction } from "@/lib/generated/prisma/enums";
import { AXIS_TICK, countAxis, jurisdictionColor, legendText } from "./chart-colors";
import { chartImage } from "./chart-image";
import { useOpenLink } from "./use-open-link";
import { useWideScreen } from "./use-wide-screen";
import { countNoun } from "@/lib/format/count-noun";

export interface OverTimeChartData {
  years: { year: number; counts: Partial<Record<Jurisdiction, number>>; hrefs: Partial<Record<Jurisdiction, string>> }[];
  spans: { label: string; period: string; jurisdiction: Jurisdiction; startYear: number; endYear: number; count: number; href: string }[];
  jurisdictions: Jurisdiction[];
  labels: Record<Jurisdiction, string>;
}

// The year bars and the span bands below them share one scale: the same plot edges (the count
// axis's width is the bands' left margin) and year y as the interval [y, y + 1), which is where
// the category axis draws year y's bar. So a band lines up with the bars of its years.
const COUNT_AXIS_WIDTH = 48;
const RIGHT_MARGIN = 8;
const MAX_YEAR_TICKS = { phone: 6, laptop: 12 };

export function OverTimeChart({ data }: { data: OverTimeChartData }) {
  const open = useOpenLink();
  const maxTicks = MAX_YEAR_TICKS[useWideScreen() ? "laptop" : "phone"];
  const rows = data.years.map((y) => ({ year: String(y.year), ...y.counts }));
  // Only those with a bar are stacked, so the legend names no jurisdiction whose actions are all
  // spans (drawn below, each labelled) or undated.
  const stacked = data.jurisdictions.filter((j) => data.years.some((y) => y.counts[j]));
  const first = data.years[0]?.year ?? Math.min(...data.spans.map((s) => s.startYear));
  const last = data.years.at(-1)?.year ?? Math.max(...data.spans.map((s) => s.endYear));
  // The same labelled years on both axes, at the middle of each year.
  const step = Math.ceil((last - first + 1) / maxTicks);
  const tickYears = Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, i) => first + i * step);
  return (
    <>
      {stacked.length > 0 && (
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={rows} margin={{ top: 8, right: RIGHT_MARGIN, bottom: 24, left: 0 }} {...chartImage("Actions per year, stacked by jurisdiction")}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" tick={AXIS_TICK} ticks={tickYears.map(String)} interval={0}
              label={{ value: "Year", position: "insideBottom", offset: -14 }} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} width={COUNT_AXIS_WIDTH}
              {...countAxis(data.years.map((y) => Object.values(y.counts).reduce((sum, n) => sum + (n ?? 0), 0)))}
              label={{ value: "Actions", angle: -90, position: "insideLeft", offset: 12 }} />
            <Tooltip />
            <Legend verticalAlign="top" height={28} formatter={legendText} />
            {stacked.map((j) => (
              <Bar key={j} dataKey={j} name={data.labels[j]} stackId="year" fill={jurisdictionColor(j)} cursor="pointer"
                isAnimationActive={false} onClick={(_, index) => open(data.years[index]?.hrefs[j])} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
      {data.spans.length > 0 && (
        <div className="span-band" data-testid="span-band">
          <h3 className="small">Dated only to a span of years, or open at one end (each band covers the whole interval)</h3>
          <ResponsiveContainer width="100%" height={48 + data.spans.length * 36}>
            <BarChart data={data.spans.map((s) => ({ ...s, range: [s.startYear, s.endYear + 1] }))} layout="vertical" barSize={14}
              margin={{ top: 4, right: RIGHT_MARGIN, bottom: 20, left: COUNT_AXIS_WIDTH }}
              {...chartImage("Actions dated only to a span of years, or open at one end")}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[first, last + 1]} tick={AXIS_TICK} ticks={tickYears.map((y) => y + 0.5)}
                tickFormatter={(value: number) => String(value - 0.5)} label={{ value: "Year", position: "insideBottom", offset: -12 }} />
              <YAxis type="category" dataKey="label" hide />
              <Tooltip formatter={(_, __, item) => [countNoun(item.payload.count, "action"), item.payload.label]} labelFormatter={() => ""} />
              <Bar dataKey="range" name="Span" cursor="pointer" isAnimationActive={false}
                onClick={(_, index) => open(data.spans[index]?.href)}>
                {data.spans.map((s) => <Cell key={s.label} fill={jurisdictionColor(s.jurisdiction)} fillOpacity={0.55}
                  stroke={jurisdictionColor(s.jurisdiction)} />)}
                <LabelList dataKey="label" content={(props) => <SpanLabel {...props} spans={data.spans} middle={(first + last + 1) / 2} />} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </>
  );
}

/** A band's label just above it, from its start; a band in the right half is labelled back from its end, to stay on the chart. */
function SpanLabel(props: LabelProps & { spans: OverTimeChartData["spans"]; middle: number }) {
  const span = props.spans[props.index ?? -1];
  const [x, y, width] = [Number(props.x), Number(props.y), Number(props.width)];
  if (!span || Number.isNaN(x + y + width)) return null;
  const fromEnd = (span.startYear + span.endYear + 1) / 2 > props.middle;
  return (
    <text className="span-label" x={fromEnd ? x + width : x} y={y - 4} textAnchor={fromEnd ? "end" : "start"} fontSize={11} fill="var(--text)">
      {span.label}
    </text>
  );
}
