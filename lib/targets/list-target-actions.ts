import "server-only";
import { actionOrder, actionWhere } from "../actions/action-filters";
import { actionsWhere, countActions } from "../actions/list-actions";
import { DEFAULT_ACTION_SEARCH, type ActionSearch } from "../actions/search-params";
import { getDb, type Db } from "../db/client";
import { listRelatedTargets, type RelatedTarget } from "./list-related-targets";

/** A target page shows this many actions at most; the explorer link shows them all. */
export const TARGET_ACTION_LIMIT = 500;

/** The explorer search behind a target page: the target, its units and officials, proposals too. */
export function targetActionSearch(targetId: number): ActionSearch {
  return { ...DEFAULT_ACTION_SEARCH, target: [targetId], related: true, proposals: true };
}

/**
 * Every action against the target or a related target, oldest first (undated last), each
 * with the target it is recorded against and how that target relates to this one; plus
 * the documents their evidence cites.
 */
export async function listTargetActions(targetId: number, db: Db = getDb()) {
  const where = actionWhere(targetActionSearch(targetId));
  const [idRows, total, related, sources] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`
      SELECT a.id FROM "SanctionAction" a WHERE ${where}
      ORDER BY ${actionOrder({ sort: "date", dir: "asc" })} LIMIT ${TARGET_ACTION_LIMIT}`,
    countActions(actionsWhere(where), db),
    listRelatedTargets(targetId, db),
    db.$queryRaw<{ id: number; title: string; author: string | null; evidence: number; actions: number }[]>`
      SELECT d.id, d.title, d.author, count(*)::int AS evidence, count(DISTINCT e."actionId")::int AS actions
      FROM "Evidence" e JOIN "SourceDocument" d ON d.id = e."documentId"
      WHERE e."actionId" IN (SELECT a.id FROM "SanctionAction" a WHERE ${where})
      GROUP BY d.id ORDER BY d.title, d.id`,
  ]);
  const ids = idRows.map((r) => r.id);
  const details = await db.sanctionAction.findMany({
    where: { id: { in: ids } },
    include: {
      authority: { select: { id: true, name: true, shortName: true } },
      targets: { select: { target: { select: { id: true, name: true, kind: true } } }, orderBy: { target: { name: "asc" } } },
      instruments: { select: { instrument: { select: { id: true, citation: true } } } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows = ids.flatMap((id) => {
    const action = byId.get(id);
    return action ? [{ ...action, via: closestTarget(action.targets, related) }] : [];
  });
  return { rows, total, sources };
}

/** Of an action's targets, the one nearest the page's target (itself first). */
function closestTarget(targets: { target: { id: number; name: string } }[], related: Map<number, RelatedTarget>) {
  let best: ({ targetId: number; targetName: string } & RelatedTarget) | null = null;
  for (const { target } of targets) {
    const r = related.get(target.id);
    if (r && (!best || r.depth < best.depth)) best = { targetId: target.id, targetName: target.name, ...r };
  }
  // The SQL matched the action through one of these targets, so one is always found.
  return best!;
}

export type TargetActions = Awaited<ReturnType<typeof listTargetActions>>;
export type TargetActionRow = TargetActions["rows"][number];
