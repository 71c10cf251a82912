import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { parseRouteId } from "./parse-route-id";

/**
 * The record a detail page (/targets/12) is about, or the not-found page (for a record deleted
 * after proxy.ts checked it). `cache` lets the page and its metadata share one lookup.
 */
export function createRouteRecordLoader<T>(load: (id: number) => Promise<T | null>) {
  const loadOnce = cache(load);
  return async (params: Promise<{ id: string }>): Promise<T> => {
    await connection();
    const id = parseRouteId((await params).id);
    const record = id === null ? null : await loadOnce(id);
    if (!record) notFound();
    return record;
  };
}
