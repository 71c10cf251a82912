import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import "../../detail-pages.css";
import "../../official-lists.css";
import { TargetActionsTable } from "@/components/targets/target-actions-table";
import { TargetRelations } from "@/components/targets/target-relations";
import { TargetClaimsRecord } from "@/components/official-lists/target-claims-record";
import { TargetTimeline } from "@/components/targets/target-timeline";
import { ALIAS_KIND_LABELS, TARGET_KIND_LABELS } from "@/lib/actions/labels";
import { serializeActionSearch } from "@/lib/actions/search-params";
import { DEFAULT_COMPARE_SEARCH, serializeCompareSearch } from "@/lib/compare/compare-search";
import { compareTargetClaims } from "@/lib/official-lists/compare-target-claims";
import { createRouteRecordLoader } from "@/lib/routes/load-route-record";
import { getTarget, type TargetDetails } from "@/lib/targets/get-target";
import { listTargetActions, TARGET_ACTION_LIMIT, targetActionSearch } from "@/lib/targets/list-target-actions";
import { nounFor } from "@/lib/format/count-noun";

// Waits for the target's own row (one primary-key read) so that the title names it; its actions
// and the claims comparison stream in below. Unknown ids never get here (proxy.ts: 404).
export const instant = false;

const loadTarget = createRouteRecordLoader(getTarget);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadTarget(params)).name };
}

export default async function TargetPage({ params }: { params: Promise<{ id: string }> }) {
  const target = await loadTarget(params);
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb"><Link href="/actions">Actions</Link> › Target</nav>
      <article className="detail" data-testid="target-details">
        <header>
          <span className="badge">{TARGET_KIND_LABELS[target.kind]}</span>
          {target.country && <span className="badge">{target.country}</span>}
          <h1>{target.name}</h1>
          {target.description && <p className="lede">{target.description}</p>}
        </header>

        <div className="columns">
          <section aria-labelledby="names-heading">
            <h2 id="names-heading">Names</h2>
            <ul className="aliases" data-testid="aliases">
              {target.aliases.map((a) => (
                <li key={a.id}>{a.alias} <span className="muted small">{ALIAS_KIND_LABELS[a.kind]}</span></li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="relations-heading">
            <h2 id="relations-heading">Relations</h2>
            <TargetRelations target={target} />
          </section>
        </div>

        <Suspense fallback={<p role="status">Loading the target’s actions and the official record…</p>}>
          <TargetRecord target={target} />
        </Suspense>
      </article>
    </>
  );
}

async function TargetRecord({ target }: { target: TargetDetails }) {
  const [{ rows, total, sources }, comparison] = await Promise.all([listTargetActions(target.id), compareTargetClaims(target.id)]);
  const { target: ids, related, proposals } = targetActionSearch(target.id);
  const explorerHref = `/actions${serializeActionSearch({ target: ids, related, proposals })}`;
  // Units and officials are linked to their parent (TargetRelation to this target), up to three levels.
  const hasRelated = target.relationsTo.length > 0;
  const against = hasRelated ? "this target or related targets" : "this target";

  return (
    <>
      <section aria-labelledby="record-comparison-heading">
        <h2 id="record-comparison-heading">Claims and the official record</h2>
        <p className="muted small">
          Each claim in the articles is checked against the imported versions of the official lists of the same
          jurisdiction: confirmed when the record agrees (a listing by the claimed date, under a claimed instrument
          if one is named; a removal for a claimed delisting), contradicted when it disagrees, otherwise
          unverified. <Link href={`/changes?target=${target.id}`}>List changes for this target</Link>
        </p>
        <TargetClaimsRecord comparison={comparison} />
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">
          Actions against {target.name}{hasRelated && " and related targets"}{" "}
          <span className="muted">({total.exact ? "" : "about "}{total.value})</span>
        </h2>
        <p className="muted small">
          {hasRelated && "Includes actions against the units and officials linked to this target (up to three relations away). "}
          Calls for action are included, marked as proposals.{" "}
          {total.value > 0 && (
            <>
              <Link href={explorerHref}>Open in the explorer</Link> ·{" "}
              <Link href={`/compare${serializeCompareSearch({ ...DEFAULT_COMPARE_SEARCH, target: [target.id], related: true })}`}>
                Compare the US and the EU on it
              </Link>
            </>
          )}
        </p>
        {total.value > rows.length && (
          <p className="notice">Showing the first {TARGET_ACTION_LIMIT} by date. The explorer pages through all of them.</p>
        )}
        {rows.length === 0 ? (
          <p className="empty">No actions against {against} are recorded.</p>
        ) : (
          <>
            <h3>Timeline</h3>
            <TargetTimeline actions={rows} />
            <h3>Table</h3>
            <TargetActionsTable actions={rows} />
          </>
        )}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {sources.length === 0 ? (
          <p className="muted">No documents are cited.</p>
        ) : (
          <ul data-testid="sources">
            {sources.map((d) => (
              <li key={d.id}>
                <Link href={`/documents/${d.id}`}>{d.title}</Link>
                {d.author && <span className="muted"> — {d.author}</span>}
                <span className="muted small"> · {d.evidence} {nounFor(d.evidence, "quote")} for {d.actions} {nounFor(d.actions, "action")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
