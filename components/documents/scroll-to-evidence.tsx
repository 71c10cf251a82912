"use client";
import { useEffect } from "react";

/**
 * Brings the passage named in the URL (#evidence-12) into view once the page is live: the
 * browser's own jump can miss it, because the text streams in after the page shell.
 */
export function ScrollToEvidence() {
  useEffect(() => {
    const reveal = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (id.startsWith("evidence-")) document.getElementById(id)?.scrollIntoView({ block: "center" });
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, []);
  return null;
}
