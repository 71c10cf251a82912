"use client";
// Type-ahead over every name and alias of every target (matching happens in PostgreSQL via
// /api/targets), as an ARIA 1.2 combobox: arrows move, Enter adds, Escape closes.
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { TARGET_KIND_LABELS } from "@/lib/actions/labels";
import type { TargetMatch } from "@/lib/targets/search-targets";
import { TARGET_QUERY_MAX_LENGTH } from "@/lib/targets/target-query";
import styles from "./actions-explorer.module.css";

const MIN_LENGTH = 2;
const DELAY_MS = 200;

type Lookup = { state: "idle" | "loading" | "error" } | { state: "done"; query: string; matches: TargetMatch[] };

export function TargetFilter({ onAdd, exclude }: { onAdd: (target: TargetMatch) => void; exclude: readonly number[] }) {
  const id = useId();
  const [text, setText] = useState("");
  const [lookup, setLookup] = useState<Lookup>({ state: "idle" });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const query = text.trim();
    if (query.length < MIN_LENGTH) {
      setLookup({ state: "idle" });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLookup({ state: "loading" });
      try {
        const response = await fetch(`/api/targets?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { targets: TargetMatch[] };
        setLookup({ state: "done", query, matches: body.targets });
        setActive(-1);
      } catch (error) {
        if (!controller.signal.aborted) setLookup({ state: "error" });
        if (!(error instanceof DOMException)) console.error(error);
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const matches = lookup.state === "done" ? lookup.matches.filter((m) => !exclude.includes(m.id)) : [];
  const expanded = open && matches.length > 0;

  function choose(match: TargetMatch) {
    onAdd(match);
    setText("");
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (matches.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + matches.length) % matches.length);
    } else if (event.key === "Enter" && expanded) {
      event.preventDefault();
      choose(matches[Math.max(active, 0)]);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className={styles.combo}>
      <label htmlFor={`${id}-input`}>Target</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Any spelling, e.g. Qods Force"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-status`}
        maxLength={TARGET_QUERY_MAX_LENGTH}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Matching targets" className={styles.listbox} hidden={!expanded}>
        {matches.map((match, i) => (
          <li
            key={match.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            // mousedown would blur the input and close the list before the click lands
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(match)}
          >
            <span>{match.name}</span>
            <span className={styles.muted}>
              {TARGET_KIND_LABELS[match.kind]}
              {match.matchedAlias && <> · matched “{match.matchedAlias}”</>}
            </span>
          </li>
        ))}
      </ul>
      <span id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {lookup.state === "loading" && "Searching…"}
        {lookup.state === "error" && "The target search failed; try again."}
        {lookup.state === "done" && `${matches.length} matching targets`}
      </span>
      {open && lookup.state === "done" && matches.length === 0 && (
        <p className={styles.comboNote}>No target matches “{lookup.query}”.</p>
      )}
      {lookup.state === "error" && <p className={styles.comboNote}>The target search failed; try again.</p>}
    </div>
  );
}
