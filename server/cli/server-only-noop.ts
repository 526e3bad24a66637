// Stands in for the "server-only" package in the bundled entry points (server/cli/build.ts): they are server code
// by definition, and the package's guard would refuse to load outside Next.js' React Server Components.
export {};
