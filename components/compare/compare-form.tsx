import Link from "next/link";
import { JURISDICTION_LABELS } from "@/lib/actions/labels";
import { JURISDICTIONS } from "@/lib/actions/search-params";
import type { CompareSearch } from "@/lib/compare/compare-search";

/** A plain GET form: works before (and without) JavaScript. */
export function CompareForm({ search }: { search: CompareSearch }) {
  const select = (name: "a" | "b", label: string) => (
    <label>
      {label}{" "}
      <select name={name} defaultValue={search[name]}>
        {JURISDICTIONS.map((j) => <option key={j} value={j}>{JURISDICTION_LABELS[j]} ({j})</option>)}
      </select>
    </label>
  );
  return (
    <form className="compare-form" action="/compare" method="get">
      {select("a", "Compare")}
      {select("b", "with")}
      <button type="submit">Compare</button>
      <Link href={`/compare?a=${search.b}&b=${search.a}`}>Swap sides</Link>
      <a href={`/api/compare/export?a=${search.a}&b=${search.b}`} download>Download CSV</a>
    </form>
  );
}
