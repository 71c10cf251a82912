import styles from "./actions-explorer.module.css";

interface ActionsEmptyStateProps {
  /** The requested page when the results exist but end before it; null when nothing matches. */
  pastLastPage: number | null;
  onFirstPage: () => void;
  /** Offered only when filters are set. */
  onClearFilters: (() => void) | null;
  /** Offered only while proposals are hidden. */
  onIncludeProposals: (() => void) | null;
}

export function ActionsEmptyState({ pastLastPage, onFirstPage, onClearFilters, onIncludeProposals }: ActionsEmptyStateProps) {
  if (pastLastPage !== null) {
    return (
      <div className={styles.empty}>
        <p>Page {pastLastPage} is past the last page of these results.</p>
        <button type="button" className={styles.clear} onClick={onFirstPage}>
          Go to the first page
        </button>
      </div>
    );
  }
  return (
    <div className={styles.empty}>
      <p>No actions match these filters.</p>
      {onClearFilters && (
        <button type="button" className={styles.clear} onClick={onClearFilters}>
          Clear filters
        </button>
      )}
      {onIncludeProposals && (
        <button type="button" className={styles.linkLike} onClick={onIncludeProposals}>
          Include proposals
        </button>
      )}
    </div>
  );
}
