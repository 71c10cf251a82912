import type { Metadata } from "next";
import Link from "next/link";
import { MainNav } from "@/components/layout/main-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sanctions Tracker", template: "%s · Sanctions Tracker" },
  description: "Sanctions actions against Iran's Ministry of Intelligence and Security and related targets, each traced to its source.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <Link href="/" className="brand">Sanctions Tracker</Link>
          <MainNav />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
