// Once per `npm test`: a real PostgreSQL of the suite's own, migrated and seeded, and the
// built app served against it for the browser tests.
import type { TestProject } from "vitest/node";
import { seed } from "../../prisma/seed";
import { startAppServer } from "./app-server";
import { createMigratedDatabase, dropDatabase, startTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** Server URL on which tests may create their own databases. */
    adminDatabaseUrl: string;
    /** Migrated and seeded with the article dataset; shared, so tests add only rows they own. */
    databaseUrl: string;
    appBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const databaseUrl = await createMigratedDatabase(server.adminUrl);
  await seed(databaseUrl);
  const app = await startAppServer(databaseUrl);
  project.provide("adminDatabaseUrl", server.adminUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("appBaseUrl", app.baseUrl);

  return async () => {
    await app.stop();
    await dropDatabase(server.adminUrl, databaseUrl);
    await server.stop();
  };
}
