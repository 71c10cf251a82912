import type { ActionOrigin } from "@/lib/generated/prisma/enums";

/** How many documents an action quotes; an official list's action rests on list entries instead. */
export function SourceCount({ origin, sourceCount }: { origin: ActionOrigin | string; sourceCount: number }) {
  if (origin === "OFFICIAL_LIST" && sourceCount === 0) {
    return <span title="Recorded from an official list, not from a document">list</span>;
  }
  return <>{sourceCount}</>;
}
