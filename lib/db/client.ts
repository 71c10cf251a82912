// The one Prisma client module. No "server-only" here: seed scripts and tests import it too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { appPoolConfig } from "./pool-config";

export type Db = PrismaClient;

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg(appPoolConfig(url)) });
}

const globalForDb = globalThis as unknown as { db?: Db };

/** The app's client, created on first use so that importing this module never needs a database. */
export function getDb(): Db {
  if (!globalForDb.db) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
    globalForDb.db = createDb(url);
  }
  return globalForDb.db;
}
