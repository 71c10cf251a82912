"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Jurisdiction } from "@/lib/generated/prisma/enums";
import { AXIS_TICK, countAxis, jurisdictionColor, legendText, VISIBLE_BAR } from "./chart-colors";
import { chartImage } from "./chart-image";
import { useOpenLink } from "./use-open-link";

export interface GroundsChartData {
  rows: { label: string; counts: Partial<Record<Jurisdiction, number>>; hrefs: Partial<Record<Jurisdiction, string>> }[];
  jurisdictions: Jurisdiction[];
  labels: Record<Jurisdiction, string>;
}

export function GroundsChart({ data }: { data: GroundsChartData }) {
  const open = useOpenLink();
  return (
    <ResponsiveContainer width="100%" height={48 + data.rows.length * (18 + 14 * data.jurisdictions.length)}>
      <BarChart data={data.rows.map((r) => ({ label: r.label, ...r.counts }))} layout="vertical"
        margin={{ top: 8, right: 12, bottom: 24, left: 0 }} {...chartImage("Actions stating each ground, per jurisdiction")}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK}
          {...countAxis(data.rows.flatMap((r) => Object.values(r.counts) as number[]))}
          label={{ value: "Actions stating the ground", position: "insideBottom", offset: -14 }} />
        <YAxis type="category" dataKey="label" width={130} tick={{ ...AXIS_TICK, fontSize: 11 }} />
        <Tooltip />
        <Legend verticalAlign="top" height={28} formatter={legendText} />
        {data.jurisdictions.map((j) => (
          <Bar key={j} dataKey={j} name={data.labels[j]} fill={jurisdictionColor(j)} cursor="pointer" isAnimationActive={false}
            minPointSize={VISIBLE_BAR} onClick={(_, index) => open(data.rows[index]?.hrefs[j])} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
