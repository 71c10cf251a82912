// `npm run import -- [format|auto] <file…> [--published YYYY-MM-DD]`: imports one version of
// an official list (see docs/official-lists.md). Uses DATABASE_URL, else the embedded server.
import { existsSync } from "node:fs";
import cliProgress from "cli-progress";
import { startDatabase } from "../lib/db/embedded-postgres";
import { deployMigrations } from "../lib/db/migrations";
import { ListFormatError } from "../lib/official-lists/formats/list-entry-parts";
import { LIST_FORMATS, detectListFormat } from "../lib/official-lists/formats/list-formats";
import { importListFiles, type ImportSummary } from "../lib/official-lists/import-list";
import type { ListFormat } from "../lib/generated/prisma/enums";

const USAGE = `usage: npm run import -- [${["auto", ...LIST_FORMATS].join("|")}] <file…> [--published YYYY-MM-DD]`;

const formatNamed = (arg: string) => arg.toUpperCase().replace(/-/g, "_") as ListFormat;

function parseArgs(argv: string[]) {
  const published = argv.indexOf("--published");
  const publishedAt = published >= 0 ? argv[published + 1] : undefined;
  const rest = published >= 0 ? argv.filter((_, i) => i !== published && i !== published + 1) : argv;
  if (publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) throw new Error(`--published expects YYYY-MM-DD\n${USAGE}`);
  // The format may be left out: then it is detected, as with "auto".
  const named = rest[0] !== undefined && (rest[0] === "auto" || LIST_FORMATS.includes(formatNamed(rest[0])));
  const [format, files] = named ? [rest[0], rest.slice(1)] : ["auto", rest];
  if (files.length === 0) throw new Error(USAGE);
  return { format, files, publishedAt };
}

async function resolveFormat(format: string, files: string[]): Promise<ListFormat> {
  const missing = files.find((file) => !existsSync(file));
  if (missing) throw new Error(`${missing}: no such file\n${USAGE}`);
  if (format !== "auto") return formatNamed(format);
  const detected = await detectListFormat(files[0]);
  if (!detected) throw new Error(`${files[0]}: format not recognised; name it (${LIST_FORMATS.join(", ")})`);
  return detected;
}

function printSummary(s: ImportSummary, seconds: number) {
  if (s.alreadyImported) {
    console.log(`Already imported as import #${s.importId} (${s.source}, published ${s.publishedAt}): nothing changed.`);
    return;
  }
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    [
      `Imported ${s.source} list version of ${s.publishedAt} as import #${s.importId} in ${seconds.toFixed(1)} s (peak RSS ${peakMb} MB)`,
      `  entries read:      ${s.entries} (${Math.round(s.entries / seconds)} entries/s)`,
      `  targets matched:   ${s.targetsMatched}`,
      `  targets created:   ${s.targetsCreated}`,
      `  match candidates:  ${s.candidates} (proposed for review, not merged)`,
      `  actions added:     ${s.designations} designations, ${s.delistings} delistings, ${s.amendments} amendments`,
      s.unknownProgrammes.length ? `  unknown programme codes (kept, no instrument): ${s.unknownProgrammes.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("\n"),
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const format = await resolveFormat(args.format, args.files);
  const server = await startDatabase();
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: "{phase} [{bar}] {percentage}% | {value}/{total} MB", stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  let [lastReported, lastPhase] = [-1, "reading"];
  try {
    await deployMigrations(server.url);
    const started = performance.now();
    const summary = await importListFiles(server.url, {
      format,
      files: args.files,
      publishedAt: args.publishedAt,
      onProgress: ({ bytes, totalBytes, phase }) => {
        const mb = (n: number) => Math.round(n / 1e5) / 10;
        if (bar) {
          if (lastReported < 0) bar.start(mb(totalBytes), 0, { phase });
          bar.update(mb(bytes), { phase });
          lastReported = 1;
          return;
        }
        // Without a terminal: a plain line per tenth of the input, then one per database step.
        const tenth = Math.floor((bytes / Math.max(totalBytes, 1)) * 10);
        if (phase !== lastPhase || tenth > lastReported) {
          process.stderr.write(phase === "reading" ? `${phase}: ${tenth * 10}% of ${mb(totalBytes)} MB\n` : `${phase}…\n`);
          [lastReported, lastPhase] = [tenth, phase];
        }
      },
    });
    bar?.stop();
    printSummary(summary, (performance.now() - started) / 1000);
  } finally {
    bar?.stop();
    await server.stop();
  }
}

main().catch((error) => {
  const known = error instanceof ListFormatError || /^(usage|--published|A later version)|: no such file|: format not recognised/.test(error.message);
  console.error(known ? `Import failed, nothing was written: ${error.message}` : error);
  process.exitCode = 1;
});
