// Child process of import-bench: streams files through a format parser alone (no database)
// and prints one JSON line: entries, parts, seconds, peak RSS.
import { LIST_FORMAT_PARSERS } from "../../lib/official-lists/formats/list-formats";
import type { ListFormat } from "../../lib/generated/prisma/enums";

const [format, ...files] = process.argv.slice(2);
const started = performance.now();
let parts = 0;
let entries = 0;
const ctx = { meta: {}, onBytes: () => {} };
for await (const batch of LIST_FORMAT_PARSERS[format as ListFormat].parse(files, ctx)) {
  parts += batch.length;
  for (const part of batch) if (part.field === "type") entries++;
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ entries, parts, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
