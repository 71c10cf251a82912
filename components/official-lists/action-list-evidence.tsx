// Where a list-derived action comes from: each list entry with its version, file and position,
// and the ground each of its programme codes gives.
import { GROUND_LABELS } from "@/lib/actions/labels";
import { countNoun } from "@/lib/format/count-noun";
import type { ActionListEvidence as Evidence } from "@/lib/official-lists/get-action-list-evidence";
import { LIST_SOURCES } from "@/lib/official-lists/list-sources";
import { lookUpProgramme } from "@/lib/official-lists/programme-table";
import type { ListSource } from "@/lib/generated/prisma/enums";

export const LIST_EVIDENCE_HEADING = "list-evidence-heading";

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "undated";

/** "IRAN-HR (Human rights)": a code with the grounds it maps to (programme-table.ts); a code the table does not know, alone. */
function describeProgramme(source: ListSource, code: string): string {
  const grounds = lookUpProgramme(LIST_SOURCES[source].jurisdiction, code)?.grounds ?? [];
  return grounds.length ? `${code} (${grounds.map((g) => GROUND_LABELS[g]).join(", ")})` : code;
}

export function ActionListEvidence({ evidence }: { evidence: Evidence }) {
  return (
    <section aria-labelledby={LIST_EVIDENCE_HEADING} data-testid="list-evidence">
      <h2 id={LIST_EVIDENCE_HEADING}>
        Evidence <span className="muted">({countNoun(evidence.length, "official list entry", "official list entries")})</span>
      </h2>
      <ul className="evidence-list">
        {evidence.map(({ entry, import: revealedBy }) => (
          <li key={entry.id}>
            <strong>{LIST_SOURCES[entry.import.source].label}</strong>, version of {iso(entry.import.publishedAt)}{" "}
            <span className="muted small">({entry.import.publishedBasis})</span>
            <div>
              Entry {entry.listId}: {entry.name} · programmes{" "}
              {entry.programmes.map((code) => describeProgramme(entry.import.source, code)).join(", ") || "none"}
              {entry.legalBasis.length > 0 && <> · legal basis {entry.legalBasis.join("; ")}</>}
              {entry.listedText && <> · listed {entry.listedText}</>}
            </div>
            <div className="muted small">
              {entry.location} · files {entry.import.fileNames.join(", ")} (sha256 {entry.import.sha256.slice(0, 16)}…)
              {revealedBy.id !== entry.import.id && <> · change found when importing {revealedBy.fileNames.join(", ")}</>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
