// The partner and people imports against a real PostgreSQL with Cologne's demo data, through the router (stage →
// preview → apply): each kind's own XLSX export, read back and written again with the test's own writer (not the
// app's), edited, imported; the database then equals the expected records field by field; a record changed since
// the export is a conflict; the same file a second time changes nothing; refused rows name line, column and reason.
import { strToU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { DomainError } from "../../domain/errors";
import { handleExport } from "../../export/handler";
import { readCsv, readXlsx, serialToDate } from "../../export/test-readers";
import { fingerprint, fingerprintDiff } from "../../reliability/db-state";
import { callerFor, TEST_ACTORS } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { type WriterCell, writeCsv, writeXlsx } from "../../test/xlsx-writer";
import type { ImplementedImportKind as ImportKind } from "./fields";
import { reasonText } from "./report";
import { stageImport } from "./staged";

let db: Db;
let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
});

/** A kind's XLSX export, its cells as the test's own writer writes them again (date cells stay date cells). */
async function exportedRows(kind: "partners" | "people" | "activities", lang: "de" | "en") {
  const request = new Request(`http://localhost/api/export/${kind}?format=xlsx&lang=${lang}`);
  const response = await handleExport(request, kind, TEST_ACTORS.EDITOR, db);
  expect(response.status).toBe(200);
  const sheet = readXlsx(new Uint8Array(await response.arrayBuffer())).sheets[0];
  if (!sheet) throw new Error("no sheet");
  const header = (sheet.rows[0] ?? []).map((cell) => String(cell?.value ?? ""));
  const rows: WriterCell[][] = sheet.rows.map((row) =>
    header.map((_, index) => {
      const cell = row[index];
      if (!cell || cell.value === null || cell.value === "") return null;
      if (typeof cell.value === "number" && cell.numFmt && /y/.test(cell.numFmt))
        return { day: serialToDate(cell.value) };
      return cell.value as string | number | boolean;
    }),
  );
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`no column ${name} in ${header.join(" | ")}`);
    return index;
  };
  return { header, rows, col };
}

async function preview(kind: ImportKind, bytes: Uint8Array, fileName = "import.xlsx") {
  const staged = await api.dataImport.stage({ kind, fileName, content: Buffer.from(bytes).toString("base64") });
  const result = await api.dataImport.preview({ token: staged.token });
  return { token: staged.token, ...result };
}

async function partners() {
  const rows = await db.partner.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true, updatedAt: true } });
  return new Map(rows.map((row) => [row.id, row]));
}

async function people() {
  const rows = await db.person.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true, updatedAt: true } });
  return new Map(rows.map((row) => [row.id, row]));
}

/** Every table but the uploads' own unchanged (an import that changes nothing). */
async function expectNothingWritten(printed: Awaited<ReturnType<typeof fingerprint>>) {
  expect(fingerprintDiff(printed, await fingerprint(db)).filter((table) => !table.startsWith("DataImport"))).toEqual(
    [],
  );
}

describe("partners", () => {
  it("round trip of the XLSX export: the edited partners change, the new one is created, twice changes nothing", async () => {
    const { header, rows, col } = await exportedRows("partners", "de");
    expect([header[0], header.at(-1)]).toEqual(["Nr.", "Version"]);
    const before = await partners();
    const first = rows[1] as WriterCell[];
    const second = rows[2] as WriterCell[];
    const firstId = Number(first[col("Nr.")]);
    const secondId = Number(second[col("Nr.")]);
    first[col("Name (Englisch)")] = "Edited English Name";
    first[col("Belegt")] = "Ja";
    second[col("Website")] = "https://example.org/partner";
    second[col("Art")] = "Region";
    second[col("Notizen")] = "Aus der Tabelle, mit „Anführungszeichen“";
    const newRow: WriterCell[] = header.map(() => null);
    newRow[col("Name (Deutsch)")] = "Neustadt am Rhein";
    newRow[col("Name (Englisch)")] = "Neustadt on the Rhine";
    newRow[col("Ländercode")] = "DE";
    newRow[col("Kontinent")] = "Europa";
    rows.push(newRow);
    const file = writeXlsx(rows);

    const { token, counts, rows: planned } = await preview("PARTNERS", file);
    expect(counts).toEqual({ create: 1, change: 2, unchanged: before.size - 2, conflict: 0, refuse: 0 });
    const firstChange = planned.find((row) => row.action === "change" && row.id === firstId);
    expect(firstChange?.action === "change" && firstChange.changes).toEqual([
      { field: "nameEn", before: before.get(firstId)?.nameEn, after: "Edited English Name" },
      ...(before.get(firstId)?.verified ? [] : [{ field: "verified", before: false, after: true }]),
    ]);

    const result = await api.dataImport.commit({ token });
    expect(result).toMatchObject({ created: 1, changed: 2 });
    const after = await partners();
    expect(after.size).toBe(before.size + 1);
    for (const [id, row] of before) {
      if (id === firstId) {
        expect(after.get(id)).toEqual({
          ...row,
          nameEn: "Edited English Name",
          verified: true,
          version: row.version + 1,
        });
      } else if (id === secondId) {
        expect(after.get(id)).toEqual({
          ...row,
          website: "https://example.org/partner",
          kind: "REGION",
          notes: "Aus der Tabelle, mit „Anführungszeichen“",
          version: row.version + 1,
        });
      } else expect(after.get(id), `partner ${id} must not change`).toEqual(row);
    }
    const created = [...after.values()].find((row) => !before.has(row.id));
    expect(created).toEqual({
      id: created?.id,
      nameDe: "Neustadt am Rhein",
      nameEn: "Neustadt on the Rhine",
      nameLocal: null,
      countryCode: "DE",
      continent: "EUROPE",
      kind: "CITY",
      latitude: null,
      longitude: null,
      website: null,
      notes: null,
      source: null,
      verified: false,
      version: 1,
    });
    const events = await db.auditEvent.findMany({ where: { importId: result.importId } });
    expect(events.map((event) => `${event.action} ${event.entityType} ${event.entityId}`).sort()).toEqual(
      [`CREATE PARTNER ${created?.id}`, `UPDATE PARTNER ${firstId}`, `UPDATE PARTNER ${secondId}`].sort(),
    );

    // The same file again: the edited rows are behind but equal (unchanged), the new row exists already.
    const printed = await fingerprint(db);
    const again = await preview("PARTNERS", file);
    expect(again.counts).toEqual({ create: 0, change: 0, unchanged: before.size, conflict: 0, refuse: 1 });
    expect(again.rows.find((row) => row.action === "refuse")).toMatchObject({
      place: { column: "B" },
      reason: { key: "dataImport.reasons.partnerExists", params: { id: created?.id } },
    });
    await expect(api.dataImport.commit({ token: again.token })).resolves.toMatchObject({ created: 0, changed: 0 });
    await expectNothingWritten(printed);
    expect(await partners()).toEqual(after);
  });

  it("a partner changed since the export is a conflict naming who changed it, and is not applied", async () => {
    const { rows, col } = await exportedRows("partners", "en");
    const row = rows[3] as WriterCell[];
    const id = Number(row[col("ID")]);
    row[col("Notes")] = "From the sheet";
    const current = await api.partner.byId({ id });
    await api.partner.update({
      id,
      version: current.version,
      nameDe: current.nameDe,
      nameEn: current.nameEn,
      countryCode: current.countryCode,
      continent: current.continent,
      notes: "Changed in between",
    });
    const changedInBetween = await partners();
    const { token, counts, rows: planned } = await preview("PARTNERS", writeXlsx(rows));
    expect(counts).toMatchObject({ create: 0, change: 0, conflict: 1, refuse: 0 });
    expect(planned.find((r) => r.action === "conflict")).toMatchObject({
      id,
      yourVersion: current.version,
      currentVersion: current.version + 1,
      by: TEST_ACTORS.EDITOR.name,
    });
    await api.dataImport.commit({ token });
    expect(await partners()).toEqual(changedInBetween);
  });

  it("round trip of the CSV export (English, commas), edited as text: exactly the edited partner changes", async () => {
    const request = new Request("http://localhost/api/export/partners?format=csv&lang=en");
    const response = await handleExport(request, "partners", TEST_ACTORS.EDITOR, db);
    expect(response.status).toBe(200);
    const { rows } = readCsv(new Uint8Array(await response.arrayBuffer()));
    const header = rows[0] as string[];
    const edited = rows.map((row) => [...row]);
    const row = edited[2] as string[];
    const id = Number(row[header.indexOf("ID")]);
    row[header.indexOf("Name (local language and script)")] = "Ville d'essai; « citée »";
    row[header.indexOf("Kind")] = "District";
    const before = await partners();
    const { token, counts, file } = await preview(
      "PARTNERS",
      strToU8(`\uFEFF${writeCsv(edited, ",")}`),
      "partners.csv",
    );
    expect(file).toMatchObject({ format: "csv", encoding: "utf-8-bom", delimiter: "," });
    expect(counts).toEqual({ create: 0, change: 1, unchanged: before.size - 1, conflict: 0, refuse: 0 });
    await api.dataImport.commit({ token });
    const after = await partners();
    for (const [partnerId, partner] of before) {
      if (partnerId === id) {
        expect(after.get(partnerId)).toEqual({
          ...partner,
          nameLocal: "Ville d'essai; « citée »",
          kind: "DISTRICT",
          version: partner.version + 1,
        });
      } else expect(after.get(partnerId)).toEqual(partner);
    }
  });

  it("refuses rows with line, column and reason; an existing name in the same country is refused, not doubled", async () => {
    const lille = await db.partner.findFirstOrThrow({ where: { nameDe: "Lille" } });
    const text = writeCsv(
      [
        ["Name (Deutsch)", "Name (Englisch)", "Ländercode", "Kontinent", "Breitengrad", "Längengrad"],
        ["Gutstadt", "Goodtown", "PL", "Europa", "52,1", "21.0"],
        ["Lille", "Lille", "FR", "Europa", "", ""],
        ["Ohneland", "Nocountry", "", "Europa", "", ""],
        ["Falschkontinent", "Wrongcontinent", "PL", "Atlantis", "", ""],
        ["Halbkarte", "Halfmap", "PL", "Europa", "52", ""],
        ["Doppelt", "Double", "PL", "Europa", "", ""],
        ["Doppelt", "Double", "PL", "Europa", "", ""],
      ],
      ";",
    );
    const printed = await fingerprint(db);
    const { rows, counts } = await preview("PARTNERS", new TextEncoder().encode(text), "partner.csv");
    expect(counts).toMatchObject({ create: 2, refuse: 5 });
    const refused = rows
      .filter((row) => row.action === "refuse")
      .map((row) => (row.action === "refuse" ? [row.line, row.place?.column ?? null, row.reason.key] : []));
    expect(refused).toEqual([
      [3, "A", "dataImport.reasons.partnerExists"],
      [4, "C", "validation.required"],
      [5, "D", "dataImport.reasons.notAValue"],
      [6, "F", "validation.longitudeMissing"],
      [8, "A", "dataImport.reasons.duplicatePartner"],
    ]);
    const exists = rows.find((row) => row.line === 3);
    expect(exists?.action === "refuse" && reasonText(exists.reason, "de", "PARTNERS")).toBe(
      `einen Partner mit diesem Namen in diesem Land gibt es schon (Nr. ${lille.id}); zum Ändern seine Nr. und Version angeben`,
    );
    expect(rows.find((row) => row.line === 2)).toMatchObject({
      action: "create",
      after: { nameDe: "Gutstadt", latitude: 52.1, longitude: 21, continent: "EUROPE", countryCode: "PL" },
    });
    await expectNothingWritten(printed);
  });
});

describe("people", () => {
  it("round trip of the XLSX export: edited people change, partners found by name and country, twice changes nothing", async () => {
    const { header, rows, col } = await exportedRows("people", "de");
    expect([header[0], header.at(-1)]).toEqual(["Nr.", "Version"]);
    expect(header).toContain("E-Mail");
    const before = await people();
    const first = rows[1] as WriterCell[];
    const second = rows[2] as WriterCell[];
    const firstId = Number(first[col("Nr.")]);
    const secondId = Number(second[col("Nr.")]);
    first[col("E-Mail")] = "neu@example.org";
    first[col("Funktion")] = "Leiterin";
    const lüttich = await db.partner.findFirstOrThrow({ where: { nameDe: "Lüttich" } });
    second[col("Partner")] = "Liège"; // its English name
    second[col("Land")] = "Belgien";
    const newRow: WriterCell[] = header.map(() => null);
    newRow[col("Name")] = "Erika Musterfrau";
    newRow[col("Organisation")] = "Stadt Köln";
    rows.push(newRow);
    const file = writeXlsx(rows);

    const { token, counts } = await preview("PEOPLE", file);
    const secondWasLüttich = before.get(secondId)?.partnerId === lüttich.id;
    expect(counts).toEqual({
      create: 1,
      change: secondWasLüttich ? 1 : 2,
      unchanged: before.size - (secondWasLüttich ? 1 : 2),
      conflict: 0,
      refuse: 0,
    });
    const result = await api.dataImport.commit({ token });
    const after = await people();
    for (const [id, row] of before) {
      if (id === firstId) {
        expect(after.get(id)).toEqual({ ...row, email: "neu@example.org", role: "Leiterin", version: row.version + 1 });
      } else if (id === secondId && !secondWasLüttich) {
        expect(after.get(id)).toEqual({ ...row, partnerId: lüttich.id, version: row.version + 1 });
      } else expect(after.get(id), `person ${id} must not change`).toEqual(row);
    }
    const created = [...after.values()].find((row) => !before.has(row.id));
    expect(created).toMatchObject({
      name: "Erika Musterfrau",
      organisation: "Stadt Köln",
      partnerId: null,
      role: null,
      email: null,
      version: 1,
    });
    expect(await db.auditEvent.count({ where: { importId: result.importId, entityType: "PERSON" } })).toBe(
      counts.create + counts.change,
    );

    const printed = await fingerprint(db);
    const again = await preview("PEOPLE", file);
    expect(again.counts).toMatchObject({ create: 0, change: 0, conflict: 0, refuse: 1 });
    expect(again.rows.find((row) => row.action === "refuse")).toMatchObject({
      reason: { key: "dataImport.reasons.personExists" },
    });
    await api.dataImport.commit({ token: again.token });
    await expectNothingWritten(printed);
  });

  it("refuses unknown and ambiguous partners, bad addresses and unknown countries with line and column", async () => {
    const rotterdam = await db.partner.findFirstOrThrow({ where: { nameDe: "Rotterdam" } });
    await api.partner.create({
      nameDe: "Rotterdam",
      nameEn: "Rotterdam",
      countryCode: "US",
      continent: "NORTH_AMERICA",
    });
    const text = writeCsv(
      [
        ["Name", "Partner", "Land", "E-Mail"],
        ["Gut", "Rotterdam", "Niederlande", "gut@example.org"],
        ["Mehrdeutig", "Rotterdam", "", ""],
        ["Unbekannt", "Atlantis", "", ""],
        ["Falsche Adresse", "", "", "keine-adresse"],
        ["Falsches Land", "Rotterdam", "Mordor", ""],
      ],
      ";",
    );
    const { rows, counts } = await preview("PEOPLE", new TextEncoder().encode(text), "personen.csv");
    expect(counts).toMatchObject({ create: 1, refuse: 4 });
    expect(rows.find((row) => row.line === 2)).toMatchObject({ action: "create", after: { partnerId: rotterdam.id } });
    const refused = rows
      .filter((row) => row.action === "refuse")
      .map((row) => (row.action === "refuse" ? [row.line, row.place?.column ?? null, row.reason.key] : []));
    expect(refused).toEqual([
      [3, "B", "dataImport.reasons.ambiguousPartner"],
      [4, "B", "dataImport.reasons.unknownPartner"],
      [5, "D", "validation.email"],
      [6, "B", "dataImport.reasons.unknownCountry"],
    ]);
    const unknown = rows.find((row) => row.line === 6);
    expect(unknown?.action === "refuse" && reasonText(unknown.reason, "en", "PEOPLE")).toBe(
      "“Mordor” is not a known country",
    );
  });

  it("only roles that may see personal data import people", async () => {
    const bytes = new TextEncoder().encode("Name\nJemand\n");
    const refused = await stageImport(db, TEST_ACTORS.VIEWER, { kind: "PEOPLE", fileName: "p.csv", bytes }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("FORBIDDEN");
    await expect(
      stageImport(db, TEST_ACTORS.EDITOR, { kind: "PEOPLE", fileName: "p.csv", bytes }),
    ).resolves.toMatchObject({ kind: "PEOPLE", rowCount: 1 });
  });
});

describe("activities", () => {
  async function activities() {
    const rows = await db.activity.findMany({
      orderBy: { id: "asc" },
      omit: { createdAt: true, updatedAt: true },
      include: {
        agreements: { select: { agreementId: true }, orderBy: { agreementId: "asc" } },
        areas: { select: { areaId: true }, orderBy: { areaId: "asc" } },
      },
    });
    return new Map(rows.map((row) => [row.id, row]));
  }

  it("round trip of the XLSX export: edited activities and their agreements change, twice changes nothing", async () => {
    const { header, rows, col } = await exportedRows("activities", "de");
    expect([header[0], header.at(-1)]).toEqual(["Nr.", "Version"]);
    const before = await activities();
    const first = rows[1] as WriterCell[];
    const second = rows[2] as WriterCell[];
    const firstId = Number(first[col("Nr.")]);
    const secondId = Number(second[col("Nr.")]);
    first[col("Ort")] = "Rathaus, Spanischer Bau";
    first[col("Ende")] = "2.3.2024";
    // The cooperation areas by name in either language (and in any case).
    const culture = await db.cooperationArea.findUniqueOrThrow({ where: { code: "CULTURE" } });
    const economy = await db.cooperationArea.findUniqueOrThrow({ where: { code: "ECONOMY" } });
    first[col("Kooperationsfelder")] = `${culture.nameDe}; ${economy.nameEn.toUpperCase()}`;
    const agreement = await db.agreement.findFirstOrThrow({ orderBy: { id: "asc" } });
    const other = await db.agreement.findFirstOrThrow({
      where: { id: { not: agreement.id } },
      orderBy: { id: "desc" },
    });
    // One agreement by its title, one by its number.
    second[col("Vereinbarungen")] = `${agreement.title}; ${other.id}`;
    const newRow: WriterCell[] = header.map(() => null);
    newRow[col("Titel")] = "Delegationsbesuch aus Lille";
    newRow[col("Art")] = "Besuch";
    newRow[col("Beginn")] = { day: new Date("2025-05-04T00:00:00Z") };
    newRow[col("Partner")] = "Lille";
    rows.push(newRow);
    const file = writeXlsx(rows);

    const { token, counts } = await preview("ACTIVITIES", file);
    expect(counts).toEqual({ create: 1, change: 2, unchanged: before.size - 2, conflict: 0, refuse: 0 });
    const result = await api.dataImport.commit({ token });
    const after = await activities();
    const firstBefore = before.get(firstId);
    for (const [id, row] of before) {
      if (id === firstId) {
        const startsLater = (firstBefore?.startOn.getTime() ?? 0) > new Date("2024-03-02T00:00:00Z").getTime();
        if (startsLater) throw new Error("the test's first activity starts after the end it is given");
        expect(after.get(id)).toEqual({
          ...row,
          place: "Rathaus, Spanischer Bau",
          endOn: new Date("2024-03-02T00:00:00Z"),
          areas: [culture.id, economy.id].sort((a, b) => a - b).map((areaId) => ({ areaId })),
          version: row.version + 1,
        });
      } else if (id === secondId) {
        expect(after.get(id)).toEqual({
          ...row,
          agreements: [agreement.id, other.id].sort((a, b) => a - b).map((agreementId) => ({ agreementId })),
          version: row.version + 1,
        });
      } else expect(after.get(id), `activity ${id} must not change`).toEqual(row);
    }
    const lille = await db.partner.findFirstOrThrow({ where: { nameDe: "Lille" } });
    const created = [...after.values()].find((row) => !before.has(row.id));
    expect(created).toMatchObject({
      title: "Delegationsbesuch aus Lille",
      type: "VISIT",
      startOn: new Date("2025-05-04T00:00:00Z"),
      endOn: null,
      partnerId: lille.id,
      agreements: [],
      version: 1,
    });
    expect(await db.auditEvent.count({ where: { importId: result.importId, entityType: "ACTIVITY" } })).toBe(3);

    const printed = await fingerprint(db);
    const again = await preview("ACTIVITIES", file);
    expect(again.counts).toEqual({ create: 0, change: 0, unchanged: before.size, conflict: 0, refuse: 1 });
    expect(again.rows.find((row) => row.action === "refuse")).toMatchObject({
      reason: { key: "dataImport.reasons.activityExists", params: { id: created?.id } },
    });
    await api.dataImport.commit({ token: again.token });
    await expectNothingWritten(printed);
  });

  it("refuses unknown agreements and areas, impossible days, a missing start and an unknown type", async () => {
    const text = writeCsv(
      [
        ["Titel", "Art", "Beginn", "Ende", "Vereinbarungen", "Cooperation areas"],
        ["Gut", "Besuch", "01.02.2025", "", "", "Kultur"],
        ["Unbekannte Vereinbarung", "Besuch", "01.02.2025", "", "Vertrag von Atlantis", ""],
        ["Unmöglicher Tag", "Besuch", "31.02.2025", "", "", ""],
        ["Ohne Beginn", "Besuch", "", "", "", ""],
        ["Falsche Art", "Picknick", "01.02.2025", "", "", ""],
        ["Ende vor Beginn", "Besuch", "01.02.2025", "01.01.2025", "", ""],
        ["Unbekanntes Feld", "Besuch", "01.02.2025", "", "", "Kultur; Raumfahrt"],
      ],
      ";",
    );
    const { rows, counts } = await preview("ACTIVITIES", new TextEncoder().encode(text), "aktivitaeten.csv");
    expect(counts).toMatchObject({ create: 1, refuse: 6 });
    const refused = rows
      .filter((row) => row.action === "refuse")
      .map((row) => (row.action === "refuse" ? [row.line, row.place?.column ?? null, row.reason.key] : []));
    expect(refused).toEqual([
      [3, "E", "dataImport.reasons.unknownAgreement"],
      [4, "C", "validation.notAPartialDate"],
      [5, "C", "validation.required"],
      [6, "B", "dataImport.reasons.notAValue"],
      [7, "D", "validation.endBeforeStart"],
      [8, "F", "validation.unknownArea"],
    ]);
    const unknownArea = rows.find((row) => row.line === 8);
    expect(unknownArea?.action === "refuse" && reasonText(unknownArea.reason, "de", "ACTIVITIES")).toBe(
      "unbekanntes Kooperationsfeld „Raumfahrt“",
    );
  });
});
