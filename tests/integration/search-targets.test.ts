import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { searchTargets } from "../../lib/targets/search-targets";
import { createOwnDatabase } from "../helpers/db";

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
const ids: Record<string, number> = {};

async function addTarget(db: Db, slug: string, name: string, aliases: string[] = []) {
  const target = await db.target.create({
    data: { slug, name, kind: "PERSON", aliases: { create: [name, ...aliases].map((alias, i) => ({ alias, kind: i ? "SPELLING" : "PRIMARY" })) } },
  });
  ids[slug] = target.id;
}

beforeAll(async () => {
  own = await createOwnDatabase();
  await addTarget(own.db, "assadi", "Assadollah Assadi");
  await addTarget(own.db, "mohseni", "MOHSENI-EJEI, Qolam-Hossein");
  await addTarget(own.db, "quds", "IRGC-Qods Force");
  await addTarget(own.db, "soleimani", "Qasem Soleimani");
  await addTarget(own.db, "moslehi", "MOSLEHI, Heydar");
  await addTarget(own.db, "khatib", "Esmail Khatib", ["KHATIB, Esmail"]);
  await addTarget(own.db, "mois", "Ministry of Intelligence and Security", ["Vezarat-e Ettela’at va Amniat-e Keshvar"]);
  await addTarget(own.db, "irgc", "Islamic Revolutionary Guard Corps");
  await addTarget(own.db, "shamkhani", "Ali Shamkhani");
  await addTarget(own.db, "adar", "Yosef Adar");
  await addTarget(own.db, "nioc", "National Iranian Oil Company", ["N.I.O.C."]);
  await addTarget(own.db, "unrelated", "Bank Markazi Jomhouri Islami Iran");
});
afterAll(() => own.drop());

describe("target type-ahead across spellings", () => {
  it.each([
    ["Asadi", "assadi"],
    ["assadollah", "assadi"],
    ["Mohseni-Ejehi", "mohseni"],
    ["mohseni ejei", "mohseni"],
    ["Gholam-Hossein Mohseni", "mohseni"],
    ["Quds Force", "quds"],
    ["qods", "quds"],
    ["Ghasem Suleimani", "soleimani"],
    ["Qassem Soleimani", "soleimani"],
    ["Heidar Moslehi", "moslehi"],
    ["haidar", "moslehi"],
    ["Ismail Khatib", "khatib"],
    ["ÉSMAIL khatîb", "khatib"],
    // An apostrophe stands for a letter; it does not split the word.
    ["Etelaat", "mois"],
    ["ettelaat", "mois"],
    ["Ettela'at", "mois"],
    // A plural names the singular, as a whole word.
    ["Revolutionary Guards", "irgc"],
    ["guards corps", "irgc"],
    // Letters joined by dots are one word, with or without them.
    ["NIOC", "nioc"],
    ["n.i.o.c", "nioc"],
    ["I.R.G.C.-Qods", "quds"],
  ])("finds %j", async (query, slug) => {
    const matches = await searchTargets(query, 10, own.db);
    expect(matches.map((m) => m.id)).toContain(ids[slug]);
    expect(matches.map((m) => m.id)).not.toContain(ids.unrelated);
  });

  it("drops a plural s only to match a whole word, not the start of a longer one", async () => {
    // "Shams" (shms) without its s is "shm", the start of "Shamkhani" (shmkn): not a plural of it.
    expect((await searchTargets("Shams", 10, own.db)).map((m) => m.id)).not.toContain(ids.shamkhani);
    expect((await searchTargets("Shamkh", 10, own.db)).map((m) => m.id)).toContain(ids.shamkhani);
  });

  it("reads a final s as a plural only where English plurals end so (es, or a consonant and s), not a name's own", async () => {
    // "Idris" (adrs) is no plural of "Adar" (adr); "Guards" is of "Guard".
    expect((await searchTargets("Idris", 10, own.db)).map((m) => m.id)).not.toContain(ids.adar);
    expect((await searchTargets("Adars", 10, own.db)).map((m) => m.id)).toContain(ids.adar);
  });

  it("puts the exact name first and reports which alias matched", async () => {
    const [first] = await searchTargets("KHATIB, Esmail", 10, own.db);
    expect(first).toMatchObject({ id: ids.khatib, name: "Esmail Khatib", matchedAlias: "KHATIB, Esmail" });
  });

  it("ignores queries too short to mean anything", async () => {
    expect(await searchTargets("q", 10, own.db)).toEqual([]);
    // Punctuation alone folds to nothing, which must not match every name with a space in it.
    for (const query of ["__", "%%", "- -", "اطلاعات"]) expect(await searchTargets(query, 10, own.db), query).toEqual([]);
  });
});
