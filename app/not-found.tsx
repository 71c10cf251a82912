import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Not found</h1>
      <p>There is nothing at this address. <Link href="/">Back to the actions</Link>.</p>
    </div>
  );
}
