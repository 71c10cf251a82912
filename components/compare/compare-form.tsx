import Form from "next/form";
import Link from "next/link";
import { JURISDICTION_LABELS } from "@/lib/actions/labels";
import { JURISDICTIONS } from "@/lib/actions/search-params";
import { type CompareSearch, serializeCompareSearch } from "@/lib/compare/compare-search";

/**
 * A GET form: a page load before (and without) JavaScript, a client navigation after, so that Back
 * shows the sides of the comparison it returns to (a page restored whole would keep the sides last chosen).
 */
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
    // Keyed by the sides: a client navigation (Swap sides) keeps the DOM, where a select keeps the
    // value it had, not its new defaultValue; a new key mounts the form afresh with the URL's sides.
    <Form key={`${search.a}-${search.b}`} className="compare-form" action="/compare">
      {select("a", "Compare")}
      {select("b", "with")}
      {/* Changing sides keeps the narrowing to targets. */}
      {search.target.length > 0 && <input type="hidden" name="target" value={search.target.join(",")} />}
      {search.related && <input type="hidden" name="related" value="true" />}
      <button type="submit">Compare</button>
      <Link href={`/compare${serializeCompareSearch({ ...search, a: search.b, b: search.a })}`}>Swap sides</Link>
      <a href={`/api/compare/export${serializeCompareSearch(search)}`} download>Download CSV</a>
    </Form>
  );
}
