// Persian and Arabic names with the transliteration variants analysts meet in official
// lists (Qasem/Ghasem, Soleimani/Suleimani, Assadi/Asadi), and organisation names.
import type { Random } from "./synthetic-random";

// Each entry lists spellings of one name; the first is the canonical one.
const GIVEN = [
  ["Qasem", "Ghasem", "Kasem"], ["Mohammad", "Mohamad", "Muhammad", "Mohammed"], ["Ali"], ["Hossein", "Hosein", "Hussein"],
  ["Mahmoud", "Mahmud"], ["Esmail", "Ismail", "Esmaeil"], ["Gholam", "Qolam"], ["Heydar", "Heidar", "Haidar"],
  ["Reza"], ["Mehdi", "Mahdi"], ["Abbas"], ["Javad", "Jawad"], ["Hassan", "Hasan"], ["Saeed", "Said", "Saeid"],
  ["Majid"], ["Ahmad", "Ahmed"], ["Yousef", "Yusuf", "Youssef"], ["Fatemeh", "Fatima"], ["Zahra"], ["Masoud", "Masud"],
  ["Morteza", "Mortaza"], ["Amir"], ["Kazem", "Kazim"], ["Abdollah", "Abdullah"], ["Asghar", "Asqar"],
] as const;
const FAMILY = [
  ["Soleimani", "Suleimani", "Solaimani"], ["Assadi", "Asadi"], ["Mohseni-Ejei", "Mohseni-Ejehi", "Mohseni Ejei"],
  ["Alavi"], ["Khatib", "Khateeb"], ["Hosseini", "Husseini"], ["Rezaei", "Rezaie", "Rezai"], ["Ghorbani", "Qorbani"],
  ["Jafari", "Jafary"], ["Moghaddam", "Moqadam", "Mogadam"], ["Shamkhani"], ["Tehrani"], ["Karimi"], ["Ahmadi"],
  ["Mousavi", "Musavi", "Moussavi"], ["Nazari"], ["Kazemi", "Kazimi"], ["Sadeghi", "Sadeqi"], ["Heidari", "Heydari"],
  ["Zolghadr", "Zolqadr"], ["Fallahian", "Falahian"], ["Yunesi", "Younesi"], ["Esmaili", "Ismaili"], ["Vahidi"],
  ["Salehi"], ["Bagheri", "Baqeri"], ["Rahimi"], ["Ghasemi", "Qasemi"], ["Larijani"], ["Najafi"],
] as const;
const ORG_WORDS = ["Qods", "Pars", "Sepehr", "Kavoshgaran", "Arya", "Payam", "Shahid", "Fajr", "Khatam", "Nasr",
  "Sahand", "Aban", "Mehr", "Tavan", "Sanaye", "Behsaz", "Raad", "Zagros", "Alborz", "Kish"] as const;
const ORG_KINDS = ["Trading Company", "Industries", "Engineering Group", "Foundation", "Shipping Line", "Cyber Unit",
  "Directorate", "Headquarters", "Brigade", "Research Center", "Exchange", "Logistics"] as const;
const ORG_VARIANTS: Record<string, string> = { Qods: "Quds", Sepehr: "Sepehir", Khatam: "Khatam al-Anbiya",
  Sanaye: "Sanayeh", Behsaz: "Behsazan", Kavoshgaran: "Kavosh" };

export interface GeneratedName {
  name: string;
  /** Other spellings and names, each with its alias kind. */
  aliases: { alias: string; kind: "AKA" | "SPELLING" | "ACRONYM" | "FKA" }[];
}

export function generatePersonName(random: Random, serial: number): GeneratedName {
  const given = random.pick(GIVEN);
  const middle = random.chance(0.3) ? random.pick(GIVEN) : null;
  const family = random.pick(FAMILY);
  // The serial keeps a hundred thousand people distinguishable, like a list's birth year does.
  const tag = ` ${serial}`;
  const full = (g: string, m: string | null, f: string) => `${g}${m ? `-${m}` : ""} ${f}${tag}`;
  const name = full(given[0], middle?.[0] ?? null, family[0]);
  const variants = new Set<string>();
  for (let i = random.int(0, 5); i > 0; i--) {
    variants.add(full(random.pick(given), middle ? random.pick(middle) : null, random.pick(family)));
  }
  variants.delete(name);
  const aliases: GeneratedName["aliases"] = [...variants].map((alias) => ({ alias, kind: "SPELLING" }));
  if (random.chance(0.3)) aliases.push({ alias: `${family[0].toUpperCase()}, ${given[0]}${tag}`, kind: "AKA" });
  return { name, aliases: aliases.slice(0, 5) };
}

export function generateOrganisationName(random: Random, serial: number): GeneratedName {
  const word = random.pick(ORG_WORDS);
  const kind = random.pick(ORG_KINDS);
  const name = `${word} ${kind} ${serial}`;
  const aliases: GeneratedName["aliases"] = [];
  if (ORG_VARIANTS[word]) aliases.push({ alias: `${ORG_VARIANTS[word]} ${kind} ${serial}`, kind: "SPELLING" });
  if (random.chance(0.5)) {
    const acronym = `${word[0]}${kind.split(" ").map((w) => w[0]).join("")}-${serial}`.toUpperCase();
    aliases.push({ alias: acronym, kind: "ACRONYM" });
  }
  if (random.chance(0.2)) aliases.push({ alias: `${random.pick(ORG_WORDS)} ${kind} ${serial}`, kind: "FKA" });
  return { name, aliases: aliases.filter((a) => a.alias !== name) };
}
