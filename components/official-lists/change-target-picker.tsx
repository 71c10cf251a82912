"use client";
// The changes form's target filter: the explorer's type-ahead (any spelling), the picked targets
// as removable chips, sent with the form as one `target` field.
import { useState } from "react";
import { TargetFilter } from "@/components/actions/target-filter";
import styles from "@/components/actions/actions-explorer.module.css";

interface PickedTarget {
  id: number;
  name: string;
}

export function ChangeTargetPicker({ initial }: { initial: PickedTarget[] }) {
  const [targets, setTargets] = useState(initial);
  return (
    <div className="change-targets">
      <TargetFilter exclude={targets.map((t) => t.id)} onAdd={({ id, name }) => setTargets((list) => [...list, { id, name }])} />
      {targets.length > 0 && (
        <ul className={styles.selectedTargets} aria-label="Targets in the filter">
          {targets.map((target) => (
            <li key={target.id} className={styles.targetChip}>
              {target.name}
              <button
                type="button"
                aria-label={`Remove target ${target.name}`}
                onClick={() => setTargets((list) => list.filter((t) => t.id !== target.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {targets.length > 0 && <input type="hidden" name="target" value={targets.map((t) => t.id).join(",")} />}
    </div>
  );
}
