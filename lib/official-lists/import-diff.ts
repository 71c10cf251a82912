// Turning one list version into actions by comparing it with the previous version of the
// same list: entry added → designation, gone → delisting, programmes or legal basis changed
// → amendment. The first version records every current listing as a designation. Each
// action points at its evidence: the entries (ActionListEntry) and the import.
import type pg from "pg";
import type { Jurisdiction, ListSource } from "../generated/prisma/enums";
import { LIST_SOURCES } from "./list-sources";
import { lookUpProgramme } from "./programme-table";

/** A list version: how its date is known is stated on the import, not repeated on each change. */
export interface ImportVersion {
  id: number;
  publishedAt: string;
}

export interface DiffCounts {
  designations: number;
  delistings: number;
  amendments: number;
  unknownProgrammes: string[];
}

/** Loads the programme meanings this import needs into a temp table; returns the unknown codes. */
async function loadProgrammeMeanings(client: pg.Client, importId: number, jurisdiction: Jurisdiction): Promise<string[]> {
  const { rows } = await client.query<{ code: string }>(
    `SELECT DISTINCT unnest(programmes) AS code FROM "ListEntry" WHERE "importId" = $1 ORDER BY 1`,
    [importId],
  );
  const known = rows.flatMap(({ code }) => {
    const meaning = lookUpProgramme(jurisdiction, code);
    return meaning ? [{ code, ...meaning }] : [];
  });
  await client.query(
    `CREATE TEMP TABLE programme_meaning ON COMMIT DROP AS
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS m(code text, citation text, "instrumentKind" text, grounds text[])`,
    [JSON.stringify(known)],
  );
  await client.query(
    `INSERT INTO "LegalInstrument" (citation, kind, jurisdiction)
     SELECT DISTINCT ON (citation) citation, "instrumentKind"::"InstrumentKind", $1::"Jurisdiction" FROM programme_meaning
     WHERE citation IS NOT NULL ON CONFLICT (citation) DO NOTHING`,
    [jurisdiction],
  );
  const knownCodes = new Set(known.map((k) => k.code));
  return rows.map((r) => r.code).filter((code) => !knownCodes.has(code));
}

export async function recordChanges(
  client: pg.Client,
  source: ListSource,
  current: ImportVersion,
  previous: ImportVersion | null,
): Promise<DiffCounts> {
  const info = LIST_SOURCES[source];
  const unknownProgrammes = await loadProgrammeMeanings(client, current.id, info.jurisdiction);
  // DO NOTHING, not DO UPDATE: an update would fire the trigger that refreshes every action of the authority.
  await client.query(
    `INSERT INTO "Authority" (slug, name, "shortName", jurisdiction, kind) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING`,
    [info.authority.slug, info.authority.name, info.authority.shortName, info.jurisdiction, info.authority.kind],
  );
  const { rows: [authority] } = await client.query<{ id: number }>(`SELECT id FROM "Authority" WHERE slug = $1`, [info.authority.slug]);

  // Instruments and grounds once per distinct set of programmes, not once per entry.
  await client.query(
    `CREATE TEMP TABLE programme_sets ON COMMIT DROP AS
     SELECT s.programmes,
       ARRAY(SELECT DISTINCT i.id FROM programme_meaning m JOIN "LegalInstrument" i ON i.citation = m.citation
             WHERE m.code = ANY(s.programmes) ORDER BY i.id) AS instrument_ids,
       coalesce((SELECT ground_set(array_agg(g::"GroundCategory")) FROM programme_meaning m, unnest(m.grounds) g WHERE m.code = ANY(s.programmes)), '{}') AS grounds
     FROM (SELECT DISTINCT programmes FROM "ListEntry" WHERE "importId" IN ($1, $2)) s`,
    [current.id, previous?.id ?? -1],
  );
  // Each change with the id its action will get and the links it will have, so the action is
  // inserted once with its derived columns (action_derived) and its links follow.
  await client.query(
    `CREATE TEMP TABLE change_actions ON COMMIT DROP AS
     SELECT nextval(pg_get_serial_sequence('"SanctionAction"', 'id'))::int AS action_id, c.*, e."targetId" AS target_id,
       p.instrument_ids, p.grounds
     FROM (
       SELECT CASE WHEN o.id IS NULL THEN 'DESIGNATION' WHEN n.id IS NULL THEN 'DELISTING' ELSE 'AMENDMENT' END AS kind,
         n.id AS new_id, o.id AS old_id, coalesce(n."listId", o."listId") AS list_id
       FROM (SELECT * FROM "ListEntry" WHERE "importId" = $1) n
       FULL JOIN (SELECT * FROM "ListEntry" WHERE "importId" = $2) o ON o."listId" = n."listId"
       WHERE o.id IS NULL OR n.id IS NULL OR o.programmes <> n.programmes OR o."legalBasis" <> n."legalBasis"
     ) c
     JOIN "ListEntry" e ON e.id = coalesce(c.new_id, c.old_id)
     JOIN programme_sets p ON p.programmes = e.programmes`,
    [current.id, previous?.id ?? -1],
  );
  await client.query(`ANALYZE change_actions`);

  const between = previous
    ? `between the list versions of ${previous.publishedAt} and ${current.publishedAt}`
    : `in the first imported version of the list (${current.publishedAt})`;
  // Bulk mode: the derived-column and chart triggers stand aside for the new actions and
  // their links; the chart cells are brought up to date once below (migration *_bulk_write).
  await client.query(`SET LOCAL sanctions.bulk_write = 'on'`);
  await client.query(
    `INSERT INTO "SanctionAction" (id, slug, kind, status, origin, jurisdiction, "authorityId", summary, "dateText", "dateStart",
       "dateEnd", "datePrecision", "dateBasis", "groundCategories", note,
       "sourceCount", "sortAuthority", "sortTargets", "sortInstruments", "searchText", "targetIds", "instrumentIds")
     SELECT r.action_id, r.slug, r.kind, r.status, r.origin, r.jurisdiction, r.authority_id, r.summary, r.date_text, r.date_start,
       r.date_end, r.date_precision, r.date_basis, r.grounds, r.note, d.* FROM (
       SELECT c.action_id, 'list-' || $1 || '-' || lower(c.kind) || '-' || c.list_id, c.kind::"ActionKind", 'IN_FORCE'::"ActionStatus",
         'OFFICIAL_LIST'::"ActionOrigin", $2::"Jurisdiction", $3::int,
         v.label || ': ' || e.name || CASE c.kind WHEN 'DESIGNATION' THEN ' listed' WHEN 'DELISTING' THEN ' removed' ELSE ' amended' END
           || ' (' || coalesce(nullif(array_to_string(e.programmes, ', '), ''), 'no programme') || ')' AS summary,
         CASE WHEN listed THEN e."listedText" WHEN v.prev_day IS NULL THEN 'on or before ' || v.cur_day ELSE 'between ' || v.prev_day || ' and ' || v.cur_day END,
         CASE WHEN listed THEN e."listedStart" WHEN v.prev_day IS NULL THEN NULL ELSE v.prev_day + 1 END,
         CASE WHEN listed THEN e."listedEnd" ELSE v.cur_day END,
         (CASE WHEN listed THEN e."listedPrecision"::text ELSE 'SPAN' END)::"DatePrecision",
         CASE WHEN listed THEN e."listedBasis" || ' (list version of ' || v.cur_day || ')'
              ELSE 'the change appeared ' || v.between_text || '; the list gives no date for it' END,
         c.grounds,
         CASE c.kind WHEN 'AMENDMENT' THEN concat_ws('; ',
           CASE WHEN o.programmes <> e.programmes THEN format('Programmes %s → %s', array_to_string(o.programmes, ', '), array_to_string(e.programmes, ', ')) END,
           CASE WHEN o."legalBasis" <> e."legalBasis" THEN format('Legal basis %s → %s', array_to_string(o."legalBasis", '; '), array_to_string(e."legalBasis", '; ')) END)
           ELSE nullif('Legal basis: ' || array_to_string(e."legalBasis", '; '), 'Legal basis: ') END,
         c.target_id, c.instrument_ids
       FROM change_actions c
       JOIN "ListEntry" e ON e.id = coalesce(c.new_id, c.old_id)
       LEFT JOIN "ListEntry" o ON o.id = c.old_id
       -- A listing date dates a designation; delistings and amendments are dated by the versions.
       CROSS JOIN (SELECT $4::text AS label, $5::text AS between_text, $6::date AS prev_day, $7::date AS cur_day) v
       CROSS JOIN LATERAL (SELECT c.kind = 'DESIGNATION' AND e."listedStart" IS NOT NULL AS listed) d
     ) r (action_id, slug, kind, status, origin, jurisdiction, authority_id, summary, date_text, date_start, date_end, date_precision,
          date_basis, grounds, note, target_id, instrument_ids)
     CROSS JOIN LATERAL action_derived(r.action_id, r.authority_id, r.summary, NULL, array_remove(ARRAY[r.target_id], NULL), r.instrument_ids) d`,
    [current.id, info.jurisdiction, authority.id, info.label, between, previous?.publishedAt ?? null, current.publishedAt],
  );
  await client.query(
    `INSERT INTO "ActionListEntry" ("actionId", "entryId", "importId")
     SELECT action_id, entry_id, $1 FROM change_actions, unnest(ARRAY[new_id, old_id]) AS entry_id WHERE entry_id IS NOT NULL`,
    [current.id],
  );
  await client.query(`INSERT INTO "ActionTarget" ("actionId", "targetId") SELECT action_id, target_id FROM change_actions WHERE target_id IS NOT NULL`);
  await client.query(`INSERT INTO "ActionInstrument" ("actionId", "instrumentId") SELECT action_id, unnest(instrument_ids) FROM change_actions`);
  await client.query(`ANALYZE "SanctionAction" (id, kind), "ActionListEntry", "ActionTarget", "ActionInstrument"`);
  await client.query(`SELECT bulk_apply_new_actions(ARRAY(SELECT action_id FROM change_actions))`);
  await client.query(`SET LOCAL sanctions.bulk_write = 'off'`);
  // A delisting lifts the designations this list recorded for the entry.
  await client.query(
    `UPDATE "SanctionAction" a SET status = 'LIFTED'
     FROM change_actions c, "ActionListEntry" ale, "ListEntry" le, "ListImport" li
     WHERE c.kind = 'DELISTING' AND le."listId" = c.list_id AND le."importId" = li.id AND li.source = $1::"ListSource"
       AND ale."entryId" = le.id AND ale."actionId" = a.id AND a.kind = 'DESIGNATION' AND a.status = 'IN_FORCE'`,
    [source],
  );

  const { rows: counts } = await client.query<{ kind: string; n: number }>(`SELECT kind, count(*)::int AS n FROM change_actions GROUP BY kind`);
  const count = (kind: string) => counts.find((r) => r.kind === kind)?.n ?? 0;
  return { designations: count("DESIGNATION"), delistings: count("DELISTING"), amendments: count("AMENDMENT"), unknownProgrammes };
}
