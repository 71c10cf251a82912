"use client";
// Lets client components keep their state in the URL (nuqs) under the App Router. Placed
// around the components that need it rather than in the root layout.
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";

export function UrlStateProvider({ children }: { children: ReactNode }) {
  return <NuqsAdapter>{children}</NuqsAdapter>;
}
