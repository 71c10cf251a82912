import Link from "next/link";
import { RELATION_LABELS, TARGET_KIND_LABELS } from "@/lib/actions/labels";
import type { TargetDetails } from "@/lib/targets/get-target";

/** Every relation in both directions, each read as a sentence: "<from> — <relation> → <to>". */
export function TargetRelations({ target }: { target: TargetDetails }) {
  const relations = [
    ...target.relationsFrom.map((r) => ({ ...r, from: target, to: r.to, other: r.to })),
    ...target.relationsTo.map((r) => ({ ...r, from: r.from, to: target, other: r.from })),
  ];
  if (relations.length === 0) return <p className="muted">No relations to other targets are recorded.</p>;
  return (
    <ul className="relations" data-testid="relations">
      {relations.map((r) => (
        <li key={r.id}>
          <End target={r.from} self={r.from.id === target.id} />
          <span className="relation"> — {RELATION_LABELS[r.kind]} → </span>
          <End target={r.to} self={r.to.id === target.id} />
          <span className="muted small"> ({TARGET_KIND_LABELS[r.other.kind]})</span>
          {r.note && <div className="muted small">{r.note}</div>}
        </li>
      ))}
    </ul>
  );
}

function End({ target, self }: { target: { id: number; name: string }; self: boolean }) {
  return self ? <strong>{target.name}</strong> : <Link href={`/targets/${target.id}`}>{target.name}</Link>;
}
