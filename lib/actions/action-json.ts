// The public JSON shape of an action in the API: plain values, dates as ISO days.
import { formatInterval, isoDay } from "../dates/format-interval";
import type { ActionRow } from "./list-actions";

export function toActionJson(row: ActionRow) {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    origin: row.origin,
    jurisdiction: row.jurisdiction,
    authority: row.authority,
    summary: row.summary,
    date: {
      text: row.dateText,
      start: isoDay(row.dateStart),
      end: isoDay(row.dateEnd),
      precision: row.datePrecision,
      label: formatInterval(row),
    },
    groundCategories: row.groundCategories,
    groundsText: row.groundsText,
    targets: row.targets.map(({ target }) => target),
    instruments: row.instruments.map(({ instrument }) => instrument),
    sourceCount: row.sourceCount,
  };
}

export type ActionJson = ReturnType<typeof toActionJson>;
