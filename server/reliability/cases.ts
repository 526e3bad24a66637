// What the hostile-input test generates per call: a "case" is a recipe that is applied to a valid input built
// just before the call (so versions are current). Mostly it changes one to three fields of the valid input (a
// field replaced by a hostile value, removed, or an extra key added), so that the rest passes validation and the
// call reaches the services; sometimes it builds an object of the schema's keys with hostile values only, or
// replaces the whole input. Over HTTP, a case may also send a broken request body instead (malformed JSON,
// hostile superjson metadata).
import fc from "fast-check";
import { type Category, EXTRA_KEYS, type Hostile, hostileValue } from "./hostile-values";
import type { HttpPayload } from "./procedures";

export type Op =
  | { kind: "set"; pick: number; value: Hostile }
  | { kind: "delete"; pick: number }
  | { kind: "extra"; key: string; value: Hostile };

export interface Case {
  /** mutate: change a valid input; object: the schema's keys with hostile values; whole: one hostile value. */
  mode: "mutate" | "object" | "whole";
  ops: Op[];
  whole: Hostile;
  /** Through the HTTP handler (superjson over fetch) instead of createCaller. */
  http: boolean;
  /** Over HTTP: a raw request body or ?input= text instead of the input (null: none). */
  envelope: string | null;
}

/** Broken or hostile transport payloads: tRPC and superjson must refuse them as bad requests. */
export const ENVELOPES = [
  "{not json",
  "",
  "null",
  "[1,2]",
  '"text"',
  '{"json":{},"meta":{"values":["nope"]}}',
  '{"json":{},"meta":{"values":{"__proto__.polluted":["bigint"]}}}',
  '{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["__proto__.polluted"]}}}',
  '{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["constructor.prototype.polluted"]}}}',
  '{"json":"x","meta":{"values":["class","X"]}}',
  '{"json":"x","meta":{"values":["symbol","X"]}}',
  '{"json":"(a+)+$","meta":{"values":["regexp"]}}',
  '{"json":"99999999999999999999999999999999","meta":{"values":["bigint"]}}',
  '{"json":"kein Wert","meta":{"values":["bigint"]}}',
  '{"json":"kein Datum","meta":{"values":["Date"]}}',
  '{"json":[1,1],"meta":{"values":["set"]}}',
  '{"json":[[1,2],[1,3]],"meta":{"values":["map"]}}',
  '{"json":{"id":"1"},"meta":{"values":{"id":["number"]}}}',
  '{"json":{"json":{"json":{}}}}',
  '{"json":{},"meta":{"values":{"":["undefined"]}}}',
  '{"json":{"__proto__":{"polluted":"yes"}}}',
  '{"0":{"json":{}}}',
] as const;

export function caseArbitrary(existingIds: readonly (number | string)[]): fc.Arbitrary<Case> {
  const value = hostileValue(existingIds);
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), value }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("extra" as const), key: fc.constantFrom(...EXTRA_KEYS), value }),
    },
  );
  return fc.record({
    mode: fc.oneof(
      { weight: 7, arbitrary: fc.constant("mutate" as const) },
      { weight: 2, arbitrary: fc.constant("object" as const) },
      { weight: 1, arbitrary: fc.constant("whole" as const) },
    ),
    ops: fc.array(op, { minLength: 1, maxLength: 3 }),
    whole: value,
    http: fc.nat({ max: 3 }).map((n) => n === 0),
    envelope: fc.option(fc.constantFrom(...ENVELOPES), { freq: 6, nil: null }),
  });
}

type Path = (string | number)[];

/** Every path into a valid input (objects and arrays, three levels deep), e.g. ["areas", 0, "code"]. */
function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (depth >= 3 || value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, inner]) => [[...prefix, key], ...pathsOf(inner, [...prefix, key], depth + 1)]);
}

/** The object or array that holds the value at `path`, and the value's key in it (null: the path leads nowhere). */
function holderOf(root: unknown, path: Path): { node: object; last: string | number } | null {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = path[path.length - 1];
  if (node === null || typeof node !== "object" || last === undefined) return null;
  return { node, last };
}

function setAt(root: unknown, path: Path, value: unknown): boolean {
  const at = holderOf(root, path);
  if (!at) return false;
  if (Array.isArray(at.node) && typeof at.last === "number") at.node[at.last] = value;
  // An own property even for "__proto__" (as JSON.parse makes it), not a prototype change.
  else Object.defineProperty(at.node, at.last, { value, enumerable: true, configurable: true, writable: true });
  return true;
}

function deleteAt(root: unknown, path: Path): boolean {
  const at = holderOf(root, path);
  if (!at) return false;
  if (Array.isArray(at.node) && typeof at.last === "number") at.node.splice(at.last, 1);
  else delete (at.node as Record<string, unknown>)[String(at.last)];
  return true;
}

export interface Made {
  /** The input for createCaller (deep values built in full). */
  input: unknown;
  /** The same for HTTP (deep values as placeholders, replaced by their JSON text when sent). */
  payload: HttpPayload;
  categories: Category[];
  /** What was done, for failure messages: "set areas.0.code = «unicode: "\ud800"»". */
  description: string;
}

/** Applies a case to a valid input (`sample`) of a procedure whose schema has the top-level `keys`. */
export function makeInput(c: Case, sample: unknown, keys: readonly string[]): Made {
  if (c.http && c.envelope !== null) {
    return {
      input: undefined,
      payload: { kind: "raw", text: c.envelope },
      categories: [],
      description: `raw HTTP payload ${JSON.stringify(c.envelope)}`,
    };
  }
  const raw = new Map<string, string>();
  const categories: Category[] = [];
  const materialize = (hostile: Hostile, forHttp: boolean): unknown => {
    categories.push(hostile.category);
    if (forHttp && hostile.json) {
      const token = `§§raw-${raw.size}§§`;
      raw.set(token, hostile.json());
      return token;
    }
    return hostile.make();
  };
  const build = (forHttp: boolean): { value: unknown; steps: string[] } => {
    if (c.mode === "whole" || (keys.length === 0 && (c.mode === "object" || sample === undefined))) {
      return { value: materialize(c.whole, forHttp), steps: [`whole input = ${String(c.whole[fc.toStringMethod]())}`] };
    }
    const root: unknown = c.mode === "mutate" && sample !== undefined ? structuredClone(sample) : {};
    const steps: string[] = [c.mode === "mutate" ? "valid input" : "object of the schema's keys"];
    for (const op of c.ops) {
      if (op.kind === "extra") {
        if (setAt(root, [op.key], materialize(op.value, forHttp))) {
          steps.push(`extra key ${JSON.stringify(op.key)} = ${op.value[fc.toStringMethod]()}`);
        }
        continue;
      }
      const present = c.mode === "mutate" ? pathsOf(root) : [];
      const absent = keys.filter((key) => !(root && typeof root === "object" && key in root)).map((key) => [key]);
      const candidates: Path[] = [...present, ...absent];
      const path = candidates[op.pick % Math.max(1, candidates.length)];
      if (!path) continue;
      if (op.kind === "delete") {
        if (deleteAt(root, path)) steps.push(`delete ${path.join(".")}`);
      } else if (setAt(root, path, materialize(op.value, forHttp))) {
        steps.push(`set ${path.join(".")} = ${op.value[fc.toStringMethod]()}`);
      }
    }
    return { value: root, steps };
  };
  const built = build(c.http);
  return {
    input: c.http ? undefined : built.value,
    payload: { kind: "value", value: c.http ? built.value : undefined, raw },
    categories: [...new Set(categories)],
    description: built.steps.join("; "),
  };
}
