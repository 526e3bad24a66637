// The commitment import against a real PostgreSQL with Cologne's demo data, through the router: the CSV export read
// back and written again with the test's own writer (not the app's), edited, imported; the database then equals the
// expected records field by field; a commitment changed since the export is a conflict; the same file a second time
// changes nothing; the service's rules (owner of the Cologne side, not erased; a reason for DONE and DROPPED; a due
// date not before the signing) refuse rows, and refused rows write nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { fingerprint } from "../../reliability/db-state";
import { callerFor, TEST_ACTORS } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { expectNothingWritten, exportedCsv, previewCsv } from "../../test/import-round-trip";
import { reasonText } from "./report";

let db: Db;
let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
});

const exported = (lang: "de" | "en" = "de") => exportedCsv(db, "commitments", lang);
const preview = (rows: string[][]) => previewCsv(api, "COMMITMENTS", rows);

async function commitments() {
  const rows = await db.commitment.findMany({ omit: { createdAt: true, updatedAt: true }, orderBy: { id: "asc" } });
  return new Map(rows.map((row) => [row.id, row]));
}

describe("commitments", () => {
  it("round trip of the CSV export: edited commitments change (status with reason, owner by name, due month), a new one is created, twice changes nothing", async () => {
    const { header, rows, col } = await exported("de");
    expect(header.at(-1)).toBe("Version");
    const before = await commitments();
    expect(before.size).toBeGreaterThanOrEqual(2);
    const owner = await db.person.create({
      data: { name: "Erika Zuständig", organisation: "Büro für Internationales" },
    });
    const first = rows[1] as string[];
    const second = rows[2] as string[];
    const firstId = Number(first[col("Nr.")]);
    const secondId = Number(second[col("Nr.")]);
    first[col("Status")] = "Erledigt";
    first[col("Begründung")] = "Im Rat berichtet";
    first[col("Verantwortliche Person in Köln")] = "Erika Zuständig";
    second[col("Fällig")] = "06/2031";
    second[col("Verantwortliche Stelle in Köln")] = "Amt für Stadtentwicklung";
    const added = header.map(() => "");
    added[col("Zusage")] = "Jährlicher Austausch von Auszubildenden";
    added[col("Vereinbarung Nr.")] = String(first[col("Vereinbarung Nr.")]);
    added[col("Fällig")] = "2032";
    added[col("Status")] = "In Arbeit";
    rows.push(added);

    const { token, counts, rows: planned } = await preview(rows);
    expect(counts).toEqual({ create: 1, change: 2, unchanged: before.size - 2, conflict: 0, refuse: 0 });
    const firstChange = planned.find((row) => row.action === "change" && row.id === firstId);
    expect(firstChange?.action === "change" && firstChange.changes).toEqual([
      { field: "ownerPersonId", before: before.get(firstId)?.ownerPersonId ?? null, after: owner.id },
      { field: "status", before: before.get(firstId)?.status, after: "DONE" },
      { field: "statusReason", before: before.get(firstId)?.statusReason ?? null, after: "Im Rat berichtet" },
    ]);

    const result = await api.dataImport.commit({ token });
    expect(result).toMatchObject({ created: 1, changed: 2 });
    const after = await commitments();
    expect(after.size).toBe(before.size + 1);
    for (const [id, row] of before) {
      const now = after.get(id);
      if (id === firstId) {
        expect(now).toEqual({
          ...row,
          ownerPersonId: owner.id,
          status: "DONE",
          statusReason: "Im Rat berichtet",
          statusChangedBy: TEST_ACTORS.EDITOR.name,
          statusChangedAt: expect.any(Date),
          version: row.version + 1,
        });
      } else if (id === secondId) {
        expect(now).toEqual({
          ...row,
          dueOn: new Date("2031-06-01T00:00:00Z"),
          dueOnPrecision: "MONTH",
          ownerCologne: "Amt für Stadtentwicklung",
          version: row.version + 1,
        });
      } else expect(now).toEqual(row);
    }
    const created = [...after.values()].find((row) => !before.has(row.id));
    expect(created).toMatchObject({
      title: "Jährlicher Austausch von Auszubildenden",
      agreementId: Number(first[col("Vereinbarung Nr.")]),
      dueOn: new Date("2032-01-01T00:00:00Z"),
      dueOnPrecision: "YEAR",
      status: "IN_PROGRESS",
      statusChangedBy: TEST_ACTORS.EDITOR.name,
      ownerPersonId: null,
      version: 1,
    });
    const events = await db.auditEvent.findMany({ where: { importId: result.importId } });
    expect(events.map((e) => `${e.action} ${e.entityType} ${e.parentType}`).sort()).toEqual([
      "CREATE COMMITMENT AGREEMENT",
      "UPDATE COMMITMENT AGREEMENT",
      "UPDATE COMMITMENT AGREEMENT",
    ]);

    const printed = await fingerprint(db);
    const again = await preview(rows);
    expect(again.counts).toEqual({ create: 0, change: 0, unchanged: before.size, conflict: 0, refuse: 1 });
    await api.dataImport.commit({ token: again.token });
    await expectNothingWritten(db, printed);
  });

  it("a commitment changed since the export is a conflict naming who changed it", async () => {
    const { rows, col } = await exported("en");
    const row = rows[1] as string[];
    const id = Number(row[col("ID")]);
    row[col("Notes")] = "From the sheet";
    const current = await db.commitment.findUniqueOrThrow({ where: { id } });
    await api.commitment.setStatus({ id, version: current.version, status: "IN_PROGRESS" });
    const printed = await fingerprint(db);
    const { token, counts, rows: planned } = await preview(rows.slice(0, 2));
    expect(counts).toMatchObject({ change: 0, conflict: 1 });
    expect(planned[0]).toMatchObject({ action: "conflict", id, by: TEST_ACTORS.EDITOR.name });
    await api.dataImport.commit({ token });
    await expectNothingWritten(db, printed);
  });

  it("refuses a partner-side or ambiguous owner, DONE without a reason, an unknown status and a due date before the signing; writes nothing", async () => {
    const { header, rows, col } = await exported("de");
    const signed = await db.agreement.findFirstOrThrow({
      where: { signedOn: { not: null }, signedOnPrecision: "DAY" },
      orderBy: { id: "asc" },
    });
    const partnerSide = await db.person.findFirstOrThrow({ where: { partnerId: { not: null }, erasedAt: null } });
    await db.person.createMany({ data: [{ name: "Max Doppelt" }, { name: "Max Doppelt" }] });
    const row = (edit: (cells: string[]) => void) => {
      const cells = [...(rows[1] as string[])];
      edit(cells);
      return cells;
    };
    const fresh = (title: string, edit: (cells: string[]) => void) => {
      const cells = header.map(() => "");
      cells[col("Zusage")] = title;
      cells[col("Vereinbarung Nr.")] = String(signed.id);
      edit(cells);
      return cells;
    };
    const file = [
      header,
      row((cells) => {
        cells[col("Verantwortliche Person in Köln")] = String(partnerSide.id);
      }),
      fresh("Ohne Grund erledigt", (cells) => {
        cells[col("Status")] = "Erledigt";
      }),
      fresh("Unbekannter Status", (cells) => {
        cells[col("Status")] = "Irgendwann";
      }),
      fresh("Zu früh fällig", (cells) => {
        cells[col("Fällig")] = String((signed.signedOn as Date).getUTCFullYear() - 1);
      }),
      fresh("Doppelte Person", (cells) => {
        cells[col("Verantwortliche Person in Köln")] = "Max Doppelt";
      }),
    ];
    const printed = await fingerprint(db);
    const { token, counts, rows: planned } = await preview(file);
    expect(counts).toMatchObject({ create: 0, change: 0, refuse: 5 });
    const texts = planned.map((r) =>
      r.action === "refuse" ? `${r.line} ${r.place?.header ?? "-"}: ${reasonText(r.reason, "de", "COMMITMENTS")}` : "",
    );
    expect(texts[0]).toBe(
      "2 Verantwortliche Person in Köln: bitte eine Person der Kölner Seite wählen (keine Person einer Partnerstadt)",
    );
    expect(texts[1]).toBe("3 Begründung: bitte einen Grund angeben (bei „erledigt“ und „verworfen“ Pflicht)");
    expect(texts[2]).toBe("4 Status: „Irgendwann“ ist keiner der möglichen Werte");
    expect(texts[3]).toMatch(/^5 Fällig: darf nicht vor der Unterzeichnung der Vereinbarung liegen/);
    expect(texts[4]).toMatch(/^6 Verantwortliche Person in Köln: „Max Doppelt“ passt auf 2 Personen/);
    await api.dataImport.commit({ token });
    await expectNothingWritten(db, printed);
  });
});
