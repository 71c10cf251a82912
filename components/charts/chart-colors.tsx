// One fixed colour per jurisdiction across the app: the CSS variables in app/globals.css.
import type { Jurisdiction } from "@/lib/generated/prisma/enums";

export const jurisdictionColor = (j: Jurisdiction | null) => (j ? `var(--jurisdiction-${j})` : "var(--muted)");

export const AXIS_TICK = { fontSize: 12, fill: "var(--text)" };

/** Legend entries in the text colour: the swatch carries the series colour, the words stay readable. */
export const legendText = (value: string) => <span style={{ color: "var(--text)" }}>{value}</span>;

/** A bar for any non-zero count stays a few pixels wide, so one action beside thousands can still be seen and clicked. */
export const VISIBLE_BAR = (value: number | undefined | null) => (value ? 3 : 0);
