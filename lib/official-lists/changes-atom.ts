// Renders list changes as an Atom 1.0 document. Every text is escaped: list data is untrusted.
import type { ActionKind } from "../generated/prisma/enums";
import type { ChangeRow } from "./list-changes";
import { LIST_SOURCES } from "./list-sources";

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

export function renderChangesAtom(rows: ChangeRow[], feedUrl: URL, kindLabel: (kind: ActionKind) => string): string {
  const origin = feedUrl.origin;
  const changesUrl = `${origin}/changes${feedUrl.search}`;
  // Atom requires a feed's <updated>: its newest entry's, or (no entry) the moment it was read, not 1970.
  const updated = rows.length
    ? rows.reduce((latest, r) => (r.publishedAt > latest ? r.publishedAt : latest), rows[0].publishedAt)
    : new Date();
  const entries = rows.map((r) => {
    const link = `${origin}/actions/${r.id}`;
    const content = [
      `${kindLabel(r.kind)} — ${LIST_SOURCES[r.source].label}, version of ${r.publishedAt.toISOString().slice(0, 10)}, entry ${r.listId}`,
      `Date: ${r.dateText ?? "unknown"} (${r.dateBasis ?? ""})`,
      `Programmes: ${r.programmes.join(", ") || "none"}`,
      r.note ?? "",
    ].filter(Boolean).join("\n");
    return `  <entry>
    <id>${escapeXml(link)}</id>
    <title>${escapeXml(r.summary)}</title>
    <link href="${escapeXml(link)}"/>
    <updated>${r.publishedAt.toISOString()}</updated>
    <category term="${escapeXml(r.kind)}" label="${escapeXml(kindLabel(r.kind))}"/>
    <content type="text">${escapeXml(content)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(changesUrl)}</id>
  <title>Sanctions Tracker: changes in the official lists</title>
  <link rel="self" href="${escapeXml(feedUrl.toString())}"/>
  <link rel="alternate" href="${escapeXml(changesUrl)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>Sanctions Tracker</name></author>
${entries.join("\n")}
</feed>
`;
}
