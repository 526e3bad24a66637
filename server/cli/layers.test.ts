// The layer check (npm run lint) fails on an upward import and passes on this repository as it is.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLayers } from "./layers";

const root = mkdtempSync(path.join(tmpdir(), "layers-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe("the layer check", () => {
  write("server/trpc/init.ts", "export const router = {};\n");
  write("server/db/prisma.ts", "export type Db = object;\n");
  write("server/export/table.ts", "export const sheet = 1;\n");
  write("app/people/_components/search-params.ts", "export const read = 1;\n");
  write("server/test/caller.ts", "export const callerFor = 1;\n");

  it("refuses a service that imports tRPC, Next.js or the export layer", () => {
    write(
      "server/services/person/list.ts",
      [
        'import type { Db } from "../../db/prisma";',
        'import { router } from "../../trpc/init";',
        'import { headers } from "next/headers";',
        'import { sheet } from "@/server/export/table";',
      ].join("\n"),
    );
    const violations = checkLayers(root, ["server/services"]);
    expect(violations.map((v) => v.imported)).toEqual(["../../trpc/init", "next/headers", "@/server/export/table"]);
    expect(violations[0]?.reason).toBe("server/services/ may not import server/trpc/init.ts");
  });

  it("refuses anything under server/ that imports app/, and product code that imports test code", () => {
    write("server/export/datasets/people.ts", 'import { read } from "@/app/people/_components/search-params";\n');
    write("server/lists/people.ts", 'export { callerFor } from "../test/caller";\n');
    expect(checkLayers(root, ["server/export", "server/lists"]).map((v) => v.reason)).toEqual([
      "server/export/ may not import app/people/_components/search-params.ts",
      "product code may not import test code",
    ]);
  });

  it("lets a test import any layer", () => {
    write("server/services/person/person.test.ts", 'import { router } from "../../trpc/init";\n');
    expect(checkLayers(root, ["server/services/person/person.test.ts"])).toEqual([]);
  });

  it("finds nothing against the rules in this repository", () => {
    expect(checkLayers(path.resolve(import.meta.dirname, "../.."))).toEqual([]);
  });
});
