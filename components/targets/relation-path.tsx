import Link from "next/link";
import { RELATION_LABELS } from "@/lib/actions/labels";
import type { RelatedTarget } from "@/lib/targets/list-related-targets";

/** "Qasem Soleimani — heads → IRGC Quds Force — part of → IRGC"; the page's own target is not linked. */
export function RelationPath({ path }: Pick<RelatedTarget, "path">) {
  if (path.length === 0) return <span className="muted">Direct</span>;
  return (
    <span className="relation-path">
      via{" "}
      {path.map((step) => (
        <span key={`${step.from.id}-${step.kind}`}>
          <Link href={`/targets/${step.from.id}`}>{step.from.name}</Link>
          {/* The spaces outside the unbroken label: a line may break before and after it. */}
          {" "}<span className="relation">— {RELATION_LABELS[step.kind]} →</span>{" "}
        </span>
      ))}
      <span>{path[path.length - 1].to.name}</span>
    </span>
  );
}
