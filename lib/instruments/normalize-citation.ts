// One spelling per legal instrument, so "Executive Order 13553", "EO 13553" and
// "E.O.13553" are recorded, filtered and counted as the same instrument.
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^(?:executive\s+order|e\.?\s*o\.?)\s*(?:no\.?\s*)?(\d{4,5})$/i, (m) => `E.O. ${m[1]}`],
  [/^(?:unscr|(?:un(?:sc)?\s+)?(?:security\s+council\s+)?resolution)\s*(?:no\.?\s*)?(\d{3,4})(?:\s*\(\d{4}\))?$/i, (m) => `UNSCR ${m[1]}`],
  [/^(?:council\s+)?regulation\s*\((eu|ec)\)\s*(?:no\.?\s*)?(\d+\/\d{4}|\d{4}\/\d+)$/i, (m) => `Regulation (${m[1].toUpperCase()}) ${m[2]}`],
  [/^(?:council\s+)?decision\s*(?:\(cfsp\)\s*)?(\d{4}\/\d+)(?:\/cfsp)?$/i, (m) => `Decision (CFSP) ${m[1]}`],
];

export function normalizeCitation(raw: string): string {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  for (const [pattern, format] of PATTERNS) {
    const match = text.match(pattern);
    if (match) return format(match);
  }
  return text;
}
