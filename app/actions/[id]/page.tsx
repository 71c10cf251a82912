import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import "../../detail-pages.css";
import { ActionDetails } from "@/components/actions/action-details";
import { ActionListEvidence } from "@/components/official-lists/action-list-evidence";
import { getAction } from "@/lib/actions/get-action";
import { getActionListEvidence } from "@/lib/official-lists/get-action-list-evidence";
import { createRouteRecordLoader } from "@/lib/routes/load-route-record";

// Waits for the action (one primary-key read) so that the title names it. Unknown ids never get
// here (proxy.ts: 404).
export const instant = false;

const loadAction = createRouteRecordLoader(getAction);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadAction(params)).summary };
}

export default async function ActionPage({ params }: { params: Promise<{ id: string }> }) {
  const action = await loadAction(params);
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb"><Link href="/actions">Actions</Link> › Action</nav>
      <ActionDetails action={action} />
      {action.origin === "OFFICIAL_LIST" && (
        <Suspense fallback={<p role="status">Loading the list entries behind this action…</p>}>
          <ListEvidence actionId={action.id} />
        </Suspense>
      )}
    </>
  );
}

async function ListEvidence({ actionId }: { actionId: number }) {
  const evidence = await getActionListEvidence(actionId);
  return evidence.length > 0 && <ActionListEvidence evidence={evidence} />;
}
