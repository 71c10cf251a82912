// One fixed colour per jurisdiction across the app: the CSS variables in app/globals.css.
import type { Jurisdiction } from "@/lib/generated/prisma/enums";

export const jurisdictionColor = (j: Jurisdiction | null) => (j ? `var(--jurisdiction-${j})` : "var(--muted)");

export const AXIS_TICK = { fontSize: 12, fill: "var(--text)" };

/** Legend entries in the text colour: the swatch carries the series colour, the words stay readable. */
export const legendText = (value: string) => <span style={{ color: "var(--text)" }}>{value}</span>;

/**
 * A count axis's scale: up to four, one tick per whole number ending at the largest count, where
 * Recharts' five default ticks would run to 4 with a largest count of 1 and draw every bar short.
 */
export const countAxis = (largest: number) =>
  largest <= 4 ? { domain: [0, Math.max(largest, 1)], tickCount: Math.max(largest, 1) + 1 } : {};

/** A bar for any non-zero count stays a few pixels wide, so one action beside thousands can still be seen and clicked. */
export const VISIBLE_BAR = (value: number | undefined | null) => (value ? 3 : 0);
