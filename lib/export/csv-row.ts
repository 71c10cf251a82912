// One CSV record as RFC 4180 writes it (CRLF, quotes doubled, fields with , " CR LF quoted),
// made safe to open in a spreadsheet: text starting with = + - @ (or tab/CR) is prefixed
// with ' so it is never run as a formula.
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** The first line of a CSV file: a byte-order mark, without which spreadsheets (Excel) misread UTF-8 names, and the header. */
export function csvHeader(values: readonly CsvValue[]): string {
  return `\uFEFF${csvRow(values)}`;
}
