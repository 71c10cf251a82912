import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import "../../detail-pages.css";
import { ActionDetails } from "@/components/actions/action-details";
import { ActionListEvidence } from "@/components/official-lists/action-list-evidence";
import { getAction } from "@/lib/actions/get-action";
import { getActionListEvidence } from "@/lib/official-lists/get-action-list-evidence";
import { parseRouteId } from "@/lib/routes/parse-route-id";

export const metadata: Metadata = { title: "Action" };

export default function ActionPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb"><Link href="/actions">Actions</Link> › Action</nav>
      <Suspense fallback={<p role="status">Loading the action…</p>}>
        <ActionContent params={params} />
      </Suspense>
    </>
  );
}

async function ActionContent({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseRouteId((await params).id);
  const action = id === null ? null : await getAction(id);
  if (!action) notFound();
  const listEvidence = action.origin === "OFFICIAL_LIST" ? await getActionListEvidence(action.id) : [];
  return (
    <>
      <ActionDetails action={action} />
      {listEvidence.length > 0 && <ActionListEvidence evidence={listEvidence} />}
    </>
  );
}
