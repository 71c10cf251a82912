import Link from "next/link";
import { KIND_LABELS } from "@/lib/actions/labels";
import type { TargetActionRow } from "@/lib/targets/list-target-actions";
import { RelationPath } from "./relation-path";

/** An action's summary linked to its page, with how it reaches the target of the page. */
export function TargetActionLabel({ action }: { action: TargetActionRow }) {
  return (
    <>
      <Link href={`/actions/${action.id}`}>{action.summary}</Link>
      {action.kind === "PROPOSAL" && <> <span className="badge kind-PROPOSAL">{KIND_LABELS.PROPOSAL}</span></>}
      <div className="small">
        <RelationPath path={action.via.path} />
      </div>
    </>
  );
}
