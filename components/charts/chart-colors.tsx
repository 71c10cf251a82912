// One fixed colour per jurisdiction across the app: the CSS variables in app/globals.css.
import type { Jurisdiction } from "@/lib/generated/prisma/enums";

export const jurisdictionColor = (j: Jurisdiction | null) => (j ? `var(--jurisdiction-${j})` : "var(--muted)");

export const AXIS_TICK = { fontSize: 12, fill: "var(--text)" };

/** Legend entries in the text colour: the swatch carries the series colour, the words stay readable. */
export const legendText = (value: string) => <span style={{ color: "var(--text)" }}>{value}</span>;

/**
 * A count axis's scale, from the counts its bars show: up to four, one tick per whole number ending at the largest count, where
 * Recharts' five default ticks would run to 4 with a largest count of 1 and draw every bar short.
 */
export function countAxis(counts: number[]) {
  const largest = Math.max(1, ...counts);
  return largest <= 4 ? { domain: [0, largest], tickCount: largest + 1 } : {};
}

/** A bar for any non-zero count stays a few pixels wide, so one action beside thousands can still be seen and clicked. */
export const VISIBLE_BAR = (value: number | undefined | null) => (value ? 3 : 0);
