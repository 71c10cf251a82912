"use client";
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Jurisdiction } from "@/lib/generated/prisma/enums";
import { AXIS_TICK, countAxis, jurisdictionColor, legendText } from "./chart-colors";
import { chartImage } from "./chart-image";
import { useOpenLink } from "./use-open-link";
import { countNoun } from "@/lib/format/count-noun";

export interface OverTimeChartData {
  years: { year: number; counts: Partial<Record<Jurisdiction, number>>; hrefs: Partial<Record<Jurisdiction, string>> }[];
  spans: { label: string; period: string; jurisdiction: Jurisdiction; startYear: number; endYear: number; count: number; href: string }[];
  jurisdictions: Jurisdiction[];
  labels: Record<Jurisdiction, string>;
}

export function OverTimeChart({ data }: { data: OverTimeChartData }) {
  const open = useOpenLink();
  const rows = data.years.map((y) => ({ year: String(y.year), ...y.counts }));
  // Only those with a bar are stacked, so the legend names no jurisdiction whose actions are all
  // spans (drawn below, each labelled) or undated.
  const stacked = data.jurisdictions.filter((j) => data.years.some((y) => y.counts[j]));
  const first = data.years[0]?.year ?? Math.min(...data.spans.map((s) => s.startYear));
  const last = data.years.at(-1)?.year ?? Math.max(...data.spans.map((s) => s.endYear));
  return (
    <>
      {stacked.length > 0 && (
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 24, left: 0 }} {...chartImage("Actions per year, stacked by jurisdiction")}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" tick={AXIS_TICK} label={{ value: "Year", position: "insideBottom", offset: -14 }} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} width={48}
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
          <h3 className="small">Dated only to a span of years, or open at one end (each bar covers the whole interval)</h3>
          <ResponsiveContainer width="100%" height={48 + data.spans.length * 30}>
            <BarChart data={data.spans.map((s) => ({ ...s, range: [s.startYear, s.endYear + 1] }))} layout="vertical"
              margin={{ top: 4, right: 8, bottom: 20, left: 0 }} {...chartImage("Actions dated only to a span of years, or open at one end")}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[first, last + 1]} allowDecimals={false} tick={AXIS_TICK} tickCount={8}
                label={{ value: "Year", position: "insideBottom", offset: -12 }} />
              <YAxis type="category" dataKey="label" width={150} tick={{ ...AXIS_TICK, fontSize: 11 }} />
              <Tooltip formatter={(_, __, item) => [countNoun(item.payload.count, "action"), item.payload.label]} labelFormatter={() => ""} />
              <Bar dataKey="range" name="Span" cursor="pointer" isAnimationActive={false}
                onClick={(_, index) => open(data.spans[index]?.href)}>
                {data.spans.map((s) => <Cell key={s.label} fill={jurisdictionColor(s.jurisdiction)} fillOpacity={0.55}
                  stroke={jurisdictionColor(s.jurisdiction)} />)}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </>
  );
}
