// `npm run db:seed` (and `prisma db seed`): loads the evidenced article dataset. Idempotent.
import { pathToFileURL } from "node:url";
import { createDb } from "../lib/db/client";
import { startDatabase } from "../lib/db/embedded-postgres";
import { deployMigrations } from "../lib/db/migrations";
import { readDataset } from "../lib/dataset/load-dataset";
import { seedDataset } from "../lib/dataset/seed-dataset";

export async function seed(url: string) {
  const db = createDb(url);
  try {
    return await seedDataset(db, readDataset());
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const server = await startDatabase({ log: console.log });
  try {
    await deployMigrations(server.url);
    const result = await seed(server.url);
    console.log(`Seeded ${result.actions} actions with ${result.evidence} pieces of evidence.`);
  } finally {
    await server.stop();
  }
}
