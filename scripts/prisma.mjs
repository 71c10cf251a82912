#!/usr/bin/env node
// Runs the Prisma CLI offline. The CLI insists on downloading its native schema engine
// before any command; pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips that.
// Migrations do not use this engine at all (see scripts/migrate.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", ...process.env },
});
process.exit(result.status ?? 1);
