// `npm run synthetic -- [--actions 1000000] [--targets 100000] [--database sanctions_synthetic]`:
// a synthetic dataset for load testing, in a database of its own (never the app's), on the
// embedded server unless SYNTHETIC_DATABASE_URL names one.
import { parseArgs } from "node:util";
import { deployMigrations } from "../lib/db/migrations";
import { loadSyntheticDataset } from "./synthetic/synthetic-load";
import { startSyntheticServer } from "./synthetic/synthetic-server";

const { values } = parseArgs({
  options: {
    actions: { type: "string", default: "1000000" },
    targets: { type: "string", default: "100000" },
    database: { type: "string", default: "sanctions_synthetic" },
  },
});
const actions = Number(values.actions);
const targets = Number(values.targets);
if (!Number.isInteger(actions) || actions < 1 || !Number.isInteger(targets) || targets < 1) {
  console.error("--actions and --targets must be positive whole numbers");
  process.exit(2);
}
if (!/^[a-z_][a-z0-9_]*$/.test(values.database)) {
  console.error("--database must be a plain lower-case name (letters, digits, _)");
  process.exit(2);
}

const server = await startSyntheticServer(values.database);
try {
  console.log(`[synthetic] ${new URL(server.url).pathname.slice(1)}: ${actions.toLocaleString("en")} actions over ${targets.toLocaleString("en")} targets`);
  await deployMigrations(server.url);
  await loadSyntheticDataset(server.url, { actions, targets, log: (line) => console.log(`[synthetic] ${line}`) });
  console.log(`[synthetic] ready: ${server.url}`);
} finally {
  await server.stop();
}
