// Whether .next holds a build of the current sources, so `npm start` and the browser
// tests rebuild only after a change (a Next build takes most of a minute on 2 cores).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(import.meta.dirname, "..", "..");
const STAMP = path.join(ROOT, ".next", "source-hash");
const INPUTS = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "package-lock.json", "tsconfig.json"];

export function buildIsCurrent(): boolean {
  return (
    existsSync(path.join(ROOT, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hashSources()
  );
}

export function recordBuild(): void {
  writeFileSync(STAMP, hashSources());
}

function hashSources(): string {
  const hash = createHash("sha256");
  const visit = (file: string) => {
    const full = path.join(ROOT, file);
    if (!existsSync(full) || file.startsWith(path.join("lib", "generated"))) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) visit(path.join(file, entry));
    } else {
      hash.update(file).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}
