// The record beside the claims, and the changes feed, on two real OFAC versions (Iran subset)
// and OFSI's 2018 Iran rows.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionDetails } from "../../components/actions/action-details";
import { ActionListEvidence, LIST_EVIDENCE_HEADING } from "../../components/official-lists/action-list-evidence";
import { getAction } from "../../lib/actions/get-action";
import { GROUND_LABELS } from "../../lib/actions/labels";
import { ChangesTable } from "../../components/official-lists/changes-table";
import { TargetClaimsRecord } from "../../components/official-lists/target-claims-record";
import type { Db } from "../../lib/db/client";
import { DEFAULT_CHANGE_SEARCH } from "../../lib/official-lists/change-search";
import { renderChangesAtom } from "../../lib/official-lists/changes-atom";
import { compareTargetClaims } from "../../lib/official-lists/compare-target-claims";
import { getActionListEvidence } from "../../lib/official-lists/get-action-list-evidence";
import { importListFiles } from "../../lib/official-lists/import-list";
import { listChanges, listChangesAsFound, programmesWithoutEntries } from "../../lib/official-lists/list-changes";
import { createSeededDatabase, listFixture } from "../helpers/official-lists";

let own: Awaited<ReturnType<typeof createSeededDatabase>>;
let db: Db;

beforeAll(async () => {
  own = await createSeededDatabase();
  db = own.db;
  const iran = (dir: string, ...files: string[]) => files.map((f) => listFixture("ofac-csv", dir, f));
  await importListFiles(own.url, { format: "OFAC_CSV", files: iran("iran-2021-07", "sdn.csv", "alt.csv"), publishedAt: "2021-07-07" });
  await importListFiles(own.url, { format: "OFAC_CSV", files: iran("iran-2024-06", "sdn.csv"), publishedAt: "2024-06-27" });
  await importListFiles(own.url, { format: "UK_OFSI_CSV", files: [listFixture("uk-ofsi", "ConList_2018-04-13_iran-hr-subset.csv")] });
}, 120_000);
afterAll(() => own.drop());

const targetId = async (slug: string) => (await db.target.findUniqueOrThrow({ where: { slug } })).id;

describe("claims and the official record", () => {
  it("confirms the articles' 2012 MOIS designation under E.O. 13553 from OFAC's IRAN-HR listing", async () => {
    const { claims, record } = await compareTargetClaims(await targetId("mois"), db);
    const ofac = record.find((r) => r.source === "OFAC_SDN")!;
    // OFAC's primary name is one of MOIS's aliases, not its primary name: an alias link, 0.9.
    expect(ofac).toMatchObject({ listId: "12111", versions: 2, current: true, matchKind: "NAME", matchConfidence: 0.9 });
    expect(ofac.matchReason).toContain('equals aka "Iranian Ministry of Intelligence and Security"');
    expect(ofac.programmes).toContain("HOSTAGES-EO14078");
    const designation = claims.find((c) => c.action.slug === "us-treasury-designates-mois-2012")!;
    expect(designation.verdict).toBe("CONFIRMED");
    expect(designation.reason).toContain("E.O. 13553");
    const proposals = claims.filter((c) => c.action.kind === "PROPOSAL");
    expect(proposals.every((c) => c.verdict === "PROPOSAL")).toBe(true);

    const html = renderToStaticMarkup(createElement(TargetClaimsRecord, { comparison: await compareTargetClaims(await targetId("mois"), db) }));
    expect(html).toContain("Confirmed by the record");
    expect(html).toContain("IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY");
    expect(html).toContain("equals aka &quot;Iranian Ministry of Intelligence and Security&quot; of the target (confidence 0.90)");
    expect(html).toContain(designation.action.evidence[0].quote.slice(0, 30));
  });

  it("shows MOSLEHI's UK listing date beside the OFAC entry for the same person", async () => {
    const moslehi = await db.listEntry.findFirstOrThrow({ where: { listId: "12202" } });
    const { record } = await compareTargetClaims(moslehi.targetId!, db);
    const uk = record.find((r) => r.source === "UK_OFSI")!;
    expect(uk.listedStart?.toISOString().slice(0, 10)).toBe("2011-10-12");
    // OFAC created "MOSLEHI, Heydar" with the alias "Heydar MOSLEHI"; OFSI's prime alias is the same name.
    expect(record.map((r) => r.source).sort()).toEqual(["OFAC_SDN", "UK_OFSI"]);
    // Primary name to primary name: the only link worth 0.95.
    expect(uk).toMatchObject({ matchKind: "NAME", matchConfidence: 0.95 });
    expect(uk.matchReason).toMatch(/^name "MOSLEHI, Heydar" equals primary "MOSLEHI, Heydar" of the target$/);
  });

  it("links OFSI's MOHSENI-EJEI, Gholam-Hossein to OFAC's entry through OFAC's own alias, saying so", async () => {
    const ofac = await db.listEntry.findFirstOrThrow({ where: { listId: "12252" } });
    const uk = await db.listEntry.findFirstOrThrow({ where: { listId: "11797" } });
    expect(uk).toMatchObject({ targetId: ofac.targetId, matchKind: "NAME", matchConfidence: 0.9 });
    expect(uk.matchReason).toBe('name "MOHSENI-EJEI, Gholam-Hossein" equals aka "MOHSENI EJEI, Gholam Hossein" of the target');
  });

  it("migration match_confidence_alias regrades links an older import made through a target's alias", async () => {
    const query = { where: { matchKind: "NAME" as const, matchReason: { startsWith: "name " } }, orderBy: { id: "asc" as const } };
    const links = await db.listEntry.findMany(query);
    expect(new Set(links.map((e) => e.matchConfidence))).toEqual(new Set([0.9, 0.95]));
    // As imports before that change left them: 0.95 for every link from an entry's primary name.
    await db.listEntry.updateMany({ where: { id: { in: links.map((e) => e.id) } }, data: { matchConfidence: 0.95 } });
    const sql = readFileSync(path.join(import.meta.dirname, "../../prisma/migrations/20261203090000_match_confidence_alias/migration.sql"), "utf8");
    await db.$executeRawUnsafe(sql);
    // The same grades as the importer gives them now.
    expect((await db.listEntry.findMany(query)).map((e) => e.matchConfidence)).toEqual(links.map((e) => e.matchConfidence));
  });
});

describe("the changes feed", () => {
  it("filters by kind, programme, list and target in SQL", async () => {
    const cyber = await listChanges({ ...DEFAULT_CHANGE_SEARCH, programme: ["CYBER2"], kind: ["DESIGNATION"] }, 50, db);
    expect(cyber.rows.map((r) => r.listId)).toEqual(["39017"]);
    const amendments = await listChanges({ ...DEFAULT_CHANGE_SEARCH, kind: ["AMENDMENT"], source: ["OFAC_SDN"] }, 50, db);
    expect(amendments.rows.map((r) => r.listId)).toContain("12111");
    const mois = await listChanges({ ...DEFAULT_CHANGE_SEARCH, target: [await targetId("mois")] }, 50, db);
    expect(mois.rows.map((r) => r.kind).sort()).toEqual(["AMENDMENT", "DESIGNATION"]);
    const uk = await listChanges({ ...DEFAULT_CHANGE_SEARCH, jurisdiction: ["UK"] }, 50, db);
    expect(uk.total).toEqual({ value: 2, exact: true });

    const html = renderToStaticMarkup(createElement(ChangesTable, { rows: cyber.rows }));
    expect(html).toContain("KHATIB, Esmail");
  });

  it("names the typed programme codes no imported entry carries, in any case the table knows", async () => {
    expect(await programmesWithoutEntries(["cyber2", "NOPE", "IRAN-HR", "sdgt2"], db)).toEqual(["NOPE", "sdgt2"]);
    expect(await programmesWithoutEntries([], db)).toEqual([]);
  });

  it("shows an amendment's evidence: the old and new entries, their versions, files and lines", async () => {
    const [amendment] = (await listChanges({ ...DEFAULT_CHANGE_SEARCH, kind: ["AMENDMENT"], target: [await targetId("mois")] }, 50, db)).rows;
    const evidence = await getActionListEvidence(amendment.id, db);
    expect(evidence.map((e) => e.entry.import.publishedAt?.toISOString().slice(0, 10)).sort()).toEqual(["2021-07-07", "2024-06-27"]);
    const html = renderToStaticMarkup(createElement(ActionListEvidence, { evidence }));
    expect(html).toContain("Entry 12111: IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY");
    expect(html).toMatch(/sdn\.csv:\d+/);
  });

  it("shows a listed action's grounds once, derived from its programmes, and its list entry as its evidence", async () => {
    const [designation] = (await listChanges({ ...DEFAULT_CHANGE_SEARCH, kind: ["DESIGNATION"], target: [await targetId("mois")] }, 50, db)).rows;
    const action = (await getAction(designation.id, db))!;
    expect(action).toMatchObject({ origin: "OFFICIAL_LIST", groundsText: null, evidence: [] });
    const details = renderToStaticMarkup(createElement(ActionDetails, { action }));
    const grounds = details.split("<dt>Grounds</dt>")[1].split("</dd>")[0];
    expect(grounds).not.toContain("None stated");
    expect(grounds).toContain("Derived from the list’s programme codes");
    for (const g of action.groundCategories) expect(grounds.split(`>${GROUND_LABELS[g]}<`)).toHaveLength(2);
    // No empty quotes section: the list entry is the evidence, in its own section.
    expect(details).not.toContain("quotes from");
    const evidence = renderToStaticMarkup(createElement(ActionListEvidence, { evidence: await getActionListEvidence(action.id, db) }));
    expect(evidence).toContain("(1 official list entry)");
    expect(evidence).toContain("IRAN-HR (Human rights)");
    expect(grounds).toContain(`href="#${LIST_EVIDENCE_HEADING}"`);
    expect(evidence).toContain(`id="${LIST_EVIDENCE_HEADING}"`);
  });

  it("feeds the changes as found, newest version first, whatever their listing dates", async () => {
    // A version published after another but listing people years before: OFAC's 2024 version
    // dates its listings "on or before 27 June 2024", the UK's (given as published in 2025) in 2011.
    const later = await createSeededDatabase();
    try {
      await importListFiles(later.url, { format: "OFAC_CSV", files: [listFixture("ofac-csv", "iran-2024-06", "sdn.csv")], publishedAt: "2024-06-27" });
      await importListFiles(later.url, {
        format: "UK_OFSI_CSV", files: [listFixture("uk-ofsi", "ConList_2018-04-13_iran-hr-subset.csv")], publishedAt: "2025-01-15",
      });
      const byListing = (await listChanges(DEFAULT_CHANGE_SEARCH, 10_000, later.db)).rows;
      const found = await listChangesAsFound(DEFAULT_CHANGE_SEARCH, 10_000, later.db);
      expect(found.map((r) => r.id).sort()).toEqual(byListing.map((r) => r.id).sort());
      const versions = found.map((r) => r.publishedAt.toISOString().slice(0, 10));
      expect(versions).toEqual([...versions].sort().reverse());
      expect(found[0].source).toBe("UK_OFSI");
      // The page, by listing date, puts them last: a feed read that way would drop them past its size.
      expect(byListing[0].source).toBe("OFAC_SDN");
      const top = await listChangesAsFound({ ...DEFAULT_CHANGE_SEARCH, jurisdiction: ["US"] }, 3, later.db);
      expect(top.map((r) => r.id)).toEqual(found.filter((r) => r.jurisdiction === "US").slice(0, 3).map((r) => r.id));
    } finally {
      await later.drop();
    }
  }, 60_000);

  it("renders an Atom feed with escaped text", async () => {
    const { rows } = await listChanges({ ...DEFAULT_CHANGE_SEARCH, target: [await targetId("mois")] }, 50, db);
    const xml = renderChangesAtom([{ ...rows[0], summary: "A <b>&</b> B" }, ...rows.slice(1)], new URL("http://x.test/changes/feed.xml?target=1"), (k) => k);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain("<title>A &lt;b&gt;&amp;&lt;/b&gt; B</title>");
    expect(xml.match(/<entry>/g)).toHaveLength(rows.length);
    const newest = Math.max(...rows.map((r) => r.publishedAt.getTime()));
    expect(xml).toContain(`<updated>${new Date(newest).toISOString()}</updated>\n  <author>`);
    // With no entry, the feed is dated when it is read (Atom requires a date; 1970 was shown).
    const empty = renderChangesAtom([], new URL("http://x.test/changes/feed.xml"), (k) => k);
    const updated = Date.parse(empty.match(/<updated>([^<]+)<\/updated>/)![1]);
    expect(Math.abs(updated - Date.now())).toBeLessThan(60_000);
  });
});
