import Link from "next/link";
import { GROUND_LABELS, RELATION_LABELS } from "@/lib/actions/labels";
import { DEFAULT_ACTION_SEARCH } from "@/lib/actions/search-params";
import { linkToTable } from "@/lib/charts/charts-links";
import { formatDayInterval } from "@/lib/compare/compare-format";
import { serializeCompareSearch } from "@/lib/compare/compare-search";
import { describeLag, type Side } from "@/lib/compare/compare-lag";
import type { TargetGroup } from "@/lib/compare/compare-summary";
import type { CompareTargetRow } from "@/lib/compare/compare-targets";
import type { Jurisdiction } from "@/lib/generated/prisma/enums";

// One element around the chips: on a phone each cell is a two-column grid (label, value).
const chips = (values: string[]) =>
  values.length ? <span>{values.map((v) => <span key={v} className="chip">{v}</span>)}</span> : <span className="muted">—</span>;

function Count({ n, targetId, side }: { n: number; targetId: number; side: Jurisdiction }) {
  if (!n) return <>0</>;
  return <Link href={linkToTable({ ...DEFAULT_ACTION_SEARCH, target: [targetId], jurisdiction: [side] })}>{n}</Link>;
}

/** Per target, grouped under its parent body, both sides side by side. */
export function CompareTable(props: { groups: TargetGroup<CompareTargetRow>[]; sides: Record<Side, Jurisdiction> }) {
  const { A, B } = props.sides;
  const names = { A, B };
  return (
    <div className="table-scroll">
      <table className="data-table compare-table phone-cards" data-testid="compare-table">
        <caption>Per target: actions, first dates, who acted first, grounds and instruments of {A} and {B}</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col" className="num">{A}</th><th scope="col" className="num">{B}</th>
            <th scope="col">First {A}</th><th scope="col">First {B}</th>
            <th scope="col">Who acted first</th>
            <th scope="col">Grounds {A}</th><th scope="col">Grounds {B}</th>
            <th scope="col">Instruments {A}</th><th scope="col">Instruments {B}</th>
          </tr>
        </thead>
        {props.groups.map((group) => (
          <tbody key={group.id} data-testid="compare-group">
            <tr className="group-row">
              <th scope="rowgroup" colSpan={10}>
                {group.name} {group.rows.length > 1 || group.rows[0].targetId !== group.id ? "and related targets" : ""}
                <span className="muted small"> · whole group: {describeLag(group.lag, names)} · </span>
                <Link className="small" href={`/compare${serializeCompareSearch({ a: A, b: B, target: [group.id], related: true })}`}>
                  Compare this group only
                </Link>
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.targetId} data-testid="compare-row">
                <th scope="row">
                  {row.name}
                  {row.relations.map((r) => (
                    <span key={r.kind + r.toName} className="compare-relation small">{RELATION_LABELS[r.kind]} {r.toName}</span>
                  ))}
                </th>
                <td className="num" data-label={`Actions ${A}`}><Count n={row.actionsA} targetId={row.targetId} side={A} /></td>
                <td className="num" data-label={`Actions ${B}`}><Count n={row.actionsB} targetId={row.targetId} side={B} /></td>
                <td data-label={`First ${A}`}>{formatDayInterval(row.firstA)}</td>
                <td data-label={`First ${B}`}>{formatDayInterval(row.firstB)}</td>
                <td data-label="Who acted first">{describeLag(row.lag, names)}</td>
                <td data-label={`Grounds ${A}`}>{chips(row.groundsA.map((g) => GROUND_LABELS[g]))}</td>
                <td data-label={`Grounds ${B}`}>{chips(row.groundsB.map((g) => GROUND_LABELS[g]))}</td>
                <td data-label={`Instruments ${A}`}>{chips(row.instrumentsA)}</td>
                <td data-label={`Instruments ${B}`}>{chips(row.instrumentsB)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
