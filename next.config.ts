import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Pages read the database per request (`await connection()`), so a build needs no database.
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  // Packages that must stay as Node modules on the server instead of being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
