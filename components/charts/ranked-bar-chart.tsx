"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, countAxis, VISIBLE_BAR } from "./chart-colors";
import { chartImage } from "./chart-image";
import { useOpenLink } from "./use-open-link";
import { useWideScreen } from "./use-wide-screen";

export interface RankedBar {
  label: string;
  count: number;
  href: string;
  color: string;
}

// Names are cut to fit the label column: wider on a laptop, where "Ministry of Intelligence and
// Security" fits whole, than on a phone, where the bars need the room.
const LABELS = { phone: { width: 160, characters: 22 }, laptop: { width: 250, characters: 38 } };
const shortLabel = (characters: number) => (label: string) =>
  label.length > characters ? `${label.slice(0, characters - 1).trimEnd()}…` : label;

/** Horizontal bars, largest first: instruments and targets by number of actions. */
export function RankedBarChart(props: { bars: RankedBar[]; label: string; axisLabel: string; legend: { label: string; color: string }[] }) {
  const open = useOpenLink();
  const labels = LABELS[useWideScreen() ? "laptop" : "phone"];
  return (
    <>
    <ul className="chart-legend" aria-label="Legend">
      {props.legend.map((l) => (
        <li key={l.label}><span className="swatch" style={{ background: l.color }} />{l.label}</li>
      ))}
    </ul>
    <ResponsiveContainer width="100%" height={64 + props.bars.length * 30}>
      <BarChart data={props.bars} layout="vertical" margin={{ top: 8, right: 12, bottom: 24, left: 0 }} {...chartImage(props.label)}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} {...countAxis(props.bars.map((b) => b.count))}
          label={{ value: props.axisLabel, position: "insideBottom", offset: -14 }} />
        {/* One line per bar: a long name is cut here and shown whole in the tooltip and the table. */}
        <YAxis type="category" dataKey="label" width={labels.width} tick={{ ...AXIS_TICK, fontSize: 11 }} tickFormatter={shortLabel(labels.characters)} />
        <Tooltip />
        <Bar dataKey="count" name="Actions" cursor="pointer" isAnimationActive={false} minPointSize={VISIBLE_BAR}
          onClick={(_, index) => open(props.bars[index]?.href)}>
          {props.bars.map((b) => <Cell key={b.href} fill={b.color} />)}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
    </>
  );
}
