// Every action matching a search, in the explorer's order, streamed from a server-side
// cursor as CSV or JSON, so that memory stays flat however many rows match.
import type pg from "pg";
import QueryStream from "pg-query-stream";
import { formatInterval } from "../dates/format-interval";
import { csvHeader, csvRow } from "../export/csv-row";
import { Prisma } from "../generated/prisma/client";
import type { ActionKind, ActionStatus, DatePrecision, GroundCategory, Jurisdiction } from "../generated/prisma/enums";
import { type ActionFilter, actionOrder, actionWhere } from "./action-filters";
import { GROUND_LABELS, KIND_LABELS, PRECISION_LABELS, STATUS_LABELS } from "./labels";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportRow {
  id: number;
  dateText: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  jurisdiction: Jurisdiction;
  authority: string;
  kind: ActionKind;
  status: ActionStatus;
  targets: string[];
  instruments: string[];
  groundCategories: GroundCategory[];
  groundsText: string | null;
  sources: string[];
  summary: string;
}

const CSV_HEADER = ["id", "date", "date_start", "date_end", "date_shown", "date_precision", "jurisdiction", "authority",
  "kind", "status", "targets", "instruments", "ground_categories", "grounds", "source_count", "sources", "summary", "link"];
const ROWS_PER_CHUNK = 200;

/** The export's SQL: the explorer's filter and order, with the columns a reader needs. */
export function actionExportQuery(search: ActionFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, a."dateText", a."dateStart"::text AS "dateStart", a."dateEnd"::text AS "dateEnd", a."datePrecision",
      a.jurisdiction, au.name AS authority, a.kind, a.status,
      ARRAY(SELECT t.name FROM "ActionTarget" at JOIN "Target" t ON t.id = at."targetId"
            WHERE at."actionId" = a.id ORDER BY t.name) AS targets,
      ARRAY(SELECT i.citation FROM "ActionInstrument" ai JOIN "LegalInstrument" i ON i.id = ai."instrumentId"
            WHERE ai."actionId" = a.id ORDER BY i.citation) AS instruments,
      a."groundCategories"::text[] AS "groundCategories", a."groundsText",
      ARRAY(SELECT d.title FROM "SourceDocument" d
            WHERE d.id IN (SELECT e."documentId" FROM "Evidence" e WHERE e."actionId" = a.id) ORDER BY d.title) AS sources,
      a.summary
    FROM "SanctionAction" a JOIN "Authority" au ON au.id = a."authorityId"
    WHERE ${actionWhere(search)}
    ORDER BY ${actionOrder(search)}`;
}

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const shownDate = (row: ExportRow) =>
  formatInterval({ dateStart: day(row.dateStart), dateEnd: day(row.dateEnd), datePrecision: row.datePrecision });

function toCsv(row: ExportRow, link: string): string {
  return csvRow([row.id, row.dateText, row.dateStart, row.dateEnd, shownDate(row), PRECISION_LABELS[row.datePrecision],
    row.jurisdiction, row.authority, KIND_LABELS[row.kind], STATUS_LABELS[row.status], row.targets.join("; "),
    row.instruments.join("; "), row.groundCategories.map((g) => GROUND_LABELS[g]).join("; "), row.groundsText,
    row.sources.length, row.sources.join("; "), row.summary, link]);
}

function toJson(row: ExportRow, link: string): string {
  const { id, dateText, dateStart, dateEnd, datePrecision, sources, ...rest } = row;
  return JSON.stringify({
    id,
    date: { text: dateText, start: dateStart, end: dateEnd, precision: datePrecision, label: shownDate(row) },
    ...rest,
    sourceCount: sources.length,
    sources,
    link,
  });
}

export interface ExportOptions {
  format: ExportFormat;
  /** Origin of the app, for each row's link ("https://host"). */
  origin: string;
}

/**
 * Yields the export in text chunks. Stopping early (the client went away) closes the cursor
 * and discards the connection, so an abandoned export does no further work in PostgreSQL.
 */
export async function* streamActionExport(search: ActionFilter, pool: pg.Pool, { format, origin }: ExportOptions): AsyncGenerator<string> {
  const query = actionExportQuery(search);
  const client = await pool.connect();
  const rows = client.query(new QueryStream(query.text, query.values, { batchSize: 500 }));
  let finished = false;
  try {
    if (format === "csv") yield csvHeader(CSV_HEADER);
    else yield "[";
    let chunk = "";
    let count = 0;
    for await (const row of rows as AsyncIterable<ExportRow>) {
      const link = `${origin}/actions/${row.id}`;
      chunk += format === "csv" ? toCsv(row, link) : `${count ? "," : ""}\n${toJson(row, link)}`;
      if (++count % ROWS_PER_CHUNK === 0) {
        yield chunk;
        chunk = "";
      }
    }
    yield format === "csv" ? chunk : `${chunk}\n]\n`;
    finished = true;
  } finally {
    rows.destroy();
    client.release(finished ? undefined : true);
  }
}

/** "sanctions-actions-2026-11-21.csv" */
export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `sanctions-actions-${now.toISOString().slice(0, 10)}.${format}`;
}
