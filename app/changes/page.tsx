import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import "../detail-pages.css";
import "../official-lists.css";
import { ChangeTargetPicker } from "@/components/official-lists/change-target-picker";
import { ChangesTable } from "@/components/official-lists/changes-table";
import { SearchProblems } from "@/components/url-state/search-problems";
import { JURISDICTION_LABELS, KIND_LABELS } from "@/lib/actions/labels";
import type { ListSource } from "@/lib/generated/prisma/enums";
import { CHANGE_KINDS, type ChangeSearch, parseChangeSearch, serializeChangeSearch } from "@/lib/official-lists/change-search";
import { listChanges, programmesWithoutEntries } from "@/lib/official-lists/list-changes";
import { LIST_SOURCES } from "@/lib/official-lists/list-sources";
import { nounFor } from "@/lib/format/count-noun";
import { missingRecordName } from "@/lib/format/missing-record";
import { listTargetNames } from "@/lib/targets/list-target-names";

export const metadata: Metadata = { title: "List changes" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function ChangesPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1>Changes in the official lists</h1>
      <p className="lede">
        Designations, delistings and amendments found by comparing each imported version of an official list with the
        previous one (the first version imported records its current listings).
      </p>
      <Suspense fallback={<p role="status">Loading changes…</p>}>
        <Changes searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Changes({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { search, problems } = parseChangeSearch(await searchParams);
  const [page, named, unseenProgrammes] = await Promise.all([
    listChanges(search),
    listTargetNames(search.target),
    programmesWithoutEntries(search.programme),
  ]);
  const targets = search.target.map((id) => named.find((t) => t.id === id) ?? { id, name: missingRecordName("target", id) });
  const feedHref = `/changes/feed.xml${serializeChangeSearch(search, { page: 1 })}`;
  return (
    <>
      <SearchProblems problems={problems} applied={`/changes${serializeChangeSearch(search)}`} />
      <ChangeFilters search={search} targets={targets} />
      {unseenProgrammes.length > 0 && (
        <p className="notice" role="status" data-testid="unseen-programmes">
          No imported list entry carries the programme {nounFor(unseenProgrammes.length, "code")}{" "}
          {unseenProgrammes.map((code, index) => <span key={code}>{index > 0 && ", "}<code>{code}</code></span>)}.
        </p>
      )}
      <p className="muted small">
        {page.total.exact ? "" : "About "}
        {page.total.value} {nounFor(page.total.value, "change")} · <a href={feedHref}>Atom feed of these changes</a>
      </p>
      {page.rows.length === 0 && page.total.value > 0 ? (
        <p className="empty">
          Page {search.page} is past the last page of these changes.{" "}
          <Link href={`/changes${serializeChangeSearch(search, { page: 1 })}`}>Go to the first page</Link>
        </p>
      ) : page.rows.length === 0 && serializeChangeSearch(search, { page: 1 }) ? (
        <p className="empty">No list changes match these filters. <Link href="/changes">Clear filters</Link></p>
      ) : page.rows.length === 0 ? (
        // A first version records every listing it holds, so no change at all means no list was imported.
        <p className="empty">
          No official list has been imported yet. Changes appear here once versions of the OFAC, EU or UN lists are
          loaded (<code>npm run import</code>, described in the README).
        </p>
      ) : (
        <ChangesTable rows={page.rows} />
      )}
      {(page.pageCount > 1 || search.page > 1) && (
        <nav aria-label="Pages" className="muted small">
          {search.page > 1 && <Link href={`/changes${serializeChangeSearch(search, { page: search.page - 1 })}`}>Previous page</Link>}{" "}
          Page {search.page} of {page.pageCount}{" "}
          {search.page < page.pageCount && <Link href={`/changes${serializeChangeSearch(search, { page: search.page + 1 })}`}>Next page</Link>}
        </nav>
      )}
    </>
  );
}

function ChangeFilters({ search, targets }: { search: ChangeSearch; targets: { id: number; name: string }[] }) {
  return (
    // A client navigation once hydrated, keyed by the filters: after Clear or Back the form is
    // mounted afresh with the address's values (a kept form would show the filters last chosen).
    <Form key={serializeChangeSearch(search, { page: 1 })} className="filters-form" action="/changes" aria-label="Filter changes">
      <label>
        Kind
        <select name="kind" defaultValue={search.kind[0] ?? ""}>
          <option value="">Any</option>
          {CHANGE_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
        </select>
      </label>
      <label>
        Jurisdiction
        <select name="jurisdiction" defaultValue={search.jurisdiction[0] ?? ""}>
          <option value="">Any</option>
          {Object.entries(JURISDICTION_LABELS).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
        </select>
      </label>
      <label>
        List
        <select name="source" defaultValue={search.source[0] ?? ""}>
          <option value="">Any</option>
          {Object.entries(LIST_SOURCES).map(([k, info]) => <option key={k} value={k as ListSource}>{info.label}</option>)}
        </select>
      </label>
      <label>
        Programme codes (comma-separated)
        <input name="programme" defaultValue={search.programme.join(",")} placeholder="e.g. IRAN-HR,SDGT" />
      </label>
      <ChangeTargetPicker initial={targets} />
      <button type="submit">Apply</button>
      <Link href="/changes">Clear</Link>
    </Form>
  );
}
