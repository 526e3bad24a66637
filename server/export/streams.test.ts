import { describe, expect, it } from "vitest";
import { TEST_ACTORS } from "../test/caller";
import { csvRecord, csvStream } from "./csv";
import { exportTexts } from "./labels";
import {
  type CellValue,
  keysetAfter,
  keysetBatches,
  readAhead,
  type Sheet,
  type SortKey,
  sheet,
  type TableExport,
} from "./table";
import { readCsv, readXlsx } from "./test-readers";
import { xlsxStream } from "./xlsx";

const texts = exportTexts("de");
const about = { actor: TEST_ACTORS.EDITOR, locale: "de" as const, now: new Date(), appName: "Test" };

/** A sheet of `batches` × 1,000 generated rows that counts how many batches were asked for and closed. */
function generated(batches: number) {
  const state = { produced: 0, closed: false };
  const rows: Sheet = sheet(
    "Daten",
    [
      { type: "int", header: "Nr.", width: 8, get: (r: { id: number }) => r.id },
      { type: "text", header: "Text", width: 60, get: (r) => `Zeile ${r.id} – ${"Köln 重庆 ".repeat(20)}` },
      { type: "date", header: "Tag", width: 12, get: (r) => new Date(Date.UTC(2000, 0, 1 + (r.id % 9000))) },
    ],
    async function* () {
      try {
        for (let b = 0; b < batches; b++) {
          state.produced++;
          yield Array.from({ length: 1000 }, (_, i) => ({ id: b * 1000 + i + 1 }));
        }
      } finally {
        state.closed = true;
      }
    },
  );
  const table: TableExport = { title: "Test", sheets: [rows], csv: rows, filter: [], sort: null, listUrl: null };
  return { table, state };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("CSV fields", () => {
  it("escape what a spreadsheet would run as a formula, and quote delimiters and quotes", () => {
    expect(csvRecord(["=1+1", -5, 0])).toBe("'=1+1;-5;0\r\n");
    expect(csvRecord(["-5", "+49 221", "@x"])).toBe("'-5;'+49 221;'@x\r\n");
    expect(csvRecord(["\tx", "\uFF1Dx", "a-b"])).toBe("'\tx;'\uFF1Dx;a-b\r\n");
    expect(csvRecord(['a"b', "a;b", "", "ä重"])).toBe('"a""b";"a;b";;ä重\r\n');
  });

  it("quote every line break inside a text, so a two-line note stays one row", () => {
    expect(csvRecord(["Zeile 1\nZeile 2", "x"])).toBe('"Zeile 1\nZeile 2";x\r\n');
    expect(csvRecord(["a\rb"])).toBe('"a\rb"\r\n');
    expect(csvRecord(["a\r\nb"])).toBe('"a\r\nb"\r\n');
  });
});

describe("streaming writers", () => {
  it("CSV: reads ahead by at most a batch or two while the reader waits, and stops when it cancels", async () => {
    const { table, state } = generated(200);
    const reader = csvStream(table.csv, texts).getReader();
    await reader.read();
    await pause(200);
    expect(state.produced).toBeLessThanOrEqual(3);
    await reader.cancel();
    await pause(50);
    expect(state.closed).toBe(true);
    expect(state.produced).toBeLessThanOrEqual(3);
  });

  it("XLSX: waits for the reader (backpressure), and stops when it cancels", async () => {
    const { table, state } = generated(200);
    const reader = xlsxStream(table, texts, about).getReader();
    await reader.read();
    await pause(500);
    // 200,000 rows would be ~60 MB of sheet XML: without backpressure the writer would have read them all by now.
    expect(state.produced).toBeLessThan(60);
    await reader.cancel();
    await pause(100);
    expect(state.closed).toBe(true);
  });

  it("both write every row when read to the end", async () => {
    const csv = readCsv(await readAll(csvStream(generated(3).table.csv, texts)));
    expect(csv.rows).toHaveLength(3001);
    expect(csv.rows[3000]?.[0]).toBe("3000");
    const xlsx = readXlsx(await readAll(xlsxStream(generated(3).table, texts, about)));
    expect(xlsx.sheets.map((s) => s.name)).toEqual(["Daten", "Export"]);
    expect(xlsx.sheets[0]?.rows).toHaveLength(3001);
    expect(xlsx.sheets[0]?.rows[3000]?.[2]?.numFmt).toBe("yyyy-mm-dd");
  });

  it("an XLSX cell keeps at most Excel's 32,767 characters", async () => {
    const long: Sheet = sheet(
      "Lang",
      [{ type: "text", header: "Text", width: 20, get: (r: { text: string }) => r.text }],
      async function* () {
        yield [{ text: "x".repeat(40_000) }];
      },
    );
    const table: TableExport = { title: "T", sheets: [long], csv: long, filter: [], sort: null, listUrl: null };
    const value = readXlsx(await readAll(xlsxStream(table, texts, about))).sheets[0]?.rows[1]?.[0]?.value as string;
    expect(value).toHaveLength(32_767);
    expect(value.endsWith("…")).toBe(true);
  });
});

describe("failures and aborts", () => {
  /** A sheet over keysetBatches with a fake database: `batches` full batches of 1,000, then `fail` if given. */
  function fromDatabase(batches: number, fail?: Error) {
    let calls = 0;
    const key: SortKey<{ id: number }, object> = { dir: "asc", value: (r) => r.id, where: (f) => ({ id: f }) };
    const controller = new AbortController();
    const data: Sheet = sheet(
      "Daten",
      [{ type: "int", header: "Nr.", width: 8, get: (r: { id: number }) => r.id }],
      (signal) =>
        keysetBatches({
          keys: [key],
          signal,
          batchSize: 1000,
          fetch: async (_after, take) => {
            calls++;
            await pause(1);
            if (calls > batches) {
              if (fail) throw fail;
              return [];
            }
            return Array.from({ length: take }, (_, i) => ({ id: (calls - 1) * take + i + 1 }));
          },
        }),
    );
    const table: TableExport = { title: "T", sheets: [data], csv: data, filter: [], sort: null, listUrl: null };
    return { table, controller };
  }

  it("a database error while the writer waits is no unhandled rejection; the download fails", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const { table } = fromDatabase(3, new Error("database gone"));
      const reader = csvStream(table.csv, texts).getReader();
      await reader.read(); // the header; the writer reads ahead while this reader waits
      await pause(100);
      let error: unknown;
      try {
        for (;;) if ((await reader.read()).done) break;
      } catch (caught) {
        error = caught;
      }
      expect(String(error)).toContain("database gone");

      const xlsx = xlsxStream(fromDatabase(2, new Error("database gone")).table, texts, about);
      await expect(readAll(xlsx)).rejects.toThrow();
      await pause(50);
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("an aborted request makes the file fail, never end as if complete", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const { table, controller } = fromDatabase(1_000);
      const stream =
        format === "csv"
          ? csvStream(table.csv, texts, controller.signal)
          : xlsxStream(table, texts, about, controller.signal);
      const reader = stream.getReader();
      await reader.read();
      controller.abort();
      let ended = false;
      let failed = false;
      try {
        for (;;) {
          if ((await reader.read()).done) {
            ended = true;
            break;
          }
        }
      } catch {
        failed = true;
      }
      expect({ format, ended, failed }).toEqual({ format, ended: false, failed: true });
    }
  });

  it("readAhead hands on every value in order and closes its source when the consumer stops", async () => {
    let closed = false;
    async function* numbers() {
      try {
        for (let n = 1; n <= 5; n++) yield n;
      } finally {
        closed = true;
      }
    }
    const seen: number[] = [];
    for await (const n of readAhead(numbers())) {
      seen.push(n);
      if (n === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(closed).toBe(true);
  });
});

describe("keyset conditions", () => {
  type R = { id: number; name: string | null; status: string };
  const as = (field: string) => (f: unknown) => ({ [field]: f });
  const id: SortKey<R, object> = { dir: "asc", value: (r) => r.id, where: as("id") };
  const row: R = { id: 7, name: "Köln", status: "ACTIVE" };

  it("after a value: greater (asc) or smaller (desc), or equal with a greater id; the first key bounds the scan", () => {
    const asc: SortKey<R, object> = { dir: "asc", value: (r) => r.name, where: as("name") };
    expect(keysetAfter([asc, id], row)).toEqual({
      AND: [
        { name: { gte: "Köln" } },
        { OR: [{ name: { gt: "Köln" } }, { AND: [{ name: { equals: "Köln" } }, { id: { gt: 7 } }] }] },
      ],
    });
    const desc: SortKey<R, object> = { ...asc, dir: "desc" };
    expect(keysetAfter([desc, id], row)).toMatchObject({ AND: [{ name: { lte: "Köln" } }, {}] });
  });

  it("nulls last: after a value come the greater values and the nulls (or, read separately, only the values)", () => {
    const key: SortKey<R, object> = { dir: "asc", value: (r) => r.name, where: as("name"), nullsLast: true };
    const after = keysetAfter([key, id], row) as { AND: [object, { OR: object[] }] };
    expect(after.AND[1].OR[0]).toEqual({ OR: [{ name: { gt: "Köln" } }, { name: null }] });
    const separately = keysetAfter([key, id], row, 0, true) as { AND: [object, { OR: object[] }] };
    expect(separately.AND[1].OR[0]).toEqual({ name: { gt: "Köln" } });
    // After a null: only nulls with a greater id.
    expect(keysetAfter([key, id], { ...row, name: null })).toEqual({ AND: [{ name: null }, { id: { gt: 7 } }] });
  });

  it("enums by their declared order", () => {
    const values = ["PROPOSED", "ACTIVE", "ENDED"];
    const asc: SortKey<R, object> = { dir: "asc", value: (r) => r.status, where: as("status"), enumValues: values };
    expect(keysetAfter([asc, id], row)).toEqual({
      AND: [
        { status: { in: ["ACTIVE", "ENDED"] } },
        { OR: [{ status: { in: ["ENDED"] } }, { AND: [{ status: { equals: "ACTIVE" } }, { id: { gt: 7 } }] }] },
      ],
    });
    const desc = { ...asc, dir: "desc" as const };
    expect(keysetAfter([desc, id], row)).toMatchObject({
      AND: [{ status: { in: ["PROPOSED", "ACTIVE"] } }, { OR: [{ status: { in: ["PROPOSED"] } }, {}] }],
    });
  });

  it("the cells of a sheet follow its columns", async () => {
    const s = sheet(
      "S",
      [
        { type: "int", header: "A", width: 5, get: (r: R) => r.id },
        { type: "text", header: "B", width: 5, get: (r) => r.name },
      ],
      async function* () {
        yield [row];
      },
    );
    const batches: CellValue[][][] = [];
    for await (const batch of s.batches()) batches.push(batch);
    expect(batches).toEqual([[[7, "Köln"]]]);
  });
});
