import { GROUND_LABELS } from "@/lib/actions/labels";
import type { Side } from "@/lib/compare/compare-lag";
import type { GroundSides } from "@/lib/compare/compare-grounds";
import { countLagCategories, type LagCategory, type TargetGroup } from "@/lib/compare/compare-summary";
import type { CompareTargetRow, CompareTargetSets } from "@/lib/compare/compare-targets";

const LIST_LIMIT = 12;

function NameList({ names, total }: { names: string[]; total: number }) {
  if (total === 0) return <p className="muted small">None</p>;
  return (
    <ul className="name-list">
      {names.slice(0, LIST_LIMIT).map((n) => <li key={n}>{n}</li>)}
      {total > Math.min(names.length, LIST_LIMIT) && <li className="muted">and {(total - Math.min(names.length, LIST_LIMIT)).toLocaleString("en")} more (in the CSV)</li>}
    </ul>
  );
}

function lagLabel(category: LagCategory, names: Record<Side, string>): string {
  const [side, kind] = category.split("-") as [Side, string];
  if (kind === "exact") return `${names[side]} first, lag in days known`;
  if (kind === "range") return `${names[side]} first, lag known only as a range`;
  if (category === "same") return "Same day";
  return category === "overlap" ? "Cannot tell: possible dates overlap" : "Cannot tell: a date is unknown";
}

export function CompareSummary(props: {
  names: Record<Side, string>;
  sets: CompareTargetSets;
  rows: CompareTargetRow[];
  groups: TargetGroup<CompareTargetRow>[];
  grounds: GroundSides[];
}) {
  const { names, sets, rows, groups } = props;
  const both = rows.filter((r) => r.actionsA > 0 && r.actionsB > 0);
  const groupsBoth = groups.filter((g) => g.actedA && g.actedB);
  const targetLags = countLagCategories(both.map((r) => r.lag));
  const groupLags = countLagCategories(groupsBoth.map((g) => g.lag));
  const stated = (g: GroundSides) => (g.actionsA && g.actionsB ? "Both" : g.actionsA ? `${names.A} only` : `${names.B} only`);
  return (
    <section className="compare-summary" aria-labelledby="summary-heading" data-testid="compare-summary">
      <h2 id="summary-heading">Summary</h2>
      <div className="summary-sets">
        <div data-testid="set-both"><h3>Same target, both acted ({sets.both.toLocaleString("en")})</h3>
          <NameList names={both.map((r) => r.name)} total={sets.both} /></div>
        <div data-testid="set-only-a"><h3>Only {names.A} ({sets.onlyA.toLocaleString("en")})</h3>
          <NameList names={rows.filter((r) => r.actionsB === 0).map((r) => r.name)} total={sets.onlyA} /></div>
        <div data-testid="set-only-b"><h3>Only {names.B} ({sets.onlyB.toLocaleString("en")})</h3>
          <NameList names={rows.filter((r) => r.actionsA === 0).map((r) => r.name)} total={sets.onlyB} /></div>
      </div>
      <p className="small" data-testid="group-sets">
        <strong>Counting related targets together</strong> (a unit, official or associate under its parent body):{" "}
        {groupsBoth.length ? `both acted on ${groupsBoth.map((g) => g.name).join("; ")}` : "no group was acted on by both"}
        {"; "}only {names.A}: {groups.filter((g) => g.actedA && !g.actedB).length};
        only {names.B}: {groups.filter((g) => !g.actedA && g.actedB).length} (of the groups listed below).
      </p>
      <div className="summary-columns">
        <table className="data-table" data-testid="lag-distribution">
          <caption>Who acted first, where both acted</caption>
          <thead><tr><th scope="col">Answer</th><th scope="col" className="num">Targets</th><th scope="col" className="num">Groups</th></tr></thead>
          <tbody>
            {(Object.keys(targetLags) as LagCategory[]).map((c) => (
              <tr key={c}><th scope="row">{lagLabel(c, names)}</th><td className="num">{targetLags[c]}</td><td className="num">{groupLags[c]}</td></tr>
            ))}
          </tbody>
        </table>
        <table className="data-table" data-testid="grounds-sides">
          <caption>Grounds stated, actions per side</caption>
          <thead><tr><th scope="col">Ground</th><th scope="col" className="num">{names.A}</th><th scope="col" className="num">{names.B}</th><th scope="col">Stated by</th></tr></thead>
          <tbody>
            {props.grounds.map((g) => (
              <tr key={g.ground}><th scope="row">{GROUND_LABELS[g.ground]}</th><td className="num">{g.actionsA}</td>
                <td className="num">{g.actionsB}</td><td>{stated(g)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
