// Where a list-derived action comes from: each list entry with its version, file and position.
import type { ActionListEvidence as Evidence } from "@/lib/official-lists/get-action-list-evidence";
import { LIST_SOURCES } from "@/lib/official-lists/list-sources";

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "undated";

export function ActionListEvidence({ evidence }: { evidence: Evidence }) {
  return (
    <section aria-labelledby="list-evidence-heading" data-testid="list-evidence">
      <h2 id="list-evidence-heading">Official list evidence</h2>
      <ul className="evidence-list">
        {evidence.map(({ entry, import: revealedBy }) => (
          <li key={entry.id}>
            <strong>{LIST_SOURCES[entry.import.source].label}</strong>, version of {iso(entry.import.publishedAt)}{" "}
            <span className="muted small">({entry.import.publishedBasis})</span>
            <div>
              Entry {entry.listId}: {entry.name} · programmes {entry.programmes.join(", ") || "none"}
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
