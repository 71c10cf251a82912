"use client";
// The explorer's URL state. Every change is one history entry (back/forward restore views)
// and a server render (shallow: false), observed through a transition so the table can
// show that the next page is loading. Not debounced here: nuqs debounces each key apart, so a
// change of text and page would push two entries (TextFilter waits for typing to pause itself).
import { useQueryStates } from "nuqs";
import { useCallback, useTransition } from "react";
import { actionSearchParsers } from "@/lib/actions/search-params";

type SetActionSearch = ReturnType<typeof useQueryStates<typeof actionSearchParsers>>[1];
export type ActionSearchChanges = Parameters<SetActionSearch>[0];

const FILTER_KEYS = [
  "jurisdiction",
  "authority",
  "kind",
  "proposals",
  "status",
  "instrument",
  "ground",
  "target",
  "related",
  "from",
  "to",
  "within",
  "exact",
  "undated",
  "q",
] as const;

export function useActionSearch() {
  const [isPending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(actionSearchParsers, { shallow: false, history: "push", startTransition });

  /** Changes filters or the sort order, and goes back to page 1. */
  const setFilters = useCallback(
    (changes: Exclude<ActionSearchChanges, null | ((...args: never[]) => unknown)>) => setParams({ ...changes, page: null }),
    [setParams],
  );
  const clearFilters = useCallback(
    () => setParams(Object.fromEntries([...FILTER_KEYS, "page"].map((key) => [key, null]))),
    [setParams],
  );
  const hasFilters = FILTER_KEYS.some((key) => {
    const value = params[key];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });

  return { params, setParams, setFilters, clearFilters, hasFilters, isPending };
}
