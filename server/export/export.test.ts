// CSV and XLSX exports against a real PostgreSQL with Cologne's demo data, through handleExport (the route handler
// without Next), each file read back with an independent reader (csv-parse; fflate + fast-xml-parser) and compared
// with the database and with the list the screen shows for the same filter.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/prisma";
import { formatPartialDate } from "../schemas/common";
import { callerFor, TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { cityWallClock, contentDisposition, isoCityTime } from "./format";
import { handleExport } from "./handler";
import { EXPORT_KINDS } from "./registry";
import {
  columnLetters,
  csvRecords,
  readCsv,
  readXlsx,
  serialToDate,
  sheetValues,
  type XlsxSheet,
} from "./test-readers";

let db: Db;
let editorApi: ReturnType<typeof callerFor>;
let adminApi: ReturnType<typeof callerFor>;

/** A fixed moment: 14:05:09 in Cologne (CET) on 24 November 2026. */
const NOW = new Date("2026-11-24T13:05:09.000Z");
const INJECTIONS = ["=1+1", "+49 221 12345", "-5", "@SUM(A1:A2)", '=HYPERLINK("http://evil")'];
/** Not possible through the forms (they trim), but possible in imported data. */
const RAW_INJECTIONS = ["\tTabulator", "\r=2+2"];
const EMAIL = "vertraulich.kontakt@example.org";

interface Download {
  response: Response;
  bytes: Uint8Array;
}

async function download(
  kind: string,
  query: string,
  actor: Actor | null = TEST_ACTORS.EDITOR,
  options: { headers?: Record<string, string>; batchSize?: number } = {},
): Promise<Download> {
  const request = new Request(`http://localhost:3000/api/export/${kind}?${query}`, { headers: options.headers });
  const response = await handleExport(request, kind, actor, db, { now: NOW, batchSize: options.batchSize });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function csv(kind: string, query: string, actor: Actor = TEST_ACTORS.EDITOR, batchSize?: number) {
  const file = await download(kind, `format=csv&${query}`, actor, { batchSize });
  expect(file.response.status, new TextDecoder().decode(file.bytes.slice(0, 300))).toBe(200);
  return { ...file, ...readCsv(file.bytes) };
}

async function xlsx(kind: string, query: string, actor: Actor = TEST_ACTORS.EDITOR, batchSize?: number) {
  const file = await download(kind, `format=xlsx&${query}`, actor, { batchSize });
  expect(file.response.status, new TextDecoder().decode(file.bytes.slice(0, 300))).toBe(200);
  return { ...file, ...readXlsx(file.bytes) };
}

function sheetNamed(sheets: XlsxSheet[], name: string): XlsxSheet {
  const found = sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet "${name}" (have ${sheets.map((s) => s.name).join(", ")})`);
  return found;
}

/** The column (0-based) of a header in the first row. */
function columnOf(sheet: XlsxSheet, header: string): number {
  const index = (sheet.rows[0] ?? []).findIndex((cell) => cell?.value === header);
  if (index < 0) throw new Error(`no column "${header}" in ${sheet.name}`);
  return index;
}

function json(file: Download) {
  return JSON.parse(new TextDecoder().decode(file.bytes)) as { error: string; parameter?: string };
}

let injected: { id: number; title: string }[] = [];

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editorApi = callerFor(db, TEST_ACTORS.EDITOR);
  adminApi = callerFor(db, TEST_ACTORS.ADMIN);

  // Titles a spreadsheet would run as formulas, created through the API (so the audit trail has events too).
  const partner = await db.partner.findFirstOrThrow({ where: { nameDe: "Lüttich" }, select: { id: true } });
  injected = [];
  for (const [index, title] of INJECTIONS.entries()) {
    const created = await editorApi.agreement.create({
      type: "FRIENDSHIP",
      title,
      partnerId: partner.id,
      // Ties and nulls for the keyset pagination: two on one day, the rest without a date.
      signedOn: index < 2 ? "2001-05-17" : null,
      notes: index === 0 ? 'Notiz mit Zeilenumbruch\nund "Anführungszeichen"; und Semikolon' : null,
    });
    injected.push({ id: created.id, title });
  }
  for (const title of RAW_INJECTIONS) {
    const created = await db.agreement.create({
      data: { type: "CONTACT", title, partnerId: partner.id, status: "PROPOSED" },
      select: { id: true },
    });
    injected.push({ id: created.id, title });
  }

  // A person with an e-mail address, a member of a working group and a participant of an activity: viewers may see
  // the name where the screens show it, never the address.
  const person = await editorApi.person.create({ name: "Petra Privat", email: EMAIL, organisation: "Stadt Köln" });
  const group = await db.workingGroup.findFirstOrThrow({ select: { id: true } });
  await db.workingGroupMember.create({ data: { workingGroupId: group.id, personId: person.id, role: "Koordination" } });
  await db.workingGroup.update({ where: { id: group.id }, data: { leadCologneId: person.id } });
  const activity = await db.activity.findFirstOrThrow({ select: { id: true } });
  await db.activityParticipant.create({ data: { activityId: activity.id, personId: person.id } });
});

describe("access and parameters", () => {
  it("without a session: 401 JSON, no file", async () => {
    const file = await download("agreements", "format=csv", null);
    expect(file.response.status).toBe(401);
    expect(file.response.headers.get("content-type")).toMatch(/application\/json/);
    expect(file.response.headers.get("cache-control")).toBe("no-store");
    expect(json(file).error).toMatch(/sign in/i);
  });

  it("refuses kinds above the role with 403, for every format", async () => {
    for (const format of ["csv", "xlsx"]) {
      expect((await download("people", `format=${format}`, TEST_ACTORS.VIEWER)).response.status).toBe(403);
      expect((await download("audit", `format=${format}`, TEST_ACTORS.VIEWER)).response.status).toBe(403);
      expect((await download("audit", `format=${format}`, TEST_ACTORS.EDITOR)).response.status).toBe(403);
      expect((await download("audit", `format=${format}`, TEST_ACTORS.ADMIN)).response.status).toBe(200);
      expect((await download("people", `format=${format}`, TEST_ACTORS.EDITOR)).response.status).toBe(200);
    }
    for (const kind of ["agreements", "working-groups", "activities", "partners"]) {
      expect((await download(kind, "format=xlsx", TEST_ACTORS.VIEWER)).response.status, kind).toBe(200);
    }
  });

  it("every kind names its least role, and only viewers' kinds are open to viewers", () => {
    expect(EXPORT_KINDS.agreements?.minRole).toBe("VIEWER");
    expect(EXPORT_KINDS["working-groups"]?.minRole).toBe("VIEWER");
    expect(EXPORT_KINDS.activities?.minRole).toBe("VIEWER");
    expect(EXPORT_KINDS.partners?.minRole).toBe("VIEWER");
    expect(EXPORT_KINDS.people?.minRole).toBe("EDITOR");
    expect(EXPORT_KINDS.audit?.minRole).toBe("ADMIN");
  });

  it("answers 400 naming the parameter for an unknown kind, format or language and invalid filter values", async () => {
    const cases: [string, string, string][] = [
      ["nonsense", "format=csv", "kind"],
      ["agreements", "", "format"],
      ["agreements", "format=pdf", "format"],
      ["agreements", "format=docx", "format"],
      ["agreements", "format=csv&lang=fr", "lang"],
      ["agreements", "format=csv&status=NOPE", "status"],
      ["agreements", "format=csv&status=ACTIVE&status=NOPE", "status"],
      ["agreements", "format=csv&type=TREATY", "type"],
      ["agreements", "format=csv&from=abc", "from"],
      ["agreements", "format=csv&to=99999", "to"],
      ["agreements", "format=csv&country=Deutschland", "country"],
      ["agreements", "format=csv&quiet=yes", "quiet"],
      ["agreements", "format=csv&sort=colour", "sort"],
      ["agreements", "format=csv&dir=up", "dir"],
      ["agreements", `format=csv&q=${"x".repeat(201)}`, "q"],
      ["working-groups", "format=xlsx&milestones=someday", "milestones"],
      ["working-groups", "format=xlsx&agreement=-1", "agreement"],
      ["activities", "format=csv&year=1", "year"],
      ["activities", "format=csv&partner=zwei", "partner"],
      ["people", "format=csv&side=moon", "side"],
      ["audit", "format=csv&from=2026-02-30", "from"],
      ["audit", "format=csv&action=DANCE", "action"],
      ["partners", "format=csv&kind=VILLAGE", "kind"],
    ];
    for (const [kind, query, parameter] of cases) {
      const file = await download(kind, query, TEST_ACTORS.ADMIN);
      expect(file.response.status, `${kind}?${query}`).toBe(400);
      expect(file.response.headers.get("cache-control")).toBe("no-store");
      const body = json(file);
      expect(body.parameter, `${kind}?${query}`).toBe(parameter);
      expect(body.error).toContain(parameter);
    }
  });

  it("ignores paging and empty parameters (an export holds every page)", async () => {
    const all = await csv("agreements", "lang=de");
    const paged = await csv("agreements", "lang=de&page=2&pageSize=5&status=&q=");
    expect(paged.rows).toEqual(all.rows);
  });

  it("names the file by what and when, in the user's language, as a download that is not cached", async () => {
    const cases: [string, string, string][] = [
      ["agreements", "format=xlsx&lang=de", "vereinbarungen-2026-11-24.xlsx"],
      ["agreements", "format=csv&lang=en", "agreements-2026-11-24.csv"],
      ["working-groups", "format=csv&lang=de", "arbeitsgruppen-2026-11-24.csv"],
      ["activities", "format=xlsx&lang=de", "aktivitäten-2026-11-24.xlsx"],
      ["people", "format=csv&lang=en", "people-2026-11-24.csv"],
      ["audit", "format=xlsx&lang=de", "änderungsprotokoll-2026-11-24.xlsx"],
    ];
    for (const [kind, query, name] of cases) {
      const { response } = await download(kind, query, TEST_ACTORS.ADMIN);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(contentDisposition(name));
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[\x20-\x7e]+"/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-type")).toBe(
        query.includes("csv")
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
    }
    expect(contentDisposition("aktivitäten-2026-11-24.xlsx")).toBe(
      `attachment; filename="aktivitaeten-2026-11-24.xlsx"; filename*=UTF-8''aktivit%C3%A4ten-2026-11-24.xlsx`,
    );
    // Just after midnight in Cologne it is already the next day there (still the day before in UTC).
    const late = await handleExport(
      new Request("http://localhost/api/export/agreements?format=csv&lang=en"),
      "agreements",
      TEST_ACTORS.VIEWER,
      db,
      { now: new Date("2026-12-31T23:30:00.000Z") },
    );
    expect(late.headers.get("content-disposition")).toContain("agreements-2027-01-01.csv");
    await late.body?.cancel();
  });

  it("takes the language from ?lang, else from the locale cookie, else German", async () => {
    const header = async (query: string, cookie?: string) => {
      const file = await download("agreements", query, TEST_ACTORS.VIEWER, { headers: cookie ? { cookie } : {} });
      return readCsv(file.bytes).rows[0]?.[1];
    };
    expect(await header("format=csv")).toBe("Titel");
    expect(await header("format=csv", "locale=en")).toBe("Title");
    expect(await header("format=csv&lang=de", "locale=en")).toBe("Titel");
    expect(await header("format=csv&lang=en")).toBe("Title");
  });
});

describe("CSV", () => {
  it("is UTF-8 with a BOM, ';' between fields and CRLF, with one row per agreement of the list in its order", async () => {
    const file = await csv("agreements", "lang=de");
    expect(file.bom).toBe(true);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes);
    expect(text.split("\r\n")[0]?.split(";").slice(0, 3)).toEqual(["\ufeffNr.", "Titel", "Art"]);
    const list = await editorApi.agreement.list({ pageSize: 200 });
    expect(file.rows.length - 1).toBe(list.total);
    expect(file.rows.slice(1).map((row) => Number(row[0]))).toEqual(list.items.map((item) => item.id));
  });

  it("keeps umlauts, accents and Chinese: Köln, Lüttich/Liège, 重庆", async () => {
    const de = csvRecords((await csv("agreements", "lang=de")).rows);
    const en = csvRecords((await csv("agreements", "lang=en")).rows);
    expect(de.some((r) => r.Titel?.includes("Köln"))).toBe(true);
    expect(de.some((r) => r.Partner === "Lüttich")).toBe(true);
    expect(en.some((r) => r.Partner === "Liège")).toBe(true);
    expect(de.some((r) => r["Name (Landessprache und -schrift)"] === "重庆")).toBe(true);
    expect(de.find((r) => r.Partner === "Chongqing")?.["Name (Landessprache und -schrift)"]).toBe("重庆");
  });

  it("writes dates as ISO 8601 at their precision ('1952', '1988-06', '1984-06-27') with the precision beside", async () => {
    const records = csvRecords((await csv("agreements", "lang=de")).rows);
    const agreements = await db.agreement.findMany({
      select: { id: true, signedOn: true, signedOnPrecision: true, statusSince: true, statusSincePrecision: true },
    });
    const precisions = new Set<string>();
    for (const agreement of agreements) {
      const record = records.find((r) => Number(r["Nr."]) === agreement.id);
      expect(record?.Unterzeichnet).toBe(formatPartialDate(agreement.signedOn, agreement.signedOnPrecision));
      expect(record?.["Status seit"]).toBe(formatPartialDate(agreement.statusSince, agreement.statusSincePrecision));
      if (agreement.signedOn) {
        precisions.add(agreement.signedOnPrecision);
        expect(record?.["Unterzeichnet (Genauigkeit)"]).toBe(
          { DAY: "Tag", MONTH: "Monat", YEAR: "Jahr" }[agreement.signedOnPrecision],
        );
      }
    }
    expect(precisions).toContain("YEAR");
    expect(precisions).toContain("DAY");
    const liverpool = records.find((r) => r.Titel === "Städtepartnerschaft Köln–Liverpool");
    expect(liverpool?.Unterzeichnet).toBe("1952");
    for (const record of records) {
      expect(record.Unterzeichnet).toMatch(/^(|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$/);
      expect(record["Zuletzt geändert"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
  });

  it("escapes values a spreadsheet would run as formulas, and quotes line breaks, quotes and semicolons", async () => {
    const records = csvRecords((await csv("agreements", "lang=de")).rows);
    for (const { id, title } of injected) {
      const record = records.find((r) => Number(r["Nr."]) === id);
      expect(record?.Titel, title).toBe(`'${title}`);
    }
    const noted = records.find((r) => Number(r["Nr."]) === injected[0]?.id);
    expect(noted?.Notizen).toBe('Notiz mit Zeilenumbruch\nund "Anführungszeichen"; und Semikolon');
    // Nothing else starts with a formula character.
    for (const record of records) {
      for (const value of Object.values(record)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("applies the list's filter: status=SUSPENDED is just Volgograd", async () => {
    const { rows } = await csv("agreements", "lang=de&status=SUSPENDED");
    const records = csvRecords(rows);
    expect(records).toHaveLength((await editorApi.agreement.list({ status: ["SUSPENDED"] })).total);
    expect(records.map((r) => r.Partner)).toEqual(["Wolgograd"]);
    expect(records[0]?.Status).toBe("Ausgesetzt");
  });

  it("applies every kind of agreement filter with the list's count", async () => {
    const cases: [string, Parameters<typeof editorApi.agreement.list>[0]][] = [
      ["status=ACTIVE&status=DORMANT", { status: ["ACTIVE", "DORMANT"] }],
      ["type=CLIMATE_PARTNERSHIP", { type: ["CLIMATE_PARTNERSHIP"] }],
      ["area=ECONOMY&areaStatus=ACTIVE", { area: ["ECONOMY"], areaStatus: ["ACTIVE"] }],
      ["country=cn", { country: ["CN"] }],
      ["continent=ASIA&continent=AFRICA", { continent: ["ASIA", "AFRICA"] }],
      ["from=1980&to=2000", { yearFrom: 1980, yearTo: 2000 }],
      ["quiet=1", { quiet: true }],
      ["q=%E9%87%8D%E5%BA%86", { q: "重庆" }],
      ["q=li%C3%A8ge&sort=title&dir=desc", { q: "liège", sort: "title", dir: "desc" }],
    ];
    for (const [query, input] of cases) {
      const list = await editorApi.agreement.list({ ...input, pageSize: 200 });
      const { rows } = await csv("agreements", `lang=de&${query}`, TEST_ACTORS.VIEWER);
      expect(rows.length - 1, query).toBe(list.total);
      expect(
        rows.slice(1).map((row) => Number(row[0])),
        query,
      ).toEqual(list.items.map((item) => item.id));
    }
  });

  it("working groups: one row per milestone with its group's columns; a group without milestones once", async () => {
    const list = await editorApi.workingGroup.list({ pageSize: 200 });
    const records = csvRecords((await csv("working-groups", "lang=de", TEST_ACTORS.VIEWER)).rows);
    const milestones = await db.milestone.findMany({ select: { id: true, workingGroupId: true } });
    const expected = list.items.reduce(
      (sum, group) => sum + Math.max(1, milestones.filter((m) => m.workingGroupId === group.id).length),
      0,
    );
    expect(records).toHaveLength(expected);
    expect([...new Set(records.map((r) => Number(r["Arbeitsgruppe Nr."])))]).toEqual(list.items.map((g) => g.id));
    const milestoneIds = records
      .map((r) => r["Meilenstein Nr."])
      .filter(Boolean)
      .map(Number)
      .sort((a, b) => a - b);
    expect(milestoneIds).toEqual(milestones.map((m) => m.id).sort((a, b) => a - b));
  });
});

describe("XLSX", () => {
  it("has a sheet per kind of record and an about sheet, with as many rows as the list", async () => {
    const file = await xlsx("agreements", "lang=de");
    expect(file.sheets.map((sheet) => sheet.name)).toEqual(["Vereinbarungen", "Export"]);
    const sheet = sheetNamed(file.sheets, "Vereinbarungen");
    const list = await editorApi.agreement.list({ pageSize: 200 });
    expect(sheet.rows.length - 1).toBe(list.total);
    expect(sheet.rows.slice(1).map((row) => row[0]?.value)).toEqual(list.items.map((item) => item.id));
  });

  it("has a styled, frozen header row with an autofilter over all rows and set column widths", async () => {
    const file = await xlsx("agreements", "lang=en");
    const sheet = sheetNamed(file.sheets, "Agreements");
    expect(sheet.frozen).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
    const width = sheet.rows[0]?.length ?? 0;
    expect(sheet.autoFilter).toBe(`A1:${columnLetters(width)}${sheet.rows.length}`);
    for (const cell of sheet.rows[0] ?? []) {
      expect(cell?.bold, cell?.ref).toBe(true);
      expect(cell?.filled, cell?.ref).toBe(true);
      expect(typeof cell?.value).toBe("string");
    }
    expect(sheet.rows[0]?.[1]?.value).toBe("Title");
    expect(sheet.columnWidths).toHaveLength(width);
    expect(Math.min(...sheet.columnWidths)).toBeGreaterThanOrEqual(8);
    expect(sheet.columnWidths[1]).toBeGreaterThan(30); // titles are long
    expect(sheet.rows[1]?.[0]?.bold).toBe(false);
  });

  it("writes real date cells (numeric serial with a date format) for days; year/month precision as text", async () => {
    const file = await xlsx("agreements", "lang=de");
    const sheet = sheetNamed(file.sheets, "Vereinbarungen");
    const signed = columnOf(sheet, "Unterzeichnet");
    const precision = columnOf(sheet, "Unterzeichnet (Genauigkeit)");
    const updated = columnOf(sheet, "Zuletzt geändert");
    const agreements = await db.agreement.findMany({
      select: { id: true, signedOn: true, signedOnPrecision: true, updatedAt: true },
    });
    let days = 0;
    let years = 0;
    for (const row of sheet.rows.slice(1)) {
      const agreement = agreements.find((a) => a.id === row[0]?.value);
      expect(agreement).toBeDefined();
      if (!agreement) continue;
      const cell = row[signed];
      if (!agreement.signedOn) {
        expect(cell?.value ?? null).toBeNull();
      } else if (agreement.signedOnPrecision === "DAY") {
        days++;
        expect(cell?.type).toBe("n");
        expect(typeof cell?.value).toBe("number");
        expect(Number.isInteger(cell?.value)).toBe(true);
        expect(cell?.numFmt).toBe("yyyy-mm-dd");
        expect(serialToDate(cell?.value as number).toISOString()).toBe(agreement.signedOn.toISOString());
        expect(row[precision]?.value).toBe("Tag");
      } else {
        years += agreement.signedOnPrecision === "YEAR" ? 1 : 0;
        expect(["s", "inlineStr", "str"]).toContain(cell?.type);
        expect(cell?.value).toBe(formatPartialDate(agreement.signedOn, agreement.signedOnPrecision));
      }
      // Moments: Cologne's wall-clock time in a date-time cell.
      const moment = row[updated];
      expect(moment?.type).toBe("n");
      expect(moment?.numFmt).toMatch(/yyyy-mm-dd hh:mm/);
      expect(serialToDate(moment?.value as number).getTime()).toBe(cityWallClock(agreement.updatedAt).getTime());
    }
    expect(days).toBeGreaterThan(0);
    expect(years).toBeGreaterThan(0);
    const liverpool = sheet.rows.find((row) => row[1]?.value === "Städtepartnerschaft Köln–Liverpool");
    expect(liverpool?.[signed]?.value).toBe("1952");
  });

  it("stores formula-like titles as text, never as formulas; umlauts and 重庆 survive", async () => {
    const file = await xlsx("agreements", "lang=de");
    const sheet = sheetNamed(file.sheets, "Vereinbarungen");
    for (const { id, title } of injected) {
      const row = sheet.rows.find((r) => r[0]?.value === id);
      expect(["s", "inlineStr", "str"]).toContain(row?.[1]?.type);
      // XML reads a carriage return as a line feed (XML 1.0 end-of-line handling); the text is otherwise unchanged.
      expect(row?.[1]?.value, title).toBe(title.replace(/\r\n?/g, "\n"));
      expect(row?.[1]?.formula).toBeNull();
    }
    for (const each of file.sheets) expect(each.xml).not.toMatch(/<f[ >]/);
    const values = sheetValues(sheet).flat();
    expect(values).toContain("重庆");
    expect(values).toContain("Lüttich");
    expect(values.some((v) => typeof v === "string" && v.includes("Köln"))).toBe(true);
  });

  it("the about sheet says what was exported, with which filter in words, by whom and when", async () => {
    const file = await xlsx(
      "agreements",
      "lang=de&status=SUSPENDED&status=DORMANT&country=ru&q=Wolgo",
      TEST_ACTORS.VIEWER,
    );
    const data = sheetNamed(file.sheets, "Vereinbarungen");
    expect(data.rows.length - 1).toBe(
      (await editorApi.agreement.list({ status: ["SUSPENDED", "DORMANT"], country: ["RU"], q: "Wolgo" })).total,
    );
    const about = sheetNamed(file.sheets, "Export");
    const lines = sheetValues(about).map((row) => row.filter((v) => v !== "").join(" | "));
    const text = lines.join("\n");
    expect(lines[0]).toBe("Städtepartnerschaften Köln: Vereinbarungen");
    const rows = data.rows.length - 1;
    // German plural by ICU: "1 Zeile", "2 Zeilen" (never "1 Zeilen").
    expect(text).toContain(`Inhalt | ${rows} ${rows === 1 ? "Zeile" : "Zeilen"} im Blatt „Vereinbarungen“`);
    expect(text).toContain("Filter | Status: Ausgesetzt, Ruhend");
    expect(text).toContain("Land: Russland (RU)");
    expect(text).toContain("Suche: „Wolgo“");
    expect(text).toContain("Sortierung | Unterzeichnet, aufsteigend");
    expect(text).toContain(`Exportiert von | ${TEST_ACTORS.VIEWER.name} (Lesezugriff)`);
    expect(text).toContain("/agreements?status=SUSPENDED&status=DORMANT&country=ru&q=Wolgo");
    const at = about.rows.find((row) => row[0]?.value === "Exportiert am")?.[1];
    expect(at?.type).toBe("n");
    expect(at?.numFmt).toMatch(/hh:mm/);
    expect(serialToDate(at?.value as number).toISOString()).toBe("2026-11-24T14:05:09.000Z"); // 14:05:09 in Cologne

    const unfiltered = sheetValues(sheetNamed((await xlsx("agreements", "lang=en")).sheets, "About this export"));
    expect(unfiltered.map((row) => row.join(" | "))).toContain("Filter | none (all entries)");
  });

  it("working groups: a sheet of groups and a sheet of their milestones, each with date cells", async () => {
    const file = await xlsx("working-groups", "lang=de", TEST_ACTORS.VIEWER);
    expect(file.sheets.map((sheet) => sheet.name)).toEqual(["Arbeitsgruppen", "Meilensteine", "Export"]);
    const groups = sheetNamed(file.sheets, "Arbeitsgruppen");
    const list = await editorApi.workingGroup.list({ pageSize: 200 });
    expect(groups.rows.slice(1).map((row) => row[0]?.value)).toEqual(list.items.map((g) => g.id));
    const milestones = sheetNamed(file.sheets, "Meilensteine");
    const inDb = await db.milestone.findMany({
      select: { id: true, dueOn: true, workingGroup: { select: { id: true } } },
    });
    expect(milestones.rows.length - 1).toBe(inDb.length);
    expect(milestones.frozen?.ySplit).toBe(1);
    expect(milestones.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
    const due = columnOf(milestones, "Fällig am");
    for (const row of milestones.rows.slice(1)) {
      const milestone = inDb.find((m) => m.id === row[2]?.value);
      expect(milestone?.workingGroup.id).toBe(row[0]?.value);
      if (milestone?.dueOn) {
        expect(row[due]?.numFmt).toBe("yyyy-mm-dd");
        expect(serialToDate(row[due]?.value as number).toISOString()).toBe(milestone.dueOn.toISOString());
      }
    }
    // Counts per group agree with the list's milestone counts.
    const total = columnOf(groups, "Meilensteine");
    const done = columnOf(groups, "Meilensteine erledigt");
    const overdue = columnOf(groups, "Meilensteine überfällig");
    for (const group of list.items) {
      const row = groups.rows.find((r) => r[0]?.value === group.id);
      expect(row?.[total]?.value).toBe(group.milestones.total);
      expect(row?.[done]?.value).toBe(group.milestones.done);
      expect(row?.[overdue]?.value).toBe(group.milestones.overdue);
    }
  });

  it("activities, partners, people and the audit trail: the list's rows in its order", async () => {
    const activities = await editorApi.activity.list({ pageSize: 200, type: ["VISIT", "DELEGATION"] });
    const activitySheet = (await xlsx("activities", "lang=de&type=VISIT&type=DELEGATION", TEST_ACTORS.VIEWER))
      .sheets[0];
    expect(activitySheet?.rows.slice(1).map((r) => r[0]?.value)).toEqual(activities.items.map((a) => a.id));

    const partners = await editorApi.partner.list({ pageSize: 200, continent: ["ASIA"], sort: "nameEn" });
    const partnerSheet = (await xlsx("partners", "lang=en&continent=ASIA", TEST_ACTORS.VIEWER)).sheets[0];
    expect(partnerSheet?.rows.slice(1).map((r) => r[0]?.value)).toEqual(partners.items.map((p) => p.id));

    const people = await editorApi.person.list({ pageSize: 200, side: "cologne" });
    const peopleSheet = (await xlsx("people", "lang=de&side=cologne")).sheets[0];
    expect(peopleSheet?.rows.slice(1).map((r) => r[0]?.value)).toEqual(people.items.map((p) => p.id));
    if (!peopleSheet) throw new Error("no people sheet");
    const email = columnOf(peopleSheet, "E-Mail");
    expect(peopleSheet.rows.some((row) => row[email]?.value === EMAIL)).toBe(true);

    const audit = await adminApi.audit.list({ pageSize: 200 });
    const auditFile = await xlsx("audit", "lang=de", TEST_ACTORS.ADMIN);
    const auditSheet = sheetNamed(auditFile.sheets, "Änderungsprotokoll");
    expect(auditSheet.rows.length - 1).toBe(audit.total);
    expect(auditSheet.rows.slice(1).map((r) => r[0]?.value)).toEqual(audit.items.map((e) => e.id));
    const created = auditSheet.rows.find((r) => r[7]?.value === "=1+1");
    expect(created?.[4]?.value).toBe("Angelegt");
    // In the words of the audit page: a creation lists the values it was created with, the partner by its name.
    expect(String(created?.[9]?.value)).toContain("Titel: =1+1");
    expect(String(created?.[9]?.value)).not.toContain("leer →");
    expect(String(created?.[9]?.value)).not.toMatch(/Partner: \d/);
    const auditCsv = csvRecords((await csv("audit", "lang=de&action=CREATE&entity=AGREEMENT", TEST_ACTORS.ADMIN)).rows);
    expect(auditCsv).toHaveLength((await adminApi.audit.list({ action: "CREATE", entityType: "AGREEMENT" })).total);
    expect(auditCsv.find((r) => r.Datensatz === "'=1+1")?.Wann).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/,
    );
  });
});

describe("what a viewer gets", () => {
  it("no e-mail address and no e-mail column in any export open to viewers", async () => {
    const people = await db.person.findMany({ where: { email: { not: null } }, select: { email: true } });
    expect(people.map((p) => p.email)).toContain(EMAIL);
    for (const kind of ["agreements", "working-groups", "activities", "partners"]) {
      for (const format of ["csv", "xlsx"]) {
        const file = await download(kind, `format=${format}&lang=de`, TEST_ACTORS.VIEWER);
        expect(file.response.status).toBe(200);
        const values =
          format === "csv"
            ? readCsv(file.bytes).rows.flat()
            : readXlsx(file.bytes).sheets.flatMap((sheet) => sheetValues(sheet).flat().map(String));
        const all = values.join("\n");
        for (const { email } of people) expect(all, `${kind}.${format}`).not.toContain(email as string);
        expect(all, `${kind}.${format}`).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/);
        expect(all, `${kind}.${format}`).not.toMatch(/E-Mail/);
        expect(all).not.toContain(TEST_ACTORS.VIEWER.email);
      }
    }
    // The person's name is there where the screens show it (working group lead and member).
    const groups = readCsv((await download("working-groups", "format=csv", TEST_ACTORS.VIEWER)).bytes).rows.flat();
    expect(groups.join("\n")).toContain("Petra Privat");
  });
});

describe("keyset pagination", () => {
  it("exports every row once in the list's order for every sort key and direction, across many batches", async () => {
    const check = async <T extends { id: number }>(
      kind: string,
      sorts: readonly string[],
      list: (sort: string, dir: "asc" | "desc") => Promise<{ items: T[]; total: number }>,
      batchSize: number,
    ) => {
      for (const sort of sorts) {
        for (const dir of ["asc", "desc"] as const) {
          const expected = await list(sort, dir);
          expect(expected.items.length).toBe(expected.total);
          const { rows } = await csv(kind, `lang=de&sort=${sort}&dir=${dir}`, TEST_ACTORS.ADMIN, batchSize);
          expect(
            rows.slice(1).map((row) => Number(row[0])),
            `${kind} ${sort} ${dir}`,
          ).toEqual(expected.items.map((item) => item.id));
        }
      }
    };
    await check(
      "agreements",
      ["title", "partner", "partnerEn", "type", "status", "signedOn", "updatedAt"],
      (sort, dir) => editorApi.agreement.list({ sort: sort as "title", dir, pageSize: 200 }),
      3,
    );
    await check(
      "partners",
      ["nameDe", "nameEn", "countryCode", "continent", "updatedAt"],
      (sort, dir) => editorApi.partner.list({ sort: sort as "nameDe", dir, pageSize: 200 }),
      2,
    );
    await check(
      "people",
      ["name", "organisation", "updatedAt"],
      (sort, dir) => editorApi.person.list({ sort: sort as "name", dir, pageSize: 200 }),
      2,
    );
    await check(
      "activities",
      ["startOn", "title", "type"],
      (sort, dir) => editorApi.activity.list({ sort: sort as "title", dir, pageSize: 200 }),
      2,
    );
    // Working groups: the CSV has a row per milestone, so compare the groups in order of first appearance.
    for (const sort of ["name", "status", "updatedAt"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const list = await editorApi.workingGroup.list({ sort, dir, pageSize: 200 });
        const { rows } = await csv("working-groups", `lang=de&sort=${sort}&dir=${dir}`, TEST_ACTORS.ADMIN, 1);
        expect([...new Set(rows.slice(1).map((row) => Number(row[0])))], `${sort} ${dir}`).toEqual(
          list.items.map((group) => group.id),
        );
      }
    }
    const audit = await adminApi.audit.list({ pageSize: 200 });
    const { rows } = await csv("audit", "lang=de", TEST_ACTORS.ADMIN, 2);
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(audit.items.map((e) => e.id));
  });
});

describe("streaming", () => {
  it("a client that stops reading ends the export without an error", async () => {
    for (const format of ["csv", "xlsx"]) {
      const request = new Request(`http://localhost/api/export/agreements?format=${format}`);
      const response = await handleExport(request, "agreements", TEST_ACTORS.VIEWER, db, { now: NOW, batchSize: 2 });
      const reader = response.body?.getReader();
      const first = await reader?.read();
      expect(first?.done).toBe(false);
      await reader?.cancel();
    }
  });

  it("the CSV time stamps are Cologne's, with the offset, also on the days the clocks change", () => {
    expect(isoCityTime(new Date("2026-11-24T13:05:09.000Z"))).toBe("2026-11-24T14:05:09+01:00");
    expect(isoCityTime(new Date("2026-07-01T22:30:00.000Z"))).toBe("2026-07-02T00:30:00+02:00");
    // The days the clocks change, on either side of the change (01:00 UTC).
    expect(isoCityTime(new Date("2026-03-29T00:59:59.000Z"))).toBe("2026-03-29T01:59:59+01:00");
    expect(isoCityTime(new Date("2026-03-29T01:00:00.000Z"))).toBe("2026-03-29T03:00:00+02:00");
    expect(isoCityTime(new Date("2026-10-25T00:30:00.000Z"))).toBe("2026-10-25T02:30:00+02:00");
    expect(isoCityTime(new Date("2026-10-25T01:30:00.000Z"))).toBe("2026-10-25T02:30:00+01:00");
    expect(isoCityTime(new Date("1985-06-01T12:00:00.000Z"))).toBe("1985-06-01T14:00:00+02:00");
    expect(cityWallClock(new Date("2026-10-25T01:30:00.000Z")).toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });
});
