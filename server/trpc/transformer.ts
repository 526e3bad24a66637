// The wire format of tRPC's answers and of the queries a page hands to the browser: superjson's, written by one tight
// walk for what the app sends (plain objects, arrays, strings, finite numbers, booleans, null, undefined, Dates);
// anything else goes to superjson itself, and the browser reads both with superjson. Why it is kept: docs/PERFORMANCE.md.
import superjson, { type SuperJSONResult } from "superjson";

/** Not this walk's to write: superjson writes the whole value. */
class Unsupported extends Error {}

/** Deeper than this is surely a cycle (the app's answers are a few levels deep). */
const MAX_DEPTH = 64;

/** A key as superjson writes it in a path: "." and "\" escaped. */
function escapeKey(key: string): string {
  return key.includes(".") || key.includes("\\") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key;
}

function walk(value: unknown, path: string, depth: number, annotations: Record<string, [string]>): unknown {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      // NaN, ±Infinity and -0 need superjson's annotations.
      if (!Number.isFinite(value) || Object.is(value, -0)) throw new Unsupported();
      return value;
    case "undefined":
      annotations[path] = ["undefined"];
      return null;
    case "object": {
      if (value === null) return null;
      if (depth > MAX_DEPTH) throw new Unsupported();
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new Unsupported();
        annotations[path] = ["Date"];
        return value.toISOString();
      }
      const prefix = path === "" ? "" : `${path}.`;
      if (Array.isArray(value)) {
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++) out[i] = walk(value[i], prefix + i, depth + 1, annotations);
        return out;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new Unsupported();
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        // superjson refuses these (prototype pollution); so does this walk, through superjson.
        if (key === "__proto__" || key === "constructor" || key === "prototype") throw new Unsupported();
        out[key] = walk((value as Record<string, unknown>)[key], prefix + escapeKey(key), depth + 1, annotations);
      }
      return out;
    }
    default:
      throw new Unsupported();
  }
}

/** superjson.serialize's result for the values the app sends, written in one walk; anything else by superjson. */
export function serialize(value: unknown): SuperJSONResult {
  // A bare Date or undefined at the top is annotated differently by superjson (no path): rare, so superjson's.
  if (value === undefined || value instanceof Date || typeof value !== "object" || value === null) {
    return superjson.serialize(value);
  }
  try {
    const annotations: Record<string, [string]> = {};
    const json = walk(value, "", 0, annotations) as SuperJSONResult["json"];
    for (const _ in annotations) return { json, meta: { values: annotations, v: 1 } } as SuperJSONResult;
    return { json };
  } catch (error) {
    if (error instanceof Unsupported) return superjson.serialize(value);
    throw error;
  }
}

/** tRPC's transformer: inputs as superjson reads them, answers written by `serialize`. */
export const transformer = {
  input: superjson,
  output: { serialize, deserialize: (payload: SuperJSONResult) => superjson.deserialize(payload) },
};
