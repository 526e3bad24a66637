// `npm run lint` (after Biome): fails when a file imports a layer it may not (rules in ./layers.ts).
import path from "node:path";
import { checkLayers } from "./layers";

const root = path.resolve(import.meta.dirname, "../..");
const violations = checkLayers(root);
for (const violation of violations) {
  console.error(`${violation.file}: imports "${violation.imported}": ${violation.reason}`);
}
if (violations.length) {
  console.error(
    `\n${violations.length} import(s) against the layer rules (server/cli/layers.ts, docs/ARCHITECTURE.md).`,
  );
  process.exit(1);
}
console.log("Layers: every import points the allowed way.");
