"use client";
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { FacetFilter } from "@/components/data-table/data-table-facet-filter";
import { GROUND_LABELS, JURISDICTION_LABELS, KIND_LABELS, STATUS_LABELS } from "@/lib/actions/labels";
import type { FilterOptions } from "@/lib/actions/list-filter-options";
import { missingRecordName } from "@/lib/format/missing-record";
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  dateBoundProblem,
  describeDateFilter,
  GROUND_CATEGORIES,
  JURISDICTIONS,
  matchesOverlap,
} from "@/lib/actions/search-params";
import { TargetFilter } from "./target-filter";
import { TextFilter } from "./text-filter";
import styles from "./actions-explorer.module.css";
import type { useActionSearch } from "./use-action-search";

type ActionSearchState = ReturnType<typeof useActionSearch>;

interface ActionFiltersBarProps extends Pick<ActionSearchState, "params" | "setFilters" | "clearFilters" | "hasFilters"> {
  options: FilterOptions;
}

const JURISDICTION_OPTIONS = JURISDICTIONS.map((j) => ({ value: j, label: j, description: JURISDICTION_LABELS[j] }));
const KIND_OPTIONS = ACTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
const STATUS_OPTIONS = ACTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const GROUND_OPTIONS = GROUND_CATEGORIES.map((g) => ({ value: g, label: GROUND_LABELS[g] }));

export function ActionFiltersBar({ params, setFilters, clearFilters, hasFilters, options }: ActionFiltersBarProps) {
  // Names of targets picked in this session, until the server's options include them.
  const [picked, setPicked] = useState<Record<number, string>>({});
  const targetName = (targetId: number) =>
    options.targets.find((t) => t.id === targetId)?.name ?? picked[targetId] ?? missingRecordName("target", targetId);

  return (
    <section className={styles.filters} aria-label="Filters">
      <div className={styles.filterRow}>
        <TextFilter q={params.q} onApply={(q) => setFilters({ q: q || null })} />
        <TargetFilter
          exclude={params.target}
          onAdd={(target) => {
            setPicked((p) => ({ ...p, [target.id]: target.name }));
            setFilters({ target: [...params.target, target.id] });
          }}
        />
        <DateRangeFilter
          from={params.from}
          to={params.to}
          undated={params.undated}
          matching={matchesOverlap(params) ? "" : describeDateFilter(params)}
          onApply={(from, to) => setFilters({ from: from || null, to: to || null, within: null, exact: null, undated: null })}
          onUndated={(undated) => setFilters({ undated: undated || null, from: null, to: null, within: null, exact: null })}
        />
      </div>

      <div className={styles.filterRow}>
        <FacetFilter
          label="Jurisdiction"
          options={JURISDICTION_OPTIONS}
          selected={params.jurisdiction}
          onChange={(jurisdiction) => setFilters({ jurisdiction })}
        />
        <FacetFilter
          label="Authority"
          options={options.authorities.map((a) => ({ value: a.id, label: a.name, description: a.shortName ?? undefined }))}
          selected={params.authority}
          onChange={(authority) => setFilters({ authority })}
        />
        <FacetFilter label="Kind" options={KIND_OPTIONS} selected={params.kind} onChange={(kind) => setFilters({ kind })} />
        <FacetFilter label="Status" options={STATUS_OPTIONS} selected={params.status} onChange={(status) => setFilters({ status })} />
        <FacetFilter
          label="Instrument"
          options={options.instruments.map((i) => ({ value: i.id, label: i.citation, description: i.title ?? undefined }))}
          selected={params.instrument}
          onChange={(instrument) => setFilters({ instrument })}
        />
        <FacetFilter label="Grounds" options={GROUND_OPTIONS} selected={params.ground} onChange={(ground) => setFilters({ ground })} />
        <label className={styles.toggle}>
          <input
            type="checkbox"
            checked={params.proposals || params.kind.includes("PROPOSAL")}
            disabled={params.kind.includes("PROPOSAL")}
            onChange={(e) => setFilters({ proposals: e.target.checked || null })}
          />
          <span>
            Include proposals <span className={styles.muted}>(calls for action, never in force)</span>
          </span>
        </label>
        {hasFilters && (
          <button type="button" className={styles.clear} onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>

      {params.target.length > 0 && (
        <div className={styles.filterRow}>
          <ul className={styles.selectedTargets} aria-label="Targets in the filter">
            {params.target.map((targetId) => (
              <li key={targetId} className={styles.targetChip}>
                {targetName(targetId)}
                <button
                  type="button"
                  aria-label={`Remove target ${targetName(targetId)}`}
                  onClick={() => setFilters({ target: params.target.filter((t) => t !== targetId) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <label className={styles.toggle}>
            <input type="checkbox" checked={params.related} onChange={(e) => setFilters({ related: e.target.checked || null })} />
            Also actions against their officials and units
          </label>
        </div>
      )}
    </section>
  );
}

interface DateRangeFormProps {
  from: string;
  to: string;
  /** Only actions with no date at all: the range's fields then stand aside. */
  undated: boolean;
  /** How a chart's link matches the bounds, when not by overlap ("wholly within …"); "" otherwise. */
  matching: string;
  onApply: (from: string, to: string) => void;
  onUndated: (undated: boolean) => void;
  /** The control that had the focus when the range was applied, to focus again once remounted. */
  refocus: RefObject<string | null>;
}

function DateRangeFilter(props: Omit<DateRangeFormProps, "refocus">) {
  // Remounted by its key when the URL changes (back/forward, or applying), so local edits start
  // from the URL; a keyboard user who pressed Enter stays where they were.
  const refocus = useRef<string | null>(null);
  return <DateRangeForm key={`${props.from}|${props.to}|${props.matching}|${props.undated}`} {...props} refocus={refocus} />;
}

function DateRangeForm({ from, to, undated, matching, onApply, onUndated, refocus }: DateRangeFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ from, to });
  const [error, setError] = useState("");

  useEffect(() => {
    if (!refocus.current) return;
    form.current?.querySelector<HTMLElement>(`[name="${refocus.current}"]`)?.focus();
    refocus.current = null;
  }, [refocus]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const [f, t] = [values.from.trim(), values.to.trim()];
    const problems = [f, t].filter(Boolean).map(dateBoundProblem);
    if (problems.includes("format")) {
      setError("Write dates as YYYY, YYYY-MM or YYYY-MM-DD, from the year 1000.");
      return;
    }
    if (problems.includes("calendar")) {
      setError("No such date in the calendar (months run 01–12, and days to the month’s end).");
      return;
    }
    if (f && t && f.padEnd(10, "-00") > t.padEnd(10, "-99")) {
      setError("“From” must not be after “to”.");
      return;
    }
    setError("");
    // A new range changes the URL and so remounts this form (see DateRangeFilter).
    if (f !== from || t !== to) refocus.current = (document.activeElement as HTMLInputElement | null)?.name || null;
    onApply(f, t);
  }

  return (
    <form ref={form} className={styles.dateRange} onSubmit={submit}>
      <fieldset>
        <legend>Date</legend>
        {(["from", "to"] as const).map((bound) => (
          <label key={bound}>
            {bound === "from" ? "From" : "To"}
            <input
              name={bound}
              value={values[bound]}
              onChange={(e) => setValues((v) => ({ ...v, [bound]: e.target.value }))}
              placeholder="YYYY[-MM[-DD]]"
              inputMode="numeric"
              size={11}
              disabled={undated}
              aria-invalid={Boolean(error) || undefined}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            />
          </label>
        ))}
        <button type="submit" name="apply" disabled={undated}>Apply</button>
        <label className={styles.toggle}>
          <input type="checkbox" name="undated" checked={undated} aria-describedby={`${id}-hint`} onChange={(e) => {
            refocus.current = "undated";
            onUndated(e.target.checked);
          }} />
          No known date
        </label>
      </fieldset>
      <p id={`${id}-hint`} className={styles.hint}>
        {undated
          ? "Only actions with no date recorded, which no range matches."
          : matching
          ? `Only actions dated ${matching} (as the overview's charts count them); applying a range matches every date it overlaps.`
          : "An imprecise date matches a range it overlaps; unknown dates match no range."}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className={styles.fieldError}>
          {/* The fields keep what was typed; say that the rows below do not follow it. */}
          {error} Not applied: the table still shows {from || to ? `${from || "any date"} to ${to || "any date"}` : "every date"}.
        </p>
      )}
    </form>
  );
}
