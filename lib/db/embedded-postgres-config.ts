// Defaults shared by the embedded-server launcher and prisma.config.ts.
export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "postgres";
export const EMBEDDED_DATABASE = "sanctions";
export const DEFAULT_EMBEDDED_PORT = 54329;

export function embeddedUrl(port: number, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export const DEFAULT_EMBEDDED_URL = embeddedUrl(Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT));
