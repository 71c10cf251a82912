const CLOSING: Record<string, string> = { "“": "”", '"': '"', "‘": "’", "«": "»" };

/**
 * A quote set in quotation marks for running text, unless it is itself one quoted passage, from
 * its opening mark to the matching closing one (“If [the U.S.] wants…”), which would read doubled.
 * A quote that only starts or ends with quoted words gets its marks. The quote itself is verbatim.
 */
export function quoted(quote: string): string {
  const closing = CLOSING[quote[0]];
  const onePassage = closing !== undefined && quote.length > 1 && quote.endsWith(closing) && !quote.slice(1, -1).includes(closing);
  return onePassage ? quote : `“${quote}”`;
}
