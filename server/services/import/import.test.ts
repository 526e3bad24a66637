// The agreement import against a real PostgreSQL with Cologne's demo data, through the router (stage → preview →
// apply): round trips of our own XLSX and CSV exports edited by independent writers, conflicts, partners matched
// by name, dates at their precision, and every refused file with each table's checksum unchanged.
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { handleExport } from "../../export/handler";
import { csvRecords, readCsv, readXlsx, serialToDate } from "../../export/test-readers";
import { fingerprint, fingerprintDiff } from "../../reliability/db-state";
import { formatPartialDate } from "../../schemas/common";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { sheetXml, type WriterCell, windows1252, writeCsv, writeXlsx, xlsxOfSheetXml } from "../../test/xlsx-writer";
import type { MappedError } from "../../trpc/errors";
import { reasonText } from "./report";
import { readPartialDate } from "./values";

let db: Db;
let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
});

async function exported(format: "csv" | "xlsx", lang: "de" | "en"): Promise<Uint8Array> {
  const request = new Request(`http://localhost/api/export/agreements?format=${format}&lang=${lang}&sort=title`);
  const response = await handleExport(request, "agreements", TEST_ACTORS.EDITOR, db);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

async function stage(bytes: Uint8Array, fileName: string) {
  return api.dataImport.stage({ kind: "AGREEMENTS", fileName, content: Buffer.from(bytes).toString("base64") });
}

async function preview(bytes: Uint8Array, fileName = "import.xlsx") {
  const staged = await stage(bytes, fileName);
  const result = await api.dataImport.preview({ token: staged.token });
  return { token: staged.token, ...result };
}

/** Every agreement's own columns, by id (what an import may change, and its version). */
async function agreements() {
  const rows = await db.agreement.findMany({
    orderBy: { id: "asc" },
    omit: { createdAt: true, updatedAt: true, partnerContinent: true, partnerCountryCode: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("round trip of the XLSX export, edited by another writer", () => {
  it("updates exactly the edited records, creates the row without a number, deletes nothing; twice changes nothing", async () => {
    const sheet = readXlsx(await exported("xlsx", "de")).sheets[0];
    if (!sheet) throw new Error("no sheet");
    const header = (sheet.rows[0] ?? []).map((cell) => String(cell?.value ?? ""));
    const col = (name: string) => {
      const index = header.indexOf(name);
      if (index < 0) throw new Error(`no column ${name} in ${header.join(" | ")}`);
      return index;
    };
    expect([header[0], header.at(-1)]).toEqual(["Nr.", "Version"]);
    // The export's cells as the other writer writes them again: date cells stay date cells.
    const rows: WriterCell[][] = sheet.rows.map((row) =>
      header.map((_, index) => {
        const cell = row[index];
        if (!cell || cell.value === null || cell.value === "") return null;
        if (typeof cell.value === "number" && cell.numFmt && /y/.test(cell.numFmt)) {
          return { day: serialToDate(cell.value) };
        }
        return cell.value as string | number | boolean;
      }),
    );
    const before = await agreements();
    const first = rows[1] as WriterCell[];
    const second = rows[2] as WriterCell[];
    const firstId = Number(first[col("Nr.")]);
    const secondId = Number(second[col("Nr.")]);
    first[col("Zuständige Stelle (Köln)")] = "Amt für Internationales, Team Asien";
    first[col("Unterzeichnet")] = "06/1988";
    second[col("Aktenzeichen")] = "15-2026/0001";
    second[col("Belegt")] = "Ja";
    second[col("Gültig ab")] = { day: day("2001-02-03") };
    const liverpool = await db.partner.findFirstOrThrow({ where: { nameDe: "Liverpool" } });
    const newRow: WriterCell[] = header.map(() => null);
    newRow[col("Titel")] = "Jugendaustausch Liverpool–Köln";
    newRow[col("Art")] = "Freundschaft";
    newRow[col("Partner")] = "Liverpool"; // its English name, found in any language
    newRow[col("Ländercode")] = liverpool.countryCode;
    newRow[col("Unterzeichnet")] = "1958";
    newRow[col("Gültig ab")] = "27.06.1984";
    rows.push(newRow);
    const file = writeXlsx(rows);

    const { token, counts, rows: planned } = await preview(file);
    expect(counts).toEqual({ create: 1, change: 2, unchanged: before.size - 2, conflict: 0, refuse: 0 });
    const firstChange = planned.find((row) => row.action === "change" && row.id === firstId);
    const signed = before.get(firstId);
    expect(firstChange?.action === "change" && firstChange.changes).toEqual([
      {
        field: "signedOn",
        before: formatPartialDate(signed?.signedOn ?? null, signed?.signedOnPrecision ?? "DAY") || null,
        after: "1988-06",
      },
      {
        field: "responsibleUnit",
        before: signed?.responsibleUnit ?? null,
        after: "Amt für Internationales, Team Asien",
      },
    ]);

    const result = await api.dataImport.commit({ token });
    expect(result).toMatchObject({ created: 1, changed: 2 });

    const after = await agreements();
    expect(after.size).toBe(before.size + 1);
    for (const [id, row] of before) {
      const now = after.get(id);
      if (id === firstId) {
        expect(now).toEqual({
          ...row,
          responsibleUnit: "Amt für Internationales, Team Asien",
          signedOn: day("1988-06-01"),
          signedOnPrecision: "MONTH",
          version: row.version + 1,
        });
      } else if (id === secondId) {
        expect(now).toEqual({
          ...row,
          referenceNumber: "15-2026/0001",
          verified: true,
          validFrom: day("2001-02-03"),
          validFromPrecision: "DAY",
          version: row.version + 1,
        });
      } else {
        expect(now, `agreement ${id} must not change`).toEqual(row);
      }
    }
    const created = [...after.values()].find((row) => !before.has(row.id));
    expect(created).toMatchObject({
      title: "Jugendaustausch Liverpool–Köln",
      type: "FRIENDSHIP",
      partnerId: liverpool.id,
      status: "PROPOSED",
      signedOn: day("1958-01-01"),
      signedOnPrecision: "YEAR",
      validFrom: day("1984-06-27"),
      validFromPrecision: "DAY",
      version: 1,
    });
    // One audit event per record, naming the import.
    const events = await db.auditEvent.findMany({ where: { importId: result.importId } });
    expect(events.map((event) => `${event.action} ${event.entityId}`).sort()).toEqual(
      [`CREATE ${created?.id}`, `UPDATE ${firstId}`, `UPDATE ${secondId}`].sort(),
    );
    expect(await db.statusChange.count({ where: { agreementId: created?.id } })).toBe(1);

    // The same file again: its edited rows are now behind (older versions) but equal, the new row exists already.
    const printed = await fingerprint(db);
    const again = await preview(file);
    expect(again.counts).toMatchObject({ create: 0, change: 0, conflict: 0, refuse: 1 });
    const refusedAgain = again.rows.find((row) => row.action === "refuse");
    expect(refusedAgain).toMatchObject({ reason: { key: "dataImport.reasons.existsAlready" } });
    await expect(api.dataImport.commit({ token: again.token })).resolves.toMatchObject({ created: 0, changed: 0 });
    // Only the upload's own record changed (stored, then marked applied).
    expect(fingerprintDiff(printed, await fingerprint(db)).filter((table) => !table.startsWith("DataImport"))).toEqual(
      [],
    );
    expect(await agreements()).toEqual(after);
  });
});

describe("round trip of the CSV export, edited by another writer", () => {
  it("updates the edited record; a row changed by someone else since the export is a conflict naming them", async () => {
    const { rows } = readCsv(await exported("csv", "en"));
    const header = rows[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const before = await agreements();
    const edited = rows.map((row) => [...row]);
    const first = edited[1] as string[];
    const second = edited[2] as string[];
    const firstId = Number(first[col("ID")]);
    const secondId = Number(second[col("ID")]);
    first[col("Notes")] = 'Updated from the spreadsheet; "quoted", with a comma';
    second[col("Responsible unit (Cologne)")] = "Office for International Affairs";
    // Somebody changes the second agreement after the export.
    const current = await api.agreement.byId({ id: secondId });
    await api.agreement.update({
      id: secondId,
      version: current.version,
      type: current.type,
      title: current.title,
      partnerId: current.partner.id,
      notes: "Changed in between",
    });
    const changedInBetween = await agreements();
    const file = strToU8(`\uFEFF${writeCsv(edited, ",")}`);

    const { token, counts, rows: planned, file: staged } = await preview(file, "agreements.csv");
    expect(staged).toMatchObject({ format: "csv", encoding: "utf-8-bom", delimiter: "," });
    expect(counts).toMatchObject({ create: 0, change: 1, conflict: 1, refuse: 0 });
    const conflict = planned.find((row) => row.action === "conflict");
    expect(conflict).toMatchObject({
      id: secondId,
      yourVersion: before.get(secondId)?.version,
      currentVersion: (before.get(secondId)?.version ?? 0) + 1,
      by: TEST_ACTORS.EDITOR.name,
    });
    expect(conflict?.action === "conflict" && conflict.at).toBeTruthy();

    await api.dataImport.commit({ token });
    const after = await agreements();
    expect(after.get(firstId)).toEqual({
      ...before.get(firstId),
      notes: 'Updated from the spreadsheet; "quoted", with a comma',
      version: (before.get(firstId)?.version ?? 0) + 1,
    });
    expect(after.get(secondId)).toEqual(changedInBetween.get(secondId));
    for (const [id, row] of changedInBetween) if (id !== firstId) expect(after.get(id)).toEqual(row);
  });

  it("reads a Windows-1252 file with semicolons, says so, and finds partners by any of their names", async () => {
    const lüttich = await db.partner.findFirstOrThrow({ where: { nameDe: "Lüttich" } });
    const text = writeCsv(
      [
        ["Titel", "Art", "Partner", "Unterzeichnet", "Notizen"],
        ["Städtefreundschaft Lüttich – Köln „Brücken“", "Freundschaft", "Liège", "1958", "Grüße, Maß und Öl"],
      ],
      ";",
    );
    const { file, counts, rows } = await preview(windows1252(text), "liste.csv");
    expect(file).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(counts).toMatchObject({ create: 1, refuse: 0 });
    expect(rows[0]).toMatchObject({
      action: "create",
      label: "Städtefreundschaft Lüttich – Köln „Brücken“",
      after: { partnerId: lüttich.id, notes: "Grüße, Maß und Öl", signedOn: "1958" },
    });
  });

  it("refuses rows with their line, column and reason; ambiguous partners are refused, not guessed", async () => {
    const partner = await db.partner.findFirstOrThrow({ where: { nameDe: "Rotterdam" } });
    // A second partner with the same name in another country makes "Rotterdam" without a country ambiguous.
    await api.partner.create({
      nameDe: "Rotterdam",
      nameEn: "Rotterdam",
      countryCode: "US",
      continent: "NORTH_AMERICA",
    });
    const text = writeCsv(
      [
        ["Titel", "Art", "Partner", "Ländercode", "Unterzeichnet"],
        ["Gut", "Kontakt", "Rotterdam", partner.countryCode, "27.06.1984"],
        ["Mehrdeutig", "Kontakt", "Rotterdam", "", ""],
        ["Unbekannt", "Kontakt", "Atlantis", "", ""],
        ["Falsches Datum", "Kontakt", "Rotterdam", partner.countryCode, "31.02.1984"],
        ["Falsche Art", "Handschlag", "Rotterdam", partner.countryCode, ""],
        ["", "Kontakt", "Rotterdam", partner.countryCode, ""],
      ],
      ";",
    );
    const { rows, counts } = await preview(strToU8(text), "fehler.csv");
    expect(counts).toMatchObject({ create: 1, refuse: 5 });
    const refused = rows
      .filter((row) => row.action === "refuse")
      .map((row) => (row.action === "refuse" ? [row.line, row.place?.column ?? null, row.reason.key] : []));
    expect(refused).toEqual([
      [3, "C", "dataImport.reasons.ambiguousPartner"],
      [4, "C", "dataImport.reasons.unknownPartner"],
      [5, "E", "validation.notAPartialDate"],
      [6, "B", "dataImport.reasons.notAValue"],
      [7, "A", "validation.required"],
    ]);
  });
});

describe("reasons in the user's language", () => {
  it("says the import's own reasons and the validation messages in German and English", () => {
    const unknown = { key: "dataImport.reasons.unknownPartner", params: { name: "Atlantis", country: "" } };
    expect(reasonText(unknown, "de")).toBe("kein Partner heißt „Atlantis“");
    expect(reasonText(unknown, "en")).toBe("no partner is called “Atlantis”");
    expect(reasonText({ key: "validation.required", field: "title" }, "de")).toBe("Titel: Pflichtfeld");
    expect(reasonText({ key: "validation.maxLength", params: { max: 300 } }, "en")).toBe("at most 300 characters");
  });
});

describe("dates at their precision", () => {
  it.each([
    ["1958", "1958", "YEAR"],
    ["06/1988", "1988-06", "MONTH"],
    ["6.1988", "1988-06", "MONTH"],
    ["27.06.1984", "1984-06-27", "DAY"],
    ["1984-06-27", "1984-06-27", "DAY"],
    ["1988-06", "1988-06", "MONTH"],
  ])("%s → %s (%s)", (text, iso, precision) => {
    const read = readPartialDate(text);
    expect(
      read.ok && read.value && [formatPartialDate(read.value.date, read.value.precision), read.value.precision],
    ).toEqual([iso, precision]);
  });

  it("reads an Excel date cell as a day and refuses what could be read two ways", () => {
    const read = readPartialDate(new Date("1984-06-27T00:00:00Z"));
    expect(read.ok && read.value?.precision).toBe("DAY");
    expect(readPartialDate("06/07/1984").ok).toBe(false);
    expect(readPartialDate("30.02.2020").ok).toBe(false);
  });
});

describe("refused files write nothing", () => {
  const bigCell = "x".repeat(10 * 1024 * 1024);
  const cases: [string, string, () => Uint8Array][] = [
    [
      "not a spreadsheet (a PDF)",
      "notASpreadsheet",
      () => strToU8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n\u0000\u0001"),
    ],
    ["not a spreadsheet (a zip of a text)", "notASpreadsheet", () => zipSync({ "readme.txt": strToU8("hello") })],
    ["a zip bomb", "zipBomb", () => xlsxOfSheetXml(new Uint8Array(210 * 1024 * 1024).fill(0x20))],
    [
      "a formula cell",
      "formula",
      () =>
        writeXlsx([
          ["Titel", "Art"],
          [{ formula: 'HYPERLINK("http://x")' }, "Kontakt"],
        ]),
    ],
    ["10 MB in one cell (XLSX)", "cellTooLong", () => writeXlsx([["Titel"], [bigCell]])],
    ["10 MB in one cell (CSV)", "cellTooLong", () => strToU8(`Titel;Art\n${bigCell};Kontakt\n`)],
    [
      "a sheet with 1,000,000 rows (XLSX)",
      "tooManyRows",
      () => {
        const rows: string[] = [];
        for (let r = 2; r <= 1_000_001; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
        return xlsxOfSheetXml(
          `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c></row>${rows.join("")}</sheetData></worksheet>`,
        );
      },
    ],
    ["1,000,000 rows (CSV)", "tooManyRows", () => strToU8(`Titel\n${"x\n".repeat(1_000_000)}`)],
    ["a column twice", "duplicateColumn", () => strToU8("Titel;Art;Titel\nA;Kontakt;B\n")],
    [
      "a column twice (XLSX, German and English)",
      "duplicateColumn",
      () =>
        writeXlsx([
          ["Titel", "titel "],
          ["A", "B"],
        ]),
    ],
  ];

  it.each(cases)(
    "%s",
    async (_name, key, make) => {
      const bytes = make();
      const before = await fingerprint(db);
      const error = (await trpcError(() => stage(bytes, "datei.xlsx"))) as MappedError;
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.details?.importFile?.key).toBe(key);
      expect(fingerprintDiff(before, await fingerprint(db))).toEqual([]);
    },
    120_000,
  );

  it("the sheet writer above writes what it is asked (the refusals are not its doing)", async () => {
    const { counts } = await preview(
      writeXlsx([
        ["Titel", "Art", "Partner", "Ländercode"],
        ["Probe", "Kontakt", "Lille", "FR"],
      ]),
    );
    expect(counts.create).toBe(1);
    expect(sheetXml([["a"]])).toContain("inlineStr");
    expect(csvRecords([["a"], ["1"]])).toEqual([{ a: "1" }]);
  });
});
