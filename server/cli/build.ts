// Building the production app only when its sources changed (`npm start`, the benchmark runner).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const STAMP = path.resolve(".next/source-stamp");
const SOURCES = ["app", "server", "prisma/schema.prisma", "next.config.js", "tsconfig.json", "package-lock.json"];

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
  const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
  if (built) return;
  log("Building the app (sources changed since the last build) …");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(STAMP, stamp);
}
