const number = new Intl.NumberFormat("en-GB");

/** "1 action", "2,555 actions": a count with its noun in the right number. */
export function countNoun(count: number, one: string, other = `${one}s`): string {
  return `${number.format(count)} ${count === 1 ? one : other}`;
}

/** The noun alone, for text that shows the number itself. */
export function nounFor(count: number, one: string, other = `${one}s`): string {
  return count === 1 ? one : other;
}
