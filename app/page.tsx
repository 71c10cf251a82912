import { connection } from "next/server";
import { Suspense } from "react";
import { ActionList } from "@/components/actions/action-list";
import { listActionsWithEvidence } from "@/lib/actions/list-actions-with-evidence";

export default function HomePage() {
  return (
    <>
      <h1>Sanctions actions</h1>
      <p className="lede">
        Every sanctions action and call for action recorded from the source articles, with the exact words each one
        rests on.
      </p>
      <Suspense fallback={<p role="status">Loading actions…</p>}>
        <RecordedActions />
      </Suspense>
    </>
  );
}

async function RecordedActions() {
  await connection();
  return <ActionList actions={await listActionsWithEvidence()} />;
}
