import { defineConfig } from "prisma/config";
import { DEFAULT_EMBEDDED_URL } from "./lib/db/embedded-postgres-config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  // The CLI does not load .env; an unset DATABASE_URL means the embedded server.
  datasource: { url: process.env.DATABASE_URL ?? DEFAULT_EMBEDDED_URL },
});
