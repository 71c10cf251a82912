"use client";
import { useEffect } from "react";

/**
 * Puts `href` in the address bar in place of the current address, without another server
 * render: a page that dropped parameters it could not use shows the address of what it applied,
 * so the note naming them does not come back with the next change of filter, and a shared link
 * is one that works.
 */
export function ReplaceAddress({ href }: { href: string }) {
  useEffect(() => {
    window.history.replaceState(window.history.state, "", href + window.location.hash);
  }, [href]);
  return null;
}
