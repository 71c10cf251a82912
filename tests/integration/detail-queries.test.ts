// Reads the shared seeded database only.
import { describe, expect, it } from "vitest";
import { getAction } from "../../lib/actions/get-action";
import { listActions } from "../../lib/actions/list-actions";
import { getDocument } from "../../lib/documents/get-document";
import { listDocuments } from "../../lib/documents/list-documents";
import { segmentText } from "../../lib/documents/segment-text";
import { getTarget } from "../../lib/targets/get-target";
import { listRelatedTargets } from "../../lib/targets/list-related-targets";
import { listTargetActions, targetActionSearch } from "../../lib/targets/list-target-actions";
import { useSharedDb } from "../helpers/db";

const db = useSharedDb();
const targetId = async (slug: string) => (await db.target.findUniqueOrThrow({ where: { slug } })).id;
const actionId = async (slug: string) => (await db.sanctionAction.findUniqueOrThrow({ where: { slug } })).id;

describe("getAction", () => {
  it("returns every field, the targets, the instruments and each quote with its document", async () => {
    const action = await getAction(await actionId("us-treasury-designates-mois-2012"), db);
    expect(action).toMatchObject({
      kind: "DESIGNATION",
      status: "IN_FORCE",
      jurisdiction: "US",
      origin: "ARTICLE",
      dateText: "in 2012",
      datePrecision: "YEAR",
      groundCategories: ["HUMAN_RIGHTS", "TERRORISM", "SYRIA_SUPPORT"],
      authority: { slug: "us-treasury" },
    });
    expect(action!.dateStart!.toISOString().slice(0, 10)).toBe("2012-01-01");
    expect(action!.targets.map((t) => t.target.name)).toEqual(["Ministry of Intelligence and Security"]);
    expect(action!.instruments.map((i) => i.instrument.citation)).toEqual(["E.O. 13553"]);
    expect(action!.evidence).toHaveLength(5);
    expect(new Set(action!.evidence.map((e) => e.document.title)).size).toBe(3);
    for (const e of action!.evidence) {
      const { text } = await db.sourceDocument.findUniqueOrThrow({ where: { id: e.documentId } });
      expect(text.slice(e.startOffset, e.endOffset)).toBe(e.quote);
    }
  });

  it("returns null for an id that does not exist", async () => {
    expect(await getAction(2_147_483_647, db)).toBeNull();
  });
});

describe("getTarget", () => {
  it("returns the aliases and the relations in both directions", async () => {
    const mois = await getTarget(await targetId("mois"), db);
    expect(mois!.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(["MOIS", "VEVAK", "Ministry of Intelligence and Security"]));
    expect(mois!.relationsTo.map((r) => `${r.from.name} ${r.kind}`)).toEqual(
      expect.arrayContaining(["Mahmoud Alavi FORMERLY_HEADED", "Esmail Khatib HEADS"]),
    );
    const qudsForce = await getTarget(await targetId("quds-force"), db);
    expect(qudsForce!.relationsFrom.map((r) => `${r.kind} ${r.to.name}`)).toEqual(["PART_OF Islamic Revolutionary Guard Corps"]);
    expect(qudsForce!.relationsTo.map((r) => `${r.from.name} ${r.kind}`)).toEqual(["Qasem Soleimani HEADS"]);
  });

  it("returns null for an id that does not exist", async () => {
    expect(await getTarget(2_147_483_647, db)).toBeNull();
  });
});

describe("listTargetActions", () => {
  it("includes the Bush-era Soleimani / Quds Force action on the IRGC's page, through the Quds Force", async () => {
    const { rows } = await listTargetActions(await targetId("irgc"), db);
    const soleimani = rows.find((r) => r.slug === "us-bush-sanctions-soleimani-quds-force");
    expect(soleimani?.via).toMatchObject({ targetName: "IRGC Quds Force", depth: 1 });
    expect(soleimani!.via.path.map((s) => `${s.from.name} ${s.kind} ${s.to.name}`)).toEqual([
      "IRGC Quds Force PART_OF Islamic Revolutionary Guard Corps",
    ]);
    const direct = rows.find((r) => r.slug === "us-trump-sanctions-irgc-2017-terrorism");
    expect(direct?.via).toMatchObject({ depth: 0, path: [] });
  });

  it("includes the two previous ministers on the MOIS page, through FORMERLY_HEADED, and the Alavi proposal", async () => {
    const { rows } = await listTargetActions(await targetId("mois"), db);
    const ministers = rows.find((r) => r.slug === "us-obama-sanctions-two-former-mois-ministers");
    expect(ministers!.via.path.map((s) => `${s.from.name} ${s.kind}`)).toEqual(["Two previous MOIS ministers FORMERLY_HEADED"]);
    expect(rows.find((r) => r.slug === "proposal-us-sanction-alavi")?.via.path[0].kind).toBe("FORMERLY_HEADED");
  });

  it("follows chains of relations: Soleimani heads the Quds Force, part of the IRGC", async () => {
    const irgc = await targetId("irgc");
    const related = await listRelatedTargets(irgc, db);
    expect(related.get(irgc)).toEqual({ depth: 0, path: [] });
    const soleimani = related.get(await targetId("qasem-soleimani"));
    expect(soleimani?.depth).toBe(2);
    expect(soleimani!.path.map((s) => `${s.from.name} ${s.kind} ${s.to.name}`)).toEqual([
      "Qasem Soleimani HEADS IRGC Quds Force",
      "IRGC Quds Force PART_OF Islamic Revolutionary Guard Corps",
    ]);
    // Relations point from the unit or official to the body: MOIS is not "related" to the IRGC.
    expect(related.has(await targetId("mois"))).toBe(false);
  });

  it("lists the same actions as the explorer link, oldest first and undated last", async () => {
    for (const slug of ["mois", "irgc", "quds-force", "qasem-soleimani"]) {
      const id = await targetId(slug);
      const { rows, total } = await listTargetActions(id, db);
      const explorer = await listActions({ ...targetActionSearch(id), perPage: 100 }, db);
      expect(rows.map((r) => r.id).sort(), slug).toEqual(explorer.rows.map((r) => r.id).sort());
      expect(total).toEqual({ value: rows.length, exact: true });
      const keys = rows.map((r) => r.dateStart ?? r.dateEnd);
      const firstUndated = keys.findIndex((k) => k === null);
      const dated = (firstUndated === -1 ? keys : keys.slice(0, firstUndated)) as Date[];
      expect(dated.every((d, i) => i === 0 || dated[i - 1] <= d), slug).toBe(true);
      if (firstUndated !== -1) expect(keys.slice(firstUndated).every((k) => k === null), slug).toBe(true);
    }
  });

  it("cites the documents the actions' evidence comes from, with their counts", async () => {
    const id = await targetId("irgc");
    const { rows, sources } = await listTargetActions(id, db);
    const evidence = await db.evidence.findMany({ where: { actionId: { in: rows.map((r) => r.id) } } });
    expect(sources.reduce((n, s) => n + s.evidence, 0)).toBe(evidence.length);
    expect(sources.map((s) => s.id).sort()).toEqual([...new Set(evidence.map((e) => e.documentId))].sort());
  });
});

describe("documents", () => {
  it("getDocument returns the text and every evidence span in it", async () => {
    const { id } = await db.sourceDocument.findUniqueOrThrow({ where: { slug: "us-should-sanction-minister" } });
    const doc = await getDocument(id, db);
    expect(doc!.evidence).toHaveLength(await db.evidence.count({ where: { documentId: id } }));
    // Two actions rest on the same sentence, and both are kept.
    const shared = doc!.evidence.filter((e) => e.startOffset === 773 && e.endOffset === 877);
    expect(new Set(shared.map((e) => e.action.id)).size).toBe(2);
    const segments = segmentText(doc!.text, doc!.evidence.map((e) => ({ id: e.id, start: e.startOffset, end: e.endOffset })));
    expect(segments.map((s) => s.text).join("")).toBe(doc!.text);
    expect(new Set(segments.flatMap((s) => s.spanIds)).size).toBe(doc!.evidence.length);
    expect(await getDocument(2_147_483_647, db)).toBeNull();
  });

  it("listDocuments counts each document's evidence", async () => {
    const documents = await listDocuments(db);
    expect(documents).toHaveLength(await db.sourceDocument.count());
    for (const d of documents) expect(d.evidence, d.title).toBe(await db.evidence.count({ where: { documentId: d.id } }));
    expect(documents.find((d) => d.title.startsWith("Iranian Intelligence Claims"))?.evidence).toBe(0);
  });
});
