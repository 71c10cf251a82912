// What each list's programme / regime code means: the legal instrument it rests on and the
// ground category. Reviewable on purpose: one line per code. A code missing here is kept on
// the list entry and reported by the import, never dropped; it then maps to no instrument.
import type { GroundCategory, InstrumentKind, Jurisdiction } from "../generated/prisma/enums";
import { normalizeCitation } from "../instruments/normalize-citation";

export interface ProgrammeMeaning {
  /** Normalised citation (lib/instruments/normalize-citation.ts); null when no single instrument. */
  citation: string | null;
  instrumentKind: InstrumentKind;
  grounds: GroundCategory[];
}

const eo = (n: number, ...grounds: GroundCategory[]): ProgrammeMeaning => ({
  citation: normalizeCitation(`Executive Order ${n}`),
  instrumentKind: "EXECUTIVE_ORDER",
  grounds,
});
const reg = (citation: string, kind: InstrumentKind, ...grounds: GroundCategory[]): ProgrammeMeaning => ({
  citation: normalizeCitation(citation),
  instrumentKind: kind,
  grounds,
});
const none = (...grounds: GroundCategory[]): ProgrammeMeaning => ({ citation: null, instrumentKind: "PROGRAMME", grounds });
const unscr = (n: number, ...grounds: GroundCategory[]) => reg(`UNSCR ${n}`, "UN_RESOLUTION", ...grounds);
const euReg = (n: string, ...grounds: GroundCategory[]) => reg(`Regulation (EU) ${n}`, "REGULATION", ...grounds);
const ecReg = (n: string, ...grounds: GroundCategory[]) => reg(`Regulation (EC) ${n}`, "REGULATION", ...grounds);

const US: Record<string, ProgrammeMeaning> = {
  SDGT: eo(13224, "TERRORISM"),
  "IRAN-HR": eo(13553, "HUMAN_RIGHTS"),
  NPWMD: eo(13382, "PROLIFERATION"),
  CYBER: eo(13694, "CYBER"),
  CYBER2: eo(13694, "CYBER"),
  "HRIT-IR": eo(13606, "HUMAN_RIGHTS"),
  "HOSTAGES-EO14078": eo(14078, "HOSTAGE_TAKING"),
  IFSR: reg("Iranian Financial Sanctions Regulations", "REGULATION", "ECONOMIC_PRESSURE"),
  IRAN: reg("Iranian Transactions and Sanctions Regulations", "REGULATION", "ECONOMIC_PRESSURE"),
  "IRAN-TRA": reg("Iran Threat Reduction and Syria Human Rights Act of 2012", "STATUTE", "ECONOMIC_PRESSURE"),
  "IRAN-EO13846": eo(13846, "ECONOMIC_PRESSURE"),
  "IRAN-EO13871": eo(13871, "ECONOMIC_PRESSURE"),
  "IRAN-EO13876": eo(13876, "OTHER"),
  "IRAN-EO13902": eo(13902, "ECONOMIC_PRESSURE"),
  IRGC: none("TERRORISM"),
  // The SYRIA programme rests on several orders (13338, 13399, 13572, 13573, 13582): no single one.
  SYRIA: none("SYRIA_SUPPORT"),
  "SYRIA-EO13894": eo(13894, "SYRIA_SUPPORT"),
  FTO: reg("Immigration and Nationality Act section 219", "STATUTE", "TERRORISM"),
  "ELECTION-EO13848": eo(13848, "OTHER"),
  "RUSSIA-EO14024": eo(14024, "OTHER"),
  "UKRAINE-EO13660": eo(13660, "OTHER"),
  "UKRAINE-EO13661": eo(13661, "OTHER"),
  "UKRAINE-EO13662": eo(13662, "OTHER"),
  "UKRAINE-EO13685": eo(13685, "OTHER"),
  "CMIC-EO13959": eo(13959, "OTHER"),
  GLOMAG: eo(13818, "HUMAN_RIGHTS"),
  DPRK3: eo(13722, "PROLIFERATION"),
  SDNT: reg("Foreign Narcotics Kingpin Designation Act", "STATUTE", "OTHER"),
  SDNTK: reg("Foreign Narcotics Kingpin Designation Act", "STATUTE", "OTHER"),
  CUBA: reg("Cuban Assets Control Regulations", "REGULATION", "ECONOMIC_PRESSURE"),
  "NS-PLC": none("OTHER"),
  // Iran-related statutes and orders beside the programmes above.
  ISA: reg("Iran Sanctions Act of 1996", "STATUTE", "ECONOMIC_PRESSURE"),
  IFCA: reg("Iran Freedom and Counter-Proliferation Act of 2012", "STATUTE", "ECONOMIC_PRESSURE"),
  "CAATSA - IRAN": reg("Countering America's Adversaries Through Sanctions Act", "STATUTE", "OTHER"),
  "IRAN-CON-ARMS-EO": eo(13949, "PROLIFERATION"),
  "FSE-SY": eo(13608, "OTHER"),
  "HRIT-SY": eo(13606, "HUMAN_RIGHTS"),
  HIFPAA: reg("Hizballah International Financing Prevention Amendments Act of 2018", "STATUTE", "TERRORISM"),
  "SYRIA-CAESAR": reg("Caesar Syria Civilian Protection Act of 2019", "STATUTE", "SYRIA_SUPPORT"),
  LEBANON: eo(13441, "OTHER"),
  YEMEN: eo(13611, "OTHER"),
  IRAQ2: eo(13315, "OTHER"),
  IRAQ3: eo(13438, "OTHER"),
  // Other programmes of the SDN list, so that list-wide charts name their instruments.
  DPRK: eo(13551, "PROLIFERATION"),
  DPRK2: eo(13687, "OTHER"),
  DPRK4: eo(13810, "PROLIFERATION"),
  "DPRK-NKSPEA": reg("North Korea Sanctions and Policy Enhancement Act of 2016", "STATUTE", "PROLIFERATION"),
  MAGNIT: reg("Sergei Magnitsky Rule of Law Accountability Act of 2012", "STATUTE", "HUMAN_RIGHTS"),
  UHRPA: reg("Uyghur Human Rights Policy Act of 2020", "STATUTE", "HUMAN_RIGHTS"),
  "NICARAGUA-NHRAA": reg("Nicaragua Human Rights and Anticorruption Act of 2018", "STATUTE", "HUMAN_RIGHTS"),
  "CAATSA - RUSSIA": reg("Countering America's Adversaries Through Sanctions Act", "STATUTE", "OTHER"),
  PEESA: reg("Protecting Europe's Energy Security Act of 2019", "STATUTE", "OTHER"),
  "PEESA-EO14039": eo(14039, "OTHER"),
  "RUSSIA-EO14065": eo(14065, "OTHER"),
  BALKANS: eo(13219, "OTHER"),
  "BALKANS-EO14033": eo(14033, "OTHER"),
  BELARUS: eo(13405, "OTHER"),
  "BELARUS-EO14038": eo(14038, "OTHER"),
  "BURMA-EO14014": eo(14014, "OTHER"),
  BURUNDI: eo(13712, "OTHER"),
  CAR: eo(13667, "OTHER"),
  DARFUR: eo(13400, "OTHER"),
  DRCONGO: eo(13413, "OTHER"),
  "ETHIOPIA-EO14046": eo(14046, "OTHER"),
  "HK-EO13936": eo(13936, "OTHER"),
  "ILLICIT-DRUGS-EO14059": eo(14059, "OTHER"),
  LIBYA2: eo(13566, "OTHER"),
  LIBYA3: eo(13726, "OTHER"),
  "MALI-EO13882": eo(13882, "OTHER"),
  NICARAGUA: eo(13851, "OTHER"),
  SOMALIA: eo(13536, "OTHER"),
  "SOUTH SUDAN": eo(13664, "OTHER"),
  "SUDAN-EO14098": eo(14098, "OTHER"),
  // Blocked pending investigation under the same order.
  "BPI-SUDAN-14098": eo(14098, "OTHER"),
  TCO: eo(13581, "OTHER"),
  VENEZUELA: eo(13692, "OTHER"),
  "VENEZUELA-EO13850": eo(13850, "OTHER"),
  "VENEZUELA-EO13884": eo(13884, "OTHER"),
  "WEST-BANK-EO14115": eo(14115, "OTHER"),
  // Zimbabwe rests on several orders (13288, 13391, 13469): no single one.
  ZIMBABWE: none("OTHER"),
};

const EU: Record<string, ProgrammeMeaning> = {
  IRN: euReg("267/2012", "PROLIFERATION"),
  IHR: euReg("359/2011", "HUMAN_RIGHTS"),
  TERR: ecReg("2580/2001", "TERRORISM"),
  TAQA: ecReg("881/2002", "TERRORISM"),
  SYR: euReg("36/2012", "SYRIA_SUPPORT"),
  AFG: euReg("753/2011", "OTHER"),
  LBY: euReg("2016/44", "OTHER"),
  IRQ: ecReg("1210/2003", "OTHER"),
  ZWE: ecReg("314/2004", "HUMAN_RIGHTS"),
  PRK: euReg("2017/1509", "PROLIFERATION"),
  CYB: euReg("2019/796", "CYBER"),
};

const UN: Record<string, ProgrammeMeaning> = {
  Iran: unscr(2231, "PROLIFERATION"),
  "Al-Qaida": unscr(1267, "TERRORISM"),
  Taliban: unscr(1988, "OTHER"),
  DPRK: unscr(1718, "PROLIFERATION"),
  Iraq: unscr(1518, "OTHER"),
  Libya: unscr(1970, "OTHER"),
  Somalia: unscr(751, "OTHER"),
  DRC: unscr(1533, "OTHER"),
  CAR: unscr(2127, "OTHER"),
  Yemen: unscr(2140, "OTHER"),
  SouthSudan: unscr(2206, "OTHER"),
  Sudan: unscr(1591, "OTHER"),
  GB: unscr(2048, "OTHER"),
  Haiti: unscr(2653, "OTHER"),
};

// OFSI's 2018 regimes were EU regulations applied in the UK.
const UK: Record<string, ProgrammeMeaning> = {
  "Iran (human rights)": euReg("359/2011", "HUMAN_RIGHTS"),
  "Iran (nuclear proliferation)": euReg("267/2012", "PROLIFERATION"),
  "Syria": euReg("36/2012", "SYRIA_SUPPORT"),
  "ISIL (Da'esh) and Al-Qaida": ecReg("881/2002", "TERRORISM"),
  "Terrorism and Terrorist Financing": ecReg("2580/2001", "TERRORISM"),
};

export const PROGRAMME_TABLE: Record<Jurisdiction, Record<string, ProgrammeMeaning>> = { US, EU, UN, UK };

const UK_REGIME_GROUNDS: Array<[RegExp, GroundCategory]> = [
  [/human rights/i, "HUMAN_RIGHTS"],
  [/terrorism|ISIL|Al-Qaida/i, "TERRORISM"],
  [/nuclear|chemical weapons|non-proliferation/i, "PROLIFERATION"],
  [/cyber/i, "CYBER"],
  [/syria/i, "SYRIA_SUPPORT"],
];

const KNOWN_CODES = Object.values(PROGRAMME_TABLE).flatMap((codes) => Object.keys(codes));

/**
 * The codes as the lists write them for codes typed in any case: "iran-hr" → IRAN-HR; "iran"
 * → IRAN (OFAC) and Iran (UN). A code the table does not know is kept as typed.
 */
export function spellProgrammeCodes(typed: string[]): string[] {
  const spellings = typed.flatMap((code) => [code, ...KNOWN_CODES.filter((known) => known.toUpperCase() === code.toUpperCase())]);
  return [...new Set(spellings)];
}

/** The meaning of a code, or null when the table does not know it. */
export function lookUpProgramme(jurisdiction: Jurisdiction, code: string): ProgrammeMeaning | null {
  const known = PROGRAMME_TABLE[jurisdiction][code];
  if (known) return known;
  // The UK Sanctions List names the statutory instrument itself as the regime.
  if (jurisdiction === "UK" && /\bRegulations \d{4}$/.test(code)) {
    const grounds = UK_REGIME_GROUNDS.filter(([re]) => re.test(code)).map(([, g]) => g);
    return { citation: normalizeCitation(code), instrumentKind: "STATUTORY_INSTRUMENT", grounds: grounds.length ? grounds : ["OTHER"] };
  }
  return null;
}
