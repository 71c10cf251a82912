import { ReplaceAddress } from "./replace-address";

/**
 * The note a page shows when its address held parameters it could not use (it used defaults);
 * the address is then replaced by `applied`, the address of what the page shows.
 */
export function SearchProblems({ problems, applied }: { problems: string[]; applied: string }) {
  if (!problems.length) return null;
  return (
    <div className="notice" role="status" data-testid="search-problems">
      <strong>Some parameters in the address were not understood; defaults were used instead:</strong>
      <ul>{problems.map((p) => <li key={p}><code>{p}</code></li>)}</ul>
      <ReplaceAddress href={applied} />
    </div>
  );
}
