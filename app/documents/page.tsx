import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import "../detail-pages.css";
import { listDocuments } from "@/lib/documents/list-documents";

export const metadata: Metadata = { title: "Documents" };

export default function DocumentsPage() {
  return (
    <>
      <h1>Source documents</h1>
      <p className="lede">The texts the recorded actions rest on. Open one to read it with its evidence highlighted.</p>
      <Suspense fallback={<p role="status">Loading documents…</p>}>
        <DocumentTable />
      </Suspense>
    </>
  );
}

async function DocumentTable() {
  await connection();
  const documents = await listDocuments();
  if (documents.length === 0) {
    return <p className="empty">No documents are recorded yet. Run <code>npm run db:seed</code> to load the articles.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table phone-cards" data-testid="documents-table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Author</th>
            <th scope="col">Publisher</th>
            <th scope="col" className="num">Evidence spans</th>
            <th scope="col" className="num">Actions</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td data-label="Title"><Link href={`/documents/${d.id}`}>{d.title}</Link></td>
              <td data-label="Author">{d.author ?? <span className="muted">Not stated</span>}</td>
              <td data-label="Publisher">{d.publisher ?? <span className="muted">Not stated</span>}</td>
              <td data-label="Evidence spans" className="num">{d.evidence}</td>
              <td data-label="Actions" className="num">{d.actions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
