"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. {error.digest ? `Reference: ${error.digest}.` : ""}</p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
