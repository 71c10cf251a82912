/**
 * A Recharts chart as one named image with no Tab stop of its own. Recharts' accessibility layer
 * made each chart a Tab stop without a name whose keys only moved the tooltip; the keyboard path
 * to a bar's actions is the panel's "Show as table", where every number is a named link.
 */
export function chartImage(label: string) {
  return {
    accessibilityLayer: false,
    role: "img",
    "aria-label": `${label} (chart; each number is a link under “Show as table”)`,
  } as const;
}
