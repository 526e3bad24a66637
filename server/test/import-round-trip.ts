// What the import's round-trip tests share: an export of the app read back as CSV text cells, a file of edited rows
// written by the test's own writer (not the app's) and previewed through the router, and the check that an import
// wrote nothing (every table's checksum but the uploads' own unchanged).
import { expect } from "vitest";
import type { ImportKind } from "../db/generated/enums";
import type { Db } from "../db/prisma";
import { handleExport } from "../export/handler";
import { readCsv } from "../export/test-readers";
import { fingerprint, fingerprintDiff } from "../reliability/db-state";
import { type callerFor, TEST_ACTORS } from "./caller";
import { writeCsv } from "./xlsx-writer";

/** The CSV export of `dataset` (e.g. "working-groups") as text cells, and a column's index by its header. */
export async function exportedCsv(db: Db, dataset: string, lang: "de" | "en") {
  const request = new Request(`http://localhost/api/export/${dataset}?format=csv&lang=${lang}`);
  const response = await handleExport(request, dataset, TEST_ACTORS.EDITOR, db);
  expect(response.status).toBe(200);
  const { rows } = readCsv(new Uint8Array(await response.arrayBuffer()));
  const header = rows[0] as string[];
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`no column ${name} in ${header.join(" | ")}`);
    return index;
  };
  return { header, rows: rows.map((row) => [...row]), col };
}

/** Uploads the rows as a CSV of the given kind and previews it with the automatic mapping. */
export async function previewCsv(api: ReturnType<typeof callerFor>, kind: ImportKind, rows: string[][]) {
  const content = Buffer.from(writeCsv(rows, ";")).toString("base64");
  const staged = await api.dataImport.stage({ kind, fileName: "import.csv", content });
  const result = await api.dataImport.preview({ token: staged.token });
  return { token: staged.token, ...result };
}

/** Every table but the uploads' own is as `printed` (an import that changed nothing). */
export async function expectNothingWritten(db: Db, printed: Awaited<ReturnType<typeof fingerprint>>) {
  expect(fingerprintDiff(printed, await fingerprint(db)).filter((table) => !table.startsWith("DataImport"))).toEqual(
    [],
  );
}
