// The layers of the code and which may import which: the one table (docs/ARCHITECTURE.md shows it), and the check that
// `npm run lint` runs over every file (server/cli/check-layers.ts). Dependencies point one way: pages and route
// handlers → tRPC routers → services → lists, schemas, domain, i18n, db. Exports sit beside the routers and use the
// services. Nothing under server/ imports app/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface LayerRule {
  /** Files of the layer: a folder ("server/services/") or a file ("server/env.ts"). */
  layer: string;
  /** What its product files may import from this repository (folders or files); its own folder always. */
  mayImport: readonly string[];
  /** Packages it must not use (the package name or its first segments, e.g. "next", "@trpc/server"). */
  forbiddenPackages?: readonly string[];
}

const BASE = ["server/domain/", "server/i18n/", "server/db/generated/"];
const FRAMEWORK = ["next", "@trpc/server", "@trpc/client", "@trpc/tanstack-react-query", "react", "react-dom"];
/** Pure modules of auth that the input schemas use (the role list, the password lengths). */
const AUTH_CONSTANTS = ["server/auth/roles.ts", "server/auth/password-policy.ts"];

/** Logs, metrics and the request id: a leaf every server layer from the database up may use. */
const OBSERVABILITY = "server/observability/";

/** What the services and everything above them build on. */
const BELOW_SERVICES = [
  ...BASE,
  "server/schemas/",
  "server/lists/",
  "server/db/",
  "server/auth/",
  "server/env.ts",
  OBSERVABILITY,
];

/** First match wins (more specific layers first). */
export const LAYER_RULES: readonly LayerRule[] = [
  { layer: "server/domain/", mayImport: BASE, forbiddenPackages: FRAMEWORK },
  { layer: "server/i18n/", mayImport: BASE, forbiddenPackages: FRAMEWORK },
  { layer: "server/env.ts", mayImport: ["server/heap.ts"], forbiddenPackages: FRAMEWORK },
  { layer: "server/heap.ts", mayImport: [], forbiddenPackages: FRAMEWORK },
  { layer: OBSERVABILITY, mayImport: ["server/env.ts"], forbiddenPackages: FRAMEWORK },
  { layer: "server/db/", mayImport: [...BASE, "server/env.ts", OBSERVABILITY], forbiddenPackages: FRAMEWORK },
  { layer: "server/schemas/", mayImport: [...BASE, ...AUTH_CONSTANTS], forbiddenPackages: FRAMEWORK },
  {
    layer: "server/lists/",
    mayImport: [...BASE, "server/schemas/", "server/db/prisma.ts"],
    forbiddenPackages: FRAMEWORK,
  },
  {
    layer: "server/services/",
    mayImport: BELOW_SERVICES,
    forbiddenPackages: FRAMEWORK,
  },
  {
    layer: "server/auth/",
    mayImport: [...BASE, "server/schemas/", "server/db/", "server/services/", "server/env.ts", OBSERVABILITY],
    forbiddenPackages: ["@trpc/server", "react", "react-dom"],
  },
  {
    layer: "server/export/",
    mayImport: [...BELOW_SERVICES, "server/services/"],
    forbiddenPackages: FRAMEWORK,
  },
  {
    layer: "server/trpc/",
    mayImport: [...BELOW_SERVICES, "server/services/"],
    forbiddenPackages: ["next", "react", "react-dom"],
  },
  // The answers to the API's HTTP requests that both the Next.js routes and the production server give.
  {
    layer: "server/http/",
    mayImport: [...BELOW_SERVICES, "server/services/", "server/trpc/"],
    forbiddenPackages: ["next", "react", "react-dom"],
  },
  { layer: "server/security/", mayImport: ["server/env.ts"], forbiddenPackages: FRAMEWORK },
  { layer: "server/cli/", mayImport: ["server/", "prisma/"] },
  { layer: "prisma/", mayImport: ["server/domain/", "server/i18n/", "server/db/", "server/auth/", "server/services/"] },
  {
    layer: "proxy.ts",
    mayImport: ["server/security/", "server/env.ts", "server/db/availability.ts", "server/i18n/"],
  },
  { layer: "instrumentation.ts", mayImport: ["server/env.ts", OBSERVABILITY] },
  // Pages and route handlers may use every server layer; not the command line or the test support.
  {
    layer: "app/",
    mayImport: [
      ...BELOW_SERVICES,
      "server/services/",
      "server/export/",
      "server/trpc/",
      "server/http/",
      "server/security/",
    ],
  },
];

/**
 * Test code may import any layer (an integration test calls the router, a markup test renders the app's components,
 * a route test calls app/api's handlers): files named *.test.ts(x), the test support (server/test/), the attacking
 * tests and their load and crash runs (server/reliability/), the browser tests (e2e/) and the benchmark (bench/).
 * Product code must never import test code.
 */
export function isTestCode(file: string): boolean {
  return (
    /\.test\.tsx?$/.test(file) ||
    ["server/test/", "server/reliability/", "e2e/", "bench/"].some((folder) => file.startsWith(folder))
  );
}

export interface Violation {
  file: string;
  imported: string;
  reason: string;
}

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ""];

/** The repository file an import names (relative or "@/…"), or null for a package. */
function resolveImport(root: string, from: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = target + extension;
    try {
      if (statSync(path.join(root, candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return path.posix.normalize(target);
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
}

const covers = (prefix: string, file: string) => (prefix.endsWith("/") ? file.startsWith(prefix) : file === prefix);

export function ruleOf(file: string): LayerRule | undefined {
  return LAYER_RULES.find((rule) => covers(rule.layer, file));
}

/** The violations of one product file (path relative to root, with "/"), given its text. */
export function checkFile(root: string, file: string, text: string): Violation[] {
  if (isTestCode(file)) return [];
  const rule = ruleOf(file);
  const violations: Violation[] = [];
  for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
    const target = resolveImport(root, file, specifier);
    if (target === null) {
      const name = packageName(specifier);
      const forbidden = rule?.forbiddenPackages?.find((pkg) => name === pkg || specifier.startsWith(`${pkg}/`));
      if (forbidden) violations.push({ file, imported: specifier, reason: `${rule?.layer} may not use ${forbidden}` });
      continue;
    }
    if (isTestCode(target)) {
      violations.push({ file, imported: specifier, reason: "product code may not import test code" });
      continue;
    }
    if (!rule || covers(rule.layer, target)) continue;
    if (!rule.mayImport.some((allowed) => covers(allowed, target))) {
      violations.push({ file, imported: specifier, reason: `${rule.layer} may not import ${target}` });
    }
  }
  return violations;
}

const SKIP = new Set([
  "node_modules",
  ".next",
  ".data",
  "generated",
  "migrations",
  "test-results",
  "playwright-report",
]);

/** Every .ts/.tsx file under the given folders of root (paths relative to root). */
export function sourceFiles(
  root: string,
  folders: readonly string[] = ["app", "server", "prisma", "proxy.ts", "instrumentation.ts"],
) {
  const files: string[] = [];
  const walk = (relative: string) => {
    const absolute = path.join(root, relative);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(absolute);
    } catch {
      return;
    }
    if (stat.isFile()) {
      if (/\.tsx?$/.test(relative)) files.push(relative);
      return;
    }
    for (const entry of readdirSync(absolute)) if (!SKIP.has(entry)) walk(path.posix.join(relative, entry));
  };
  for (const folder of folders) walk(folder);
  return files.sort();
}

export function checkLayers(root: string, folders?: readonly string[]): Violation[] {
  return sourceFiles(root, folders).flatMap((file) =>
    checkFile(root, file, readFileSync(path.join(root, file), "utf8")),
  );
}
