// Linking the entries of an import to targets, in SQL over the TargetAlias keys (name_plain,
// name_word_key). Confident links: the same list id as in the previous import, or a name equal
// to the names of exactly one target. Weak evidence (same words in another order, a weak alias,
// several targets sharing a name) is stored as a candidate for review, never merged. Entries
// with no confident link get a target of their own.
import type pg from "pg";
import type { ListSource } from "../generated/prisma/enums";

export interface MatchCounts {
  matched: number;
  created: number;
  candidates: number;
}

export async function matchEntries(client: pg.Client, importId: number, source: ListSource): Promise<MatchCounts> {
  // Entries that kept the target of their list id were linked when they were merged.
  const { rows: [kept] } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ListEntry" WHERE "importId" = $1 AND "matchKind" = 'SAME_LIST_ID'`,
    [importId],
  );
  let matched = kept.n;

  // Every name of every unlinked entry, with how much it says.
  await client.query(
    `CREATE TEMP TABLE entry_names ON COMMIT DROP AS
     SELECT e.id AS entry_id, n.name, n.kind, name_plain(n.name) AS plain, name_word_key(n.name) AS words
     FROM "ListEntry" e
     CROSS JOIN LATERAL (
       SELECT e.name, 'name' UNION ALL SELECT unnest(e.aliases), 'alias' UNION ALL SELECT unnest(e."weakAliases"), 'weak alias'
     ) AS n(name, kind)
     WHERE e."importId" = $1 AND e."targetId" IS NULL AND btrim(name_plain(n.name)) <> ''`,
    [importId],
  );
  await client.query(`CREATE INDEX ON entry_names (plain); CREATE INDEX ON entry_names (words); ANALYZE entry_names`);

  await client.query(
    `CREATE TEMP TABLE name_hits ON COMMIT DROP AS
     SELECT DISTINCT ON (n.entry_id, al."targetId") n.entry_id, al."targetId" AS target_id,
       CASE WHEN n.kind = 'name' THEN 0.95 WHEN n.kind = 'alias' THEN 0.9 ELSE 0.5 END AS confidence,
       format('%s "%s" equals %s "%s" of the target', n.kind, n.name, lower(al.kind::text), al.alias) AS reason,
       n.kind <> 'weak alias' AND NOT EXISTS (
         -- A target that already stands for another entry of this same list is someone else with the same name.
         SELECT 1 FROM "ListEntry" o JOIN "ListImport" i ON i.id = o."importId"
         WHERE o."targetId" = al."targetId" AND i.source = $1::"ListSource" AND o."listId" <> e."listId") AS strong
     FROM entry_names n JOIN "ListEntry" e ON e.id = n.entry_id JOIN "TargetAlias" al ON al."plainKey" = n.plain
     ORDER BY n.entry_id, al."targetId", n.kind = 'name' DESC, n.kind = 'alias' DESC`,
    [source],
  );
  await client.query(`ANALYZE name_hits`);
  const linked = await client.query(
    `UPDATE "ListEntry" e SET "targetId" = h.target_id, "matchKind" = 'NAME', "matchConfidence" = h.confidence, "matchReason" = h.reason
     FROM (
       SELECT entry_id, (array_agg(target_id))[1] AS target_id, max(confidence) AS confidence, (array_agg(reason ORDER BY confidence DESC))[1] AS reason
       FROM name_hits WHERE strong GROUP BY entry_id HAVING count(*) = 1
     ) h WHERE e.id = h.entry_id`,
  );
  matched += linked.rowCount ?? 0;

  const proposed = await client.query(
    `INSERT INTO "ListEntryCandidate" ("entryId", "targetId", confidence, reason)
     SELECT entry_id, target_id, max(confidence), (array_agg(reason ORDER BY confidence DESC))[1] FROM (
       SELECT h.entry_id, h.target_id, least(h.confidence, 0.6) AS confidence,
         CASE WHEN h.strong THEN h.reason || ', but other targets share that name' WHEN h.confidence > 0.5 THEN h.reason || ', but the target already stands for another entry of this list' ELSE h.reason END AS reason
       FROM name_hits h JOIN "ListEntry" e ON e.id = h.entry_id WHERE e."targetId" IS DISTINCT FROM h.target_id
       UNION ALL
       SELECT n.entry_id, al."targetId", 0.6, format('%s "%s" has the same words as %s "%s" of the target (order and transliteration ignored)', n.kind, n.name, lower(al.kind::text), al.alias)
       FROM entry_names n JOIN "TargetAlias" al ON al."wordKey" = n.words AND al."plainKey" <> n.plain
       WHERE n.kind <> 'weak alias' AND n.words LIKE '% %'
     ) c
     WHERE NOT EXISTS (SELECT 1 FROM "ListEntry" e WHERE e.id = c.entry_id AND e."targetId" = c.target_id)
     GROUP BY entry_id, target_id`,
  );

  const created = await createTargets(client, importId, source);
  return { matched, created, candidates: proposed.rowCount ?? 0 };
}

async function createTargets(client: pg.Client, importId: number, source: ListSource): Promise<number> {
  const slugPrefix = source.toLowerCase().replace(/_/g, "-");
  const inserted = await client.query(
    `INSERT INTO "Target" (slug, name, kind)
     SELECT $2 || '-' || lower(regexp_replace(e."listId", '[^A-Za-z0-9]+', '-', 'g')), e.name, e."targetKind"
     FROM "ListEntry" e WHERE e."importId" = $1 AND e."targetId" IS NULL
     ON CONFLICT (slug) DO NOTHING`,
    [importId, slugPrefix],
  );
  await client.query(
    `UPDATE "ListEntry" e SET "targetId" = t.id, "matchKind" = 'CREATED', "matchConfidence" = NULL,
       "matchReason" = CASE WHEN t.name = e.name THEN 'no confident match among existing targets: target created from this entry'
                            ELSE 'target created from an earlier version of this list under the same id' END
     FROM "Target" t
     WHERE e."importId" = $1 AND e."targetId" IS NULL AND t.slug = $2 || '-' || lower(regexp_replace(e."listId", '[^A-Za-z0-9]+', '-', 'g'))`,
    [importId, slugPrefix],
  );
  // Every name becomes an alias, plus "Given SURNAME" for "SURNAME, Given", so other lists match it.
  await client.query(
    `INSERT INTO "TargetAlias" ("targetId", alias, kind)
     SELECT DISTINCT ON (e."targetId", n.alias) e."targetId", n.alias, n.kind::"AliasKind"
     FROM "ListEntry" e
     CROSS JOIN LATERAL (
       SELECT e.name, 'PRIMARY' UNION ALL SELECT unnest(e.aliases), 'AKA' UNION ALL SELECT unnest(e."weakAliases"), 'AKA'
       UNION ALL SELECT btrim(split_part(e.name, ',', 2)) || ' ' || btrim(split_part(e.name, ',', 1)), 'SPELLING'
         WHERE e."targetKind" = 'PERSON' AND e.name LIKE '%,%'
     ) AS n(alias, kind)
     WHERE e."importId" = $1 AND e."matchKind" = 'CREATED' AND btrim(n.alias) <> ''
     ORDER BY e."targetId", n.alias, n.kind = 'PRIMARY' DESC
     ON CONFLICT ("targetId", alias) DO NOTHING`,
    [importId],
  );
  if (inserted.rowCount) await client.query(`ANALYZE "Target", "TargetAlias", "ListEntry"`);
  return inserted.rowCount ?? 0;
}
