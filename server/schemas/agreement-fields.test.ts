// Every plain field of the agreement's field table (AGREEMENT_FIELDS) end to end: written through the procedure,
// read back on the detail and (if listed) the list, exported under its label with its value, and audited under its
// label when it changes. A new row in the table is covered here without a new test.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { handleExport } from "../export/handler";
import { csvRecords, readCsv } from "../export/test-readers";
import { messageAt, messagesFor } from "../i18n/messages";
import { fieldLabel } from "../services/audit/labels";
import { callerFor, TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { AGREEMENT_FIELD_NAMES, AGREEMENT_FIELDS, AGREEMENT_LIST_FIELDS } from "./agreement";
import { parsePartialDate } from "./common";

let db: Db;
let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
});

/** A value for each field as a form sends it: a text, or a date known to the month. */
function values(suffix: string): Record<string, string> {
  return Object.fromEntries(
    AGREEMENT_FIELD_NAMES.map((name) => [
      name,
      AGREEMENT_FIELDS[name].kind === "text" ? `${name} ${suffix}` : suffix === "a" ? "1988-06" : "1990",
    ]),
  );
}

describe("the agreement's field table", () => {
  it("carries every field through the form's input, the detail, the list, the export and the audit trail", async () => {
    const partner = await db.partner.findFirstOrThrow({ select: { id: true } });
    const created = await api.agreement.create({
      type: "FRIENDSHIP",
      title: "Feldtabelle",
      partnerId: partner.id,
      ...values("a"),
    });
    const detail = (await api.agreement.byId({ id: created.id })) as unknown as Record<string, unknown>;
    for (const name of AGREEMENT_FIELD_NAMES) {
      const field = AGREEMENT_FIELDS[name];
      if (field.kind === "text") expect(detail[name], name).toBe(`${name} a`);
      else {
        expect(detail[name], name).toEqual(parsePartialDate("1988-06")?.date);
        expect(detail[`${name}Precision`], name).toBe("MONTH");
      }
    }

    const listed = (await api.agreement.list({ q: "Feldtabelle" })).items[0] as unknown as Record<string, unknown>;
    for (const name of AGREEMENT_LIST_FIELDS) expect(listed[name], name).toEqual(detail[name]);

    const request = new Request("http://localhost/api/export/agreements?format=csv&q=Feldtabelle&lang=de");
    const response = await handleExport(request, "agreements", TEST_ACTORS.VIEWER, db);
    const [row] = csvRecords(readCsv(new Uint8Array(await response.arrayBuffer())).rows);
    const m = messagesFor("de");
    for (const name of AGREEMENT_FIELD_NAMES) {
      const label = messageAt(m, AGREEMENT_FIELDS[name].label);
      expect(row?.[label], label).toBe(AGREEMENT_FIELDS[name].kind === "text" ? `${name} a` : "1988-06");
    }

    await api.agreement.update({
      id: created.id,
      version: created.version,
      type: "FRIENDSHIP",
      title: "Feldtabelle",
      partnerId: partner.id,
      ...values("b"),
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "AGREEMENT", entityId: String(created.id), action: "UPDATE" },
    });
    const changes = event.changes as Record<string, { before: unknown; after: unknown }>;
    for (const name of AGREEMENT_FIELD_NAMES) {
      expect(changes[name], name).toEqual(
        AGREEMENT_FIELDS[name].kind === "text"
          ? { before: `${name} a`, after: `${name} b` }
          : { before: "1988-06-01", after: "1990-01-01" },
      );
      // Named in words in the audit trail, never by its column name.
      expect(fieldLabel(m, "AGREEMENT", name)).not.toBe(name);
    }
  });

  it("refuses a text longer than the field allows, naming the field, and writes nothing", async () => {
    const partner = await db.partner.findFirstOrThrow({ select: { id: true } });
    const before = await db.agreement.count();
    const error = await api.agreement
      .create({ type: "FRIENDSHIP", title: "Zu lang", partnerId: partner.id, referenceNumber: "x".repeat(101) })
      .catch((caught: unknown) => caught);
    expect(String((error as Error).message)).toMatch(/referenceNumber/);
    expect(await db.agreement.count()).toBe(before);
  });
});
