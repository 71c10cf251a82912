import { CountLink } from "./count-link";
import type { RankedBar } from "@/components/charts/ranked-bar-chart";

export function RankedTable({ bars, caption, header }: { bars: RankedBar[]; caption: string; header: string }) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{header}</th><th scope="col">Actions</th></tr></thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.href}><th scope="row">{b.label}</th><td><CountLink href={b.href} count={b.count} of={b.label} /></td></tr>
        ))}
      </tbody>
    </table>
  );
}
