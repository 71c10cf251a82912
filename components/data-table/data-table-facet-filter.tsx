"use client";
import { useId, useRef, useState } from "react";
import { useDismissableDetails } from "./use-dismissable-details";
import styles from "./data-table.module.css";

export interface FacetOption<TValue extends string | number> {
  value: TValue;
  label: string;
  /** Longer text, shown on hover and read by screen readers. */
  description?: string;
}

interface FacetFilterProps<TValue extends string | number> {
  label: string;
  options: readonly FacetOption<TValue>[];
  selected: readonly TValue[];
  onChange: (values: TValue[]) => void;
}

// Long lists (instruments, authorities from official lists) get a box that narrows them.
const SEARCHABLE_FROM = 12;

/** A dropdown of checkboxes; the summary says how many values are chosen. */
export function FacetFilter<TValue extends string | number>({ label, options, selected, onChange }: FacetFilterProps<TValue>) {
  const [narrow, setNarrow] = useState("");
  const ref = useRef<HTMLDetailsElement>(null);
  useDismissableDetails(ref);
  const searchId = useId();
  const shown = narrow
    ? options.filter((o) => `${o.label} ${o.description ?? ""}`.toLowerCase().includes(narrow.toLowerCase()))
    : options;
  const toggle = (value: TValue, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <details ref={ref} className={styles.menu} data-active={selected.length > 0 || undefined}>
      <summary>
        {label}
        {selected.length > 0 && <span className={styles.count}> ({selected.length})</span>}
      </summary>
      <fieldset className={styles.menuPanel}>
        <legend className="visually-hidden">{label}</legend>
        {options.length >= SEARCHABLE_FROM && (
          <>
            <label htmlFor={searchId} className="visually-hidden">
              Narrow the {label.toLowerCase()} list
            </label>
            <input
              id={searchId}
              type="search"
              placeholder="Narrow the list…"
              value={narrow}
              onChange={(e) => setNarrow(e.target.value)}
            />
          </>
        )}
        <div className={styles.options}>
          {shown.map((option) => (
            <label key={option.value} className={styles.check} title={option.description}>
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
              {option.label}
            </label>
          ))}
          {shown.length === 0 && <p className={styles.muted}>Nothing matches.</p>}
        </div>
        {selected.length > 0 && (
          <button type="button" className={styles.linkButton} onClick={() => onChange([])}>
            Clear {label.toLowerCase()}
          </button>
        )}
      </fieldset>
    </details>
  );
}
