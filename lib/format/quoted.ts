/**
 * A quote set in quotation marks for running text, unless it opens with one of its own (a quote of
 * someone's words: “If [the U.S.] wants…”), which would read doubled. The quote itself is verbatim.
 */
export function quoted(quote: string): string {
  return /^["“‘'«]/.test(quote) ? quote : `“${quote}”`;
}
