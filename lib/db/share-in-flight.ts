import type { Db } from "./client";

// Work in progress, per client and key: callers asking while it runs share it; nothing is kept after.
const inFlight = new WeakMap<Db, Map<string, Promise<unknown>>>();

/**
 * `work()`'s result, shared with every caller asking for the same key on the same client while it
 * runs: the parts of one page (the table and each chart) ask for the same lookup at the same moment.
 */
export function shareInFlight<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
  const running = inFlight.get(db) ?? new Map<string, Promise<unknown>>();
  inFlight.set(db, running);
  let result = running.get(key) as Promise<T> | undefined;
  if (!result) {
    result = work().finally(() => running.delete(key));
    running.set(key, result);
  }
  return result;
}
