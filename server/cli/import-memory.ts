// The V8 settings of the import's own process (`npm run import`, and bench/import.ts, which measures that process).
// Measured (docs/PERFORMANCE.md, import): 10,000 agreements peaked at 431–457 MB without them. Where it went: ~85 MB
// is Node with tsx before any of our code; the Prisma query compiler (WebAssembly, 3.4 MB of code) adds ~75 MB at the
// first query, ~45 MB of it TurboFan's optimised second compilation, which `--liftoff-only` skips (queries are planned
// by the baseline compiler's code: the import's plan and apply took as long in the same run); and the apply's garbage
// (Prisma's result objects, the audit events' JSON) grew the heap to ~260 MB before V8 collected it (live: ~90 MB),
// which `--optimize-for-size` makes V8 collect sooner. Set before the first query (the WebAssembly is compiled then).
// Not for the app server: its process holds Next.js, whose speed these settings would cost.
import { setFlagsFromString } from "node:v8";

export const IMPORT_PROCESS_FLAGS = ["--liftoff-only", "--optimize-for-size"] as const;

export function leanImportProcess(): void {
  for (const flag of IMPORT_PROCESS_FLAGS) setFlagsFromString(flag);
}
