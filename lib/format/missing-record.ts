/**
 * What an id in a filter is called when nothing is recorded under it: it still filters (to
 * nothing), and "Target #12" would read as a target whose name did not load.
 */
export function missingRecordName(noun: string, id: number): string {
  return `no recorded ${noun} #${id}`;
}
