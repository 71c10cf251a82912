import "server-only";
import { RELATED_TARGET_DEPTH } from "../actions/action-filters";
import { getDb, type Db } from "../db/client";
import type { TargetKind, TargetRelationKind } from "../generated/prisma/enums";

export interface RelationStep {
  from: { id: number; name: string; kind: TargetKind };
  kind: TargetRelationKind;
  to: { id: number; name: string; kind: TargetKind };
}

/** How a target relates to the one whose page this is: the relations from it to that one. */
export interface RelatedTarget {
  depth: number;
  /** Starts at the related target and ends at the page's target; empty for the target itself. */
  path: RelationStep[];
}

/**
 * The target and every unit or official pointing at it, to the depth `actionWhere` follows
 * with `related`, each by its shortest chain of relations.
 */
export async function listRelatedTargets(targetId: number, db: Db = getDb()): Promise<Map<number, RelatedTarget>> {
  const rows = await db.$queryRaw<{ id: number; depth: number; path: number[] }[]>`
    WITH RECURSIVE related(id, depth, path) AS (
      SELECT ${targetId}::int, 0, ARRAY[]::int[]
      UNION ALL
      SELECT r."fromId", related.depth + 1, r.id || related.path
      FROM "TargetRelation" r JOIN related ON r."toId" = related.id
      WHERE related.depth < ${RELATED_TARGET_DEPTH}
    )
    SELECT DISTINCT ON (id) id, depth, path FROM related ORDER BY id, depth, path`;
  const relations = await db.targetRelation.findMany({
    where: { id: { in: [...new Set(rows.flatMap((r) => r.path))] } },
    include: { from: { select: { id: true, name: true, kind: true } }, to: { select: { id: true, name: true, kind: true } } },
  });
  const byId = new Map(relations.map((r) => [r.id, { from: r.from, kind: r.kind, to: r.to }]));
  return new Map(rows.map((r) => [r.id, { depth: r.depth, path: r.path.map((id) => byId.get(id)!) }]));
}
