// The pre-aggregated chart cells stay equal to a recount from the actions after every kind of
// write: inserts, updates of each counted column, re-linking, deletes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertChartFixture } from "../helpers/chart-fixture";
import { readChartRecounts } from "../helpers/chart-recount";
import { createOwnDatabase } from "../helpers/db";

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
let ids: Awaited<ReturnType<typeof insertChartFixture>>;

async function expectCellsToMatchRecount() {
  for (const { name, stored, recounted } of await readChartRecounts((sql) => own.db.$queryRawUnsafe<unknown[]>(sql))) {
    expect(stored, name).toEqual(recounted);
  }
}

const actionId = async (slug: string) => (await own.db.sanctionAction.findUniqueOrThrow({ where: { slug } })).id;

beforeAll(async () => {
  own = await createOwnDatabase();
  ids = await insertChartFixture(own.db);
});
afterAll(() => own.drop());

describe("pre-aggregated chart cells", () => {
  it("match a recount after the inserts", async () => {
    expect((await own.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "ChartDateCell"`))[0].n).toBeGreaterThan(5);
    await expectCellsToMatchRecount();
  });

  it("follow updates of jurisdiction, status, kind, authority, dates and grounds", async () => {
    await own.db.sanctionAction.update({ where: { slug: "us-day-2015" }, data: { jurisdiction: "UK", status: "LIFTED" } });
    await own.db.sanctionAction.update({
      where: { slug: "eu-year-2012" },
      data: { dateStart: new Date("2013-02-01"), dateEnd: new Date("2014-01-31"), datePrecision: "SPAN", groundCategories: ["CYBER"] },
    });
    await own.db.sanctionAction.update({ where: { slug: "us-proposal" }, data: { kind: "DESIGNATION", status: "IN_FORCE" } });
    await own.db.sanctionAction.updateMany({ where: { jurisdiction: "EU" }, data: { status: "UNKNOWN" } });
    const un = await own.db.authority.findFirstOrThrow({ where: { jurisdiction: "UN" } });
    await own.db.sanctionAction.update({ where: { slug: "eu-day-2015" }, data: { authorityId: un.id } });
    await expectCellsToMatchRecount();
  });

  it("follow links added and removed, evidence, and deleted actions", async () => {
    const xray = await actionId("us-day-xray");
    await own.db.actionInstrument.create({ data: { actionId: xray, instrumentId: ids.instruments["i-us"] } });
    await own.db.actionTarget.create({ data: { actionId: xray, targetId: ids.targets.echo } });
    await own.db.actionTarget.delete({ where: { actionId_targetId: { actionId: await actionId("us-month-2016"), targetId: ids.targets.official } } });
    const doc = await own.db.sourceDocument.create({ data: { slug: "doc", title: "doc", text: "words", contentHash: "h-doc" } });
    await own.db.evidence.create({ data: { actionId: xray, documentId: doc.id, field: "WHOLE", quote: "words", startOffset: 0, endOffset: 5 } });
    await own.db.evidence.create({ data: { actionId: await actionId("eu-day-echo"), documentId: doc.id, field: "WHOLE", quote: "word", startOffset: 0, endOffset: 4 } });
    await expectCellsToMatchRecount();
    await own.db.sanctionAction.delete({ where: { slug: "eu-day-xray" } });
    await own.db.sanctionAction.deleteMany({ where: { jurisdiction: "UN" } });
    await own.db.target.delete({ where: { slug: "loner" } });
    await expectCellsToMatchRecount();
  });

  it("regroup targets when relations change", async () => {
    await own.db.targetRelation.create({ data: { fromId: ids.targets.xray, toId: ids.targets.org, kind: "CONTROLLED_BY" } });
    await expectCellsToMatchRecount();
    await own.db.targetRelation.deleteMany({ where: { fromId: ids.targets.unit } });
    await expectCellsToMatchRecount();
  });
});
