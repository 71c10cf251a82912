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

  // Every name of every unlinked entry, with how much it says, plus "Given SURNAME" for a person
  // named "SURNAME, Given" (an alias of a created target, so other lists match it); then the
  // keys of each distinct name, computed once for matching and for the aliases of new targets.
  await client.query(
    `CREATE TEMP TABLE entry_alias_names ON COMMIT DROP AS
     SELECT e.id AS entry_id, n.name, n.kind
     FROM "ListEntry" e
     CROSS JOIN LATERAL (
       SELECT e.name, 'name' UNION ALL SELECT unnest(e.aliases), 'alias' UNION ALL SELECT unnest(e."weakAliases"), 'weak alias'
       UNION ALL SELECT btrim(split_part(e.name, ',', 2)) || ' ' || btrim(split_part(e.name, ',', 1)), 'spelling'
         WHERE e."targetKind" = 'PERSON' AND e.name LIKE '%,%'
     ) AS n(name, kind)
     WHERE e."importId" = $1 AND e."targetId" IS NULL`,
    [importId],
  );
  await client.query(
    `CREATE TEMP TABLE name_keys ON COMMIT DROP AS
     WITH plain AS MATERIALIZED (SELECT name, name_plain(name) AS plain FROM (SELECT DISTINCT name FROM entry_alias_names) d),
       skeleton AS MATERIALIZED (SELECT name, plain, name_skeleton_of_plain(plain) AS skeleton FROM plain)
     SELECT name, plain, skeleton, name_word_key_of_skeleton(skeleton) AS words FROM skeleton`,
  );
  await client.query(`CREATE INDEX ON name_keys (name)`);
  await client.query(
    `CREATE TEMP TABLE entry_names ON COMMIT DROP AS
     SELECT n.entry_id, n.name, n.kind, k.plain, k.words FROM entry_alias_names n JOIN name_keys k ON k.name = n.name
     WHERE n.kind <> 'spelling' AND k.plain <> ' '`,
  );
  await client.query(`CREATE INDEX ON entry_names (plain); CREATE INDEX ON entry_names (words); ANALYZE entry_names`);

  await client.query(
    `CREATE TEMP TABLE name_hits ON COMMIT DROP AS
     SELECT DISTINCT ON (n.entry_id, al."targetId") n.entry_id, al."targetId" AS target_id, c.confidence,
       format('%s "%s" equals %s "%s" of the target', n.kind, n.name, lower(al.kind::text), al.alias) AS reason,
       n.kind <> 'weak alias' AND NOT EXISTS (
         -- A target that already stands for another entry of this same list is someone else with the same name.
         SELECT 1 FROM "ListEntry" o JOIN "ListImport" i ON i.id = o."importId"
         WHERE o."targetId" = al."targetId" AND i.source = $1::"ListSource" AND o."listId" <> e."listId") AS strong
     FROM entry_names n JOIN "ListEntry" e ON e.id = n.entry_id JOIN "TargetAlias" al ON al."plainKey" = n.plain
     -- Primary name to primary name, or an alias on either side (the entry's or the target's).
     CROSS JOIN LATERAL (SELECT CASE WHEN n.kind = 'weak alias' THEN 0.5
       WHEN n.kind = 'name' AND al.kind = 'PRIMARY' THEN 0.95 ELSE 0.9 END AS confidence) c
     ORDER BY n.entry_id, al."targetId", c.confidence DESC, n.kind = 'name' DESC`,
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
  // One new target per slug not taken yet, its id drawn here so its aliases can be told apart
  // from those of a target an earlier version of this list created under the same slug.
  const slugPrefix = source.toLowerCase().replace(/_/g, "-");
  const slug = `$2 || '-' || lower(regexp_replace(e."listId", '[^A-Za-z0-9]+', '-', 'g'))`;
  const { rowCount: created } = await client.query(
    `CREATE TEMP TABLE created_targets ON COMMIT DROP AS
     SELECT nextval(pg_get_serial_sequence('"Target"', 'id'))::int AS target_id, s.* FROM (
       SELECT DISTINCT ON (slug) ${slug} AS slug, e.name, e."targetKind" AS kind
       FROM "ListEntry" e WHERE e."importId" = $1 AND e."targetId" IS NULL ORDER BY slug, e.id
     ) s
     WHERE NOT EXISTS (SELECT 1 FROM "Target" t WHERE t.slug = s.slug)`,
    [importId, slugPrefix],
  );
  await client.query(`INSERT INTO "Target" (id, slug, name, kind) SELECT target_id, slug, name, kind FROM created_targets`);
  await client.query(
    `UPDATE "ListEntry" e SET "targetId" = t.id, "matchKind" = 'CREATED', "matchConfidence" = NULL,
       "matchReason" = CASE WHEN t.name = e.name THEN 'no confident match among existing targets: target created from this entry'
                            ELSE 'target created from an earlier version of this list under the same id' END
     FROM "Target" t
     WHERE e."importId" = $1 AND e."targetId" IS NULL AND t.slug = ${slug}`,
    [importId, slugPrefix],
  );
  // Every name becomes an alias. The new targets' aliases are written in bulk mode with their
  // keys from name_keys (migration import_write_once); a target that existed already may hold
  // some of them, and its actions' search text must follow, so its aliases go the normal way.
  const aliases = (created: "EXISTS" | "NOT EXISTS") =>
    `SELECT DISTINCT ON (e."targetId", n.name) e."targetId", n.name,
       (CASE n.kind WHEN 'name' THEN 'PRIMARY' WHEN 'spelling' THEN 'SPELLING' ELSE 'AKA' END)::"AliasKind", k.plain, k.skeleton, k.words
     FROM entry_alias_names n JOIN "ListEntry" e ON e.id = n.entry_id JOIN name_keys k ON k.name = n.name
     WHERE e."matchKind" = 'CREATED' AND ${created} (SELECT 1 FROM created_targets c WHERE c.target_id = e."targetId") AND btrim(n.name) <> ''
     ORDER BY e."targetId", n.name, n.kind = 'name' DESC`;
  await client.query(`SET LOCAL sanctions.bulk_write = 'on'`);
  await client.query(`INSERT INTO "TargetAlias" ("targetId", alias, kind, "plainKey", "skeletonKey", "wordKey") ${aliases("EXISTS")}`);
  await client.query(`SET LOCAL sanctions.bulk_write = 'off'`);
  await client.query(
    `INSERT INTO "TargetAlias" ("targetId", alias, kind) SELECT "targetId", name, kind FROM (${aliases("NOT EXISTS")}) a(
       "targetId", name, kind, plain, skeleton, words)
     ON CONFLICT ("targetId", alias) DO NOTHING`,
  );
  if (created) {
    await client.query(`ANALYZE "Target" (id, slug), "TargetAlias" ("targetId", "plainKey", "wordKey"), "ListEntry" ("targetId", "matchKind")`);
  }
  return created ?? 0;
}
