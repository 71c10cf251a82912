// A small dataset of actions for the chart and comparison tests, written to a test's own
// database, and kept as plain rows so that tests can compute expected counts independently.
import { groundSet } from "../../lib/actions/ground-set";
import type { Db } from "../../lib/db/client";
import type { ActionKind, ActionStatus, DatePrecision, GroundCategory, Jurisdiction } from "../../lib/generated/prisma/enums";

export interface FixtureAction {
  slug: string;
  jurisdiction: Jurisdiction;
  kind: ActionKind;
  status: ActionStatus;
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  targets: string[];
  grounds: GroundCategory[];
  instruments: string[];
}

/** Child → parent: Unit is part of Org, Official heads Unit (two levels under Org). */
export const FIXTURE_RELATIONS = [
  { from: "unit", to: "org", kind: "PART_OF" },
  { from: "official", to: "unit", kind: "HEADS" },
] as const;

export const FIXTURE_TARGETS = ["org", "unit", "official", "loner", "xray", "echo"];
export const FIXTURE_INSTRUMENTS = { "i-us": "US" as Jurisdiction, "i-eu": "EU" as Jurisdiction };

const act = (
  slug: string, jurisdiction: Jurisdiction, precision: DatePrecision, start: string | null, end: string | null,
  targets: string[], grounds: GroundCategory[] = [], instruments: string[] = [], extra: Partial<FixtureAction> = {},
): FixtureAction => ({ slug, jurisdiction, kind: "DESIGNATION", status: "IN_FORCE", start, end, precision, targets, grounds, instruments, ...extra });

export const FIXTURE_ACTIONS: FixtureAction[] = [
  act("us-day-2015", "US", "DAY", "2015-03-10", "2015-03-10", ["org"], ["TERRORISM"], ["i-us"]),
  act("us-year-2015", "US", "YEAR", "2015-01-01", "2015-12-31", ["unit"], ["TERRORISM", "HUMAN_RIGHTS"], ["i-us"]),
  act("us-month-2016", "US", "MONTH", "2016-05-01", "2016-05-31", ["official", "unit"], [], [], { status: "LIFTED" }),
  act("us-span-bush", "US", "SPAN", "2001-01-20", "2009-01-20", ["org"], ["PROLIFERATION"], ["i-us"]),
  act("us-open-start", "US", "SPAN", null, "2021-09-30", ["loner"], ["HUMAN_RIGHTS"], ["i-us"]),
  act("us-unknown", "US", "UNKNOWN", null, null, ["unit"], ["TERRORISM"]),
  act("eu-day-2015", "EU", "DAY", "2015-04-01", "2015-04-01", ["org"], ["HUMAN_RIGHTS"], ["i-eu"]),
  act("eu-year-2012", "EU", "YEAR", "2012-01-01", "2012-12-31", ["official"], ["HUMAN_RIGHTS"], ["i-eu"]),
  act("eu-unknown", "EU", "UNKNOWN", null, null, ["loner"]),
  act("us-day-xray", "US", "DAY", "2019-01-01", "2019-01-01", ["xray"], ["CYBER"]),
  act("eu-day-xray", "EU", "DAY", "2019-03-01", "2019-03-01", ["xray"], ["CYBER", "HUMAN_RIGHTS"], ["i-eu"]),
  act("eu-day-echo", "EU", "DAY", "2020-02-02", "2020-02-02", ["echo"], ["HUMAN_RIGHTS"]),
  act("un-day-2016", "UN", "DAY", "2016-06-06", "2016-06-06", ["loner"], ["CYBER"]),
  act("eu-span-2014-2017", "EU", "SPAN", "2014-06-01", "2017-02-28", ["echo"], ["TERRORISM"], ["i-eu"]),
  act("eu-delisting-2016", "EU", "DAY", "2016-09-09", "2016-09-09", ["official"], ["HUMAN_RIGHTS"], ["i-eu"], { kind: "DELISTING", status: "LIFTED" }),
  act("us-proposal", "US", "SPAN", "2018-01-01", "2019-12-31", ["loner"], ["TERRORISM"], [], { kind: "PROPOSAL", status: "PROPOSED" }),
  act("eu-proposal", "EU", "UNKNOWN", null, null, ["org"], ["HUMAN_RIGHTS"], [], { kind: "PROPOSAL", status: "PROPOSED" }),
];

/** Writes the fixture; returns the ids of targets and instruments by slug. */
export async function insertChartFixture(db: Db) {
  const authorities = new Map<Jurisdiction, number>();
  for (const j of ["US", "EU", "UN"] as Jurisdiction[]) {
    const a = await db.authority.create({ data: { slug: `auth-${j}`, name: `Authority ${j}`, jurisdiction: j, kind: "NATIONAL_GOVERNMENT" } });
    authorities.set(j, a.id);
  }
  const targets: Record<string, number> = {};
  for (const slug of FIXTURE_TARGETS) {
    const t = await db.target.create({ data: { slug, name: `Target ${slug}`, kind: "ORGANISATION", aliases: { create: { alias: `Target ${slug}`, kind: "PRIMARY" } } } });
    targets[slug] = t.id;
  }
  for (const r of FIXTURE_RELATIONS) {
    await db.targetRelation.create({ data: { fromId: targets[r.from], toId: targets[r.to], kind: r.kind } });
  }
  const instruments: Record<string, number> = {};
  for (const [citation, jurisdiction] of Object.entries(FIXTURE_INSTRUMENTS)) {
    instruments[citation] = (await db.legalInstrument.create({ data: { citation, kind: "OTHER", jurisdiction } })).id;
  }
  for (const a of FIXTURE_ACTIONS) {
    await db.sanctionAction.create({
      data: {
        slug: a.slug, kind: a.kind, status: a.status, jurisdiction: a.jurisdiction, authorityId: authorities.get(a.jurisdiction) as number,
        summary: a.slug, dateStart: a.start ? new Date(a.start) : null, dateEnd: a.end ? new Date(a.end) : null,
        datePrecision: a.precision, groundCategories: groundSet(a.grounds),
        targets: { create: a.targets.map((t) => ({ targetId: targets[t] })) },
        instruments: { create: a.instruments.map((i) => ({ instrumentId: instruments[i] })) },
      },
    });
  }
  return { targets, instruments };
}

/** Actions the table shows by default: no proposals. */
export const visibleByDefault = () => FIXTURE_ACTIONS.filter((a) => a.kind !== "PROPOSAL");
