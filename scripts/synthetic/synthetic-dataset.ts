// The rows of a synthetic dataset, generated lazily table by table so that a million
// actions stream into COPY without being held in memory. Every slug starts "synthetic-".
import { groundSet } from "../../lib/actions/ground-set";
import type { CopyValue } from "./synthetic-copy";
import { generateOrganisationName, generatePersonName } from "./synthetic-names";
import {
  ADVOCACY_ID, authorityIdsOf, generateDate, GROUND_WEIGHTS, GROUND_WORDS, INSTRUMENT_KINDS, iso, type Jurisdiction,
  JURISDICTION_WEIGHTS, KIND_WEIGHTS, SYNTHETIC_AUTHORITIES, TARGET_KIND_WEIGHTS,
} from "./synthetic-distributions";
import { createRandom, type Random } from "./synthetic-random";

export interface SyntheticSize {
  actions: number;
  targets: number;
}

type Row = readonly CopyValue[];
const SENTENCES_PER_DOCUMENT = 10;


/** Sizes of the tables that scale with the requested numbers of actions and targets. */
export function syntheticCounts({ actions, targets }: SyntheticSize) {
  return {
    instruments: Math.max(20, Math.min(2000, Math.round(actions / 500))),
    documents: Math.max(20, Math.round(actions / 50)),
    actions,
    targets,
  };
}

export function createSyntheticDataset(size: SyntheticSize, seed = 20261121) {
  const counts = syntheticCounts(size);
  const random = createRandom(seed);
  const instrumentJurisdictions: Jurisdiction[] = [];
  const instrumentsByJurisdiction: Record<Jurisdiction, number[]> = { US: [], EU: [], UK: [], UN: [] };
  const targetNames: string[] = [];
  const documentSentences: string[][] = [];

  function* authorities(): Generator<Row> {
    for (const [i, a] of SYNTHETIC_AUTHORITIES.entries()) yield [i + 1, a.slug, a.name, a.shortName, a.jurisdiction, a.kind];
  }

  function* instruments(): Generator<Row> {
    for (let id = 1; id <= counts.instruments; id++) {
      const jurisdiction = random.weighted(JURISDICTION_WEIGHTS);
      const year = random.int(1995, 2026);
      const { kind, citation } = INSTRUMENT_KINDS[jurisdiction];
      instrumentJurisdictions.push(jurisdiction);
      instrumentsByJurisdiction[jurisdiction].push(id);
      yield [id, citation(id, year), kind, jurisdiction, `Synthetic ${kind.toLowerCase().replace("_", " ")} ${id}`, iso(year, random.int(0, 11), random.int(1, 28))];
    }
  }

  function* targets(): Generator<Row> {
    for (let id = 1; id <= counts.targets; id++) {
      const { kind, name } = generateTarget(id);
      targetNames.push(name);
      yield [id, `synthetic-target-${id}`, name, kind, random.chance(0.9) ? "IR" : random.pick(["IQ", "SY", "LB", "AE"]), null];
    }
  }

  // Re-generates each target from its own seed, so aliases need no stored state.
  function* aliases(): Generator<Row> {
    let id = 1;
    for (let targetId = 1; targetId <= counts.targets; targetId++) {
      const { name, aliases } = generateTarget(targetId);
      yield [id++, targetId, name, "PRIMARY"];
      const seen = new Set([name]);
      for (const { alias, kind } of aliases) {
        if (seen.has(alias)) continue;
        seen.add(alias);
        yield [id++, targetId, alias, kind];
      }
    }
  }

  function* relations(): Generator<Row> {
    let id = 1;
    // About a third of targets belong to or serve an earlier one, as units and officials do.
    for (let fromId = 2; fromId <= counts.targets; fromId++) {
      if (!random.chance(0.35)) continue;
      const toId = 1 + Math.floor(Math.pow(random.next(), 2) * (fromId - 1));
      const kind = random.weighted({ PART_OF: 40, OFFICIAL_OF: 35, HEADS: 5, FORMERLY_HEADED: 5, CONTROLLED_BY: 10, AFFILIATED_WITH: 5 });
      yield [id++, fromId, toId, kind, null];
    }
  }

  function* documents(): Generator<Row> {
    for (let id = 1; id <= counts.documents; id++) {
      const sentences = Array.from({ length: SENTENCES_PER_DOCUMENT }, (_, k) => {
        const category = random.weighted(GROUND_WEIGHTS);
        return `Notice ${id}.${k + 1}: the listed party was sanctioned for ${random.pick(GROUND_WORDS[category])}.`;
      });
      documentSentences.push(sentences);
      const text = `${documentPrefix(id)}${sentences.join(" ")}\n`;
      const year = random.int(1990, 2026);
      yield [id, `synthetic-doc-${id}`, `Synthetic press release ${id}`, null, "Synthetic Publisher", String(year), iso(year, 0, 1), iso(year, 11, 31), "YEAR", text, `synthetic-${id}`];
    }
  }

  /** Picks a target with a long tail: a few targets appear in thousands of actions, most in a handful. */
  const popularTarget = (r: Random) => 1 + Math.floor(Math.pow(r.next(), 2) * counts.targets);

  function actionRows() {
    // Up to three targets, two instruments and three documents per action; 0 = none.
    const links = { targets: new Int32Array(counts.actions * 3), instruments: new Int32Array(counts.actions * 2), documents: new Int32Array(counts.actions * 3) };
    const store = (into: Int32Array, width: number, id: number, ids: number[]) => ids.forEach((v, k) => (into[(id - 1) * width + k] = v));
    function* linked(from: Int32Array, width: number): Generator<[number, number]> {
      for (let i = 0; i < from.length; i++) if (from[i]) yield [Math.floor(i / width) + 1, from[i]];
    }
    function* actions(): Generator<Row> {
      for (let id = 1; id <= counts.actions; id++) {
        const jurisdiction = random.weighted(JURISDICTION_WEIGHTS);
        const kind = random.weighted(KIND_WEIGHTS);
        const status = kind === "PROPOSAL" ? "PROPOSED" : kind === "DELISTING" ? "LIFTED"
          : random.weighted({ IN_FORCE: 85, LIFTED: 10, UNKNOWN: 5 });
        const authorityId = kind === "PROPOSAL" ? ADVOCACY_ID : random.pick(authorityIdsOf(jurisdiction));
        const targetIds = distinct(oneToThree(random, 0.7, 0.9), () => popularTarget(random));
        const categories = groundSet(distinct(oneToThree(random, 0.6, 0.9), () => random.weighted(GROUND_WEIGHTS)));
        const pool = instrumentsByJurisdiction[jurisdiction];
        const instrumentIds = kind === "PROPOSAL" || !pool.length ? [] : distinct(random.chance(0.7) ? 1 : 2, () => random.pick(pool));
        const documentIds = distinct(oneToThree(random, 0.6, 0.9), () => random.int(1, counts.documents));
        store(links.targets, 3, id, targetIds);
        store(links.instruments, 2, id, instrumentIds);
        store(links.documents, 3, id, documentIds);
        const date = generateDate(random);
        const grounds = categories.map((c) => random.pick(GROUND_WORDS[c])).join("; ");
        const verb = kind === "DELISTING" ? "delists" : kind === "PROPOSAL" ? "calls for sanctions on" : kind === "AMENDMENT" ? "amends the listing of" : "sanctions";
        const summary = `${SYNTHETIC_AUTHORITIES[authorityId - 1].shortName ?? SYNTHETIC_AUTHORITIES[authorityId - 1].name} ${verb} ${targetNames[targetIds[0] - 1]}${targetIds.length > 1 ? ` and ${targetIds.length - 1} other(s)` : ""}.`;
        yield [id, `synthetic-action-${id}`, kind, status, "OFFICIAL_LIST", jurisdiction, authorityId, summary,
          date.text, date.start, date.end, date.precision, null, `For ${grounds}.`, categories, "Synthetic record for load testing."];
      }
    }
    const actionTargets = () => linked(links.targets, 3);
    const actionInstruments = () => linked(links.instruments, 2);
    function* evidence(): Generator<Row> {
      let id = 1;
      for (const [actionId, documentId] of linked(links.documents, 3)) {
        const sentences = documentSentences[documentId - 1];
        const k = (actionId + documentId) % SENTENCES_PER_DOCUMENT;
        const start = documentPrefix(documentId).length + sentences.slice(0, k).reduce((n, s) => n + s.length + 1, 0);
        yield [id++, actionId, documentId, k % 2 ? "WHOLE" : "GROUNDS", sentences[k], start, start + sentences[k].length];
      }
    }
    return { actions, actionTargets, actionInstruments, evidence };
  }

  return { counts, authorities, instruments, targets, aliases, relations, documents, actionRows };
}

const documentPrefix = (id: number) => `Synthetic source document ${id}.\n\n`;

/** A target's kind, name and aliases, from its own seed. */
function generateTarget(id: number) {
  const random = createRandom(id * 7919);
  const kind = random.weighted(TARGET_KIND_WEIGHTS);
  const generated = kind === "PERSON" ? generatePersonName(random, id) : generateOrganisationName(random, id);
  return { kind, ...generated };
}

/** 1, 2 or 3 with the given cumulative probabilities of 1 and of at most 2. */
const oneToThree = (random: Random, p1: number, p2: number) => {
  const x = random.next();
  return x < p1 ? 1 : x < p2 ? 2 : 3;
};
const distinct = <T>(n: number, make: () => T): T[] => [...new Set(Array.from({ length: n }, make))];
