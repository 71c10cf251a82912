"use client";
import { useEffect, useEffectEvent, useId, useState } from "react";
import styles from "./actions-explorer.module.css";

/** How long typing must pause before the search applies. */
const TYPING_PAUSE_MS = 400;

/**
 * The free-text search box. What is typed applies after a pause as one change of the URL (text
 * and page together), so a search is one history entry; nuqs would debounce each key on its own,
 * pushing one entry per key. The box follows the URL when that changes (back/forward, clearing).
 */
export function TextFilter({ q, onApply }: { q: string; onApply: (q: string) => void }) {
  const id = useId();
  const [typed, setTyped] = useState(q);
  const [shown, setShown] = useState(q);
  if (q !== shown) {
    setShown(q);
    setTyped(q);
  }
  const apply = useEffectEvent(onApply);
  useEffect(() => {
    if (typed === q) return;
    const timer = setTimeout(() => apply(typed), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, q]);

  return (
    <div className={styles.field}>
      <label htmlFor={`${id}-q`}>Search</label>
      <input
        id={`${id}-q`}
        type="search"
        placeholder="Targets, grounds, quotes…"
        value={typed}
        maxLength={200}
        onChange={(e) => setTyped(e.target.value)}
      />
    </div>
  );
}
