import type { NamedAuthority } from "@/lib/actions/named-authorities";
import styles from "./actions-explorer.module.css";

interface AuthorityHintProps {
  /** The free text, as applied. */
  q: string;
  /** Authorities the text names: free text does not search who acted, so their filter is offered. */
  authorities: NamedAuthority[];
  onFilterBy: (authorityId: number) => void;
}

export function AuthorityHint({ q, authorities, onFilterBy }: AuthorityHintProps) {
  if (!authorities.length) return null;
  return (
    <p className={styles.authorityHint} data-testid="authority-hint">
      The text searches what the sources say, not who acted. “{q}” names{" "}
      {authorities.length === 1 ? "an authority" : "authorities"}: every action by{" "}
      {authorities.map((authority, index) => (
        <span key={authority.id}>
          {index > 0 && (index === authorities.length - 1 ? " or " : ", ")}
          <button type="button" className={styles.linkLike} onClick={() => onFilterBy(authority.id)}>
            {authority.name}
          </button>
        </span>
      ))}
      .
    </p>
  );
}
