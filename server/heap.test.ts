// The production server's heap limit: read from SERVER_HEAP_MB (default 1024), checked like every setting.
import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { DEFAULT_SERVER_HEAP_MB, serverHeapArgs } from "./heap";

/** The environment from an explicit source, as the app reads it from process.env. */
const envOf = (source: Record<string, string>) => readEnv(source as NodeJS.ProcessEnv);

describe("the server's heap limit", () => {
  it("is 1024 MB unless SERVER_HEAP_MB says otherwise", () => {
    expect(envOf({}).SERVER_HEAP_MB).toBe(DEFAULT_SERVER_HEAP_MB);
    expect(serverHeapArgs()).toEqual(["--max-old-space-size=1024"]);
    const env = envOf({ SERVER_HEAP_MB: "2048" });
    expect(serverHeapArgs(env.SERVER_HEAP_MB)).toEqual(["--max-old-space-size=2048"]);
  });

  it("refuses a value that is not a whole number of at least 256 MB, naming the variable", () => {
    for (const value of ["100", "1.5", "lots", "-1024"]) {
      expect(() => envOf({ SERVER_HEAP_MB: value })).toThrow(/SERVER_HEAP_MB/);
    }
  });
});
