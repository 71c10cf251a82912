import Link from "next/link";
import { DEFAULT_ACTION_SEARCH } from "@/lib/actions/search-params";
import { describeActiveFilters } from "@/lib/charts/charts-active-filters";
import { type CompareSearch, serializeCompareSearch } from "@/lib/compare/compare-search";

/** Which targets a narrowed comparison covers, in words, with the way back to every target. */
export async function CompareFocus({ search }: { search: CompareSearch }) {
  const [target] = await describeActiveFilters({ ...DEFAULT_ACTION_SEARCH, target: search.target, related: search.related });
  return (
    <p className="active-filters" data-testid="compare-focus">
      <strong>{target.name}:</strong> <span className="chip">{target.value}</span>{" "}
      <Link href={`/compare${serializeCompareSearch({ ...search, target: [], related: false })}`}>Compare every target</Link>
    </p>
  );
}
