"use client";
import type { CSSProperties } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, type LabelProps, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
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

// On a laptop the names stand in a label column beside the bars, cut to fit it ("Ministry of
// Intelligence and Security" fits whole). A phone has no room for that column: each name stands
// above its bar across the chart's width, where 50 characters fit ("Regulation (EU) 267/2012").
// The chart's height, a row per bar, is set in CSS (.ranked-chart, app/globals.css), whose sums
// count these top margins.
const LAYOUTS = {
  phone: { labelWidth: 0, characters: 50, top: 22, barSize: 14 },
  laptop: { labelWidth: 250, characters: 38, top: 8, barSize: undefined },
};
const shortLabel = (characters: number) => (label: string) =>
  label.length > characters ? `${label.slice(0, characters - 1).trimEnd()}…` : label;

/** Horizontal bars, largest first: instruments and targets by number of actions. */
export function RankedBarChart(props: { bars: RankedBar[]; label: string; axisLabel: string; legend: { label: string; color: string }[] }) {
  const open = useOpenLink();
  const wide = useWideScreen();
  const layout = LAYOUTS[wide ? "laptop" : "phone"];
  return (
    <>
    <ul className="chart-legend" aria-label="Legend">
      {props.legend.map((l) => (
        <li key={l.label}><span className="swatch" style={{ background: l.color }} />{l.label}</li>
      ))}
    </ul>
    {/* The layout is known only once the page runs; a height set in CSS is the screen's from the first paint. */}
    <div className="ranked-chart" style={{ "--bars": props.bars.length } as CSSProperties}>
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={props.bars} layout="vertical" margin={{ top: layout.top, right: 12, bottom: 24, left: 0 }} {...chartImage(props.label)}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} {...countAxis(props.bars.map((b) => b.count))}
          label={{ value: props.axisLabel, position: "insideBottom", offset: -14 }} />
        {/* One line per bar: a long name is cut here and shown whole in the tooltip and the table. */}
        <YAxis type="category" dataKey="label" hide={!wide} width={layout.labelWidth} tick={{ ...AXIS_TICK, fontSize: 11 }}
          tickFormatter={shortLabel(layout.characters)} />
        <Tooltip />
        <Bar dataKey="count" name="Actions" cursor="pointer" isAnimationActive={false} minPointSize={VISIBLE_BAR} barSize={layout.barSize}
          onClick={(_, index) => open(props.bars[index]?.href)}>
          {props.bars.map((b) => <Cell key={b.href} fill={b.color} />)}
          {!wide && <LabelList dataKey="label" content={(label) => <NameAboveBar {...label} characters={layout.characters} />} />}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
    </div>
    </>
  );
}

/** A bar's name on a phone: above the bar, from its start. */
function NameAboveBar(props: LabelProps & { characters: number }) {
  const [x, y] = [Number(props.x), Number(props.y)];
  if (Number.isNaN(x + y) || props.value === undefined) return null;
  return (
    <text className="bar-name" x={x} y={y - 4} fontSize={11} fill="var(--text)">
      {shortLabel(props.characters)(String(props.value))}
    </text>
  );
}
