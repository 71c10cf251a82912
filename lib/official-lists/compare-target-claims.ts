import "server-only";
// For a target: what the articles claim (with their quotes) beside what the imported official
// lists record, each claim marked by checkClaim.
import { getDb, type Db } from "../db/client";
import type { DatePrecision, ListMatchKind, ListSource } from "../generated/prisma/enums";
import { type ClaimVerdict, checkClaim, type RecordedListing } from "./check-claim";
import { LIST_SOURCES } from "./list-sources";

export interface RecordRow extends RecordedListing {
  source: ListSource;
  listId: string;
  name: string;
  listedText: string | null;
  listedPrecision: DatePrecision;
  listedBasis: string | null;
  firstSeen: Date;
  lastSeen: Date;
  versions: number;
  matchKind: ListMatchKind | null;
  matchConfidence: number | null;
  matchReason: string | null;
}

export async function compareTargetClaims(targetId: number, db: Db = getDb()) {
  const rows = await db.$queryRaw<(Omit<RecordRow, "jurisdiction" | "label" | "current" | "delistedBetween"> & { delistedFrom: Date | null; delistedTo: Date | null })[]>`
    SELECT DISTINCT ON (li.source, e."listId") li.source, e."listId", e.name, e.programmes, e."legalBasis", e."listedText", e."listedStart",
      e."listedPrecision", e."listedBasis", link."matchKind", link."matchConfidence", link."matchReason", li."publishedAt" AS "lastSeen",
      seen."firstSeen", seen.versions, latest."latestVersion", gone."delistedFrom", gone."delistedTo"
    FROM "ListEntry" e JOIN "ListImport" li ON li.id = e."importId"
    CROSS JOIN LATERAL (
      SELECT min(i2."publishedAt") AS "firstSeen", count(*)::int AS versions FROM "ListEntry" e2 JOIN "ListImport" i2 ON i2.id = e2."importId"
      WHERE i2.source = li.source AND i2.format = li.format AND e2."listId" = e."listId") seen
    CROSS JOIN LATERAL (SELECT max("publishedAt") AS "latestVersion" FROM "ListImport" WHERE source = li.source AND format = li.format) latest
    -- How the entry was first linked (later versions just keep the target of the same list id).
    CROSS JOIN LATERAL (
      SELECT e2."matchKind", e2."matchConfidence", e2."matchReason" FROM "ListEntry" e2 JOIN "ListImport" i2 ON i2.id = e2."importId"
      WHERE i2.source = li.source AND e2."listId" = e."listId" AND e2."targetId" = e."targetId"
      ORDER BY e2."matchKind" = 'SAME_LIST_ID', i2."publishedAt", e2.id LIMIT 1) link
    LEFT JOIN LATERAL (
      SELECT a."dateStart" AS "delistedFrom", a."dateEnd" AS "delistedTo" FROM "ActionListEntry" ale JOIN "SanctionAction" a ON a.id = ale."actionId"
      WHERE ale."entryId" = e.id AND a.kind = 'DELISTING' ORDER BY a."dateEnd" DESC LIMIT 1) gone ON TRUE
    WHERE e."targetId" = ${targetId}
    ORDER BY li.source, e."listId", li."publishedAt" DESC, li.id DESC`;
  const record: RecordRow[] = rows.map(({ delistedFrom, delistedTo, ...r }) => ({
    ...r,
    jurisdiction: LIST_SOURCES[r.source].jurisdiction,
    label: LIST_SOURCES[r.source].label,
    current: r.lastSeen.getTime() === r.latestVersion.getTime(),
    delistedBetween: delistedFrom && delistedTo ? [delistedFrom, delistedTo] : null,
  }));

  const actions = await db.sanctionAction.findMany({
    where: { origin: "ARTICLE", targets: { some: { targetId } } },
    orderBy: [{ dateStart: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    include: {
      instruments: { select: { instrument: { select: { citation: true } } } },
      evidence: { select: { id: true, quote: true, field: true, document: { select: { id: true, title: true } } }, orderBy: [{ documentId: "asc" }, { startOffset: "asc" }] },
    },
  });
  const claims = actions.map((action) => {
    const instruments = action.instruments.map((i) => i.instrument.citation);
    const { verdict, reason } = checkClaim({ ...action, instruments }, record);
    return { action, instruments, verdict, reason };
  });
  const candidates = await db.listEntryCandidate.findMany({
    where: { targetId },
    orderBy: [{ confidence: "desc" }, { entryId: "desc" }],
    take: 50,
    include: { entry: { select: { listId: true, name: true, import: { select: { source: true, publishedAt: true } } } } },
  });
  return { claims, record, candidates };
}

export type TargetClaimComparison = Awaited<ReturnType<typeof compareTargetClaims>>;
export type { ClaimVerdict };
