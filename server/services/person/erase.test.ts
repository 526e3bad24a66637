// GDPR Art. 17 through the real router: an admin erases a person; the record and every audit snapshot of the person
// lose the personal fields (a marker says erased, when, by whom); exports and backups made afterwards hold none of
// them; the audit trail stays append-only for everything else; only admins may erase, once, from the version seen.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "../../db/backup";
import type { Db } from "../../db/prisma";
import { handleExport } from "../../export/handler";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase, withPgClient } from "../../test/database";

let db: Db;
let url: string;
let folder: string;
const admin = () => callerFor(db, TEST_ACTORS.ADMIN);
const editor = () => callerFor(db, TEST_ACTORS.EDITOR);

beforeAll(async () => {
  ({ db, url } = await createTestDatabase("seeded"));
  folder = await mkdtemp(path.join(tmpdir(), "erase-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Words of a person that must be gone after the erasure. */
const PERSONAL = {
  name: "Bettina Löschbar",
  role: "Referentin Löschprüfung",
  organisation: "Amt für Vergessen",
  email: "bettina.loeschbar@stadt-koeln.example",
  notes: "Telefon 0221 555 0199",
  source: "https://example.org/bettina-loeschbar",
};
const TRACES = ["Löschbar", "loeschbar", "Löschprüfung", "Amt für Vergessen", "555 0199"];

async function personWithHistory() {
  const created = await editor().person.create({ ...PERSONAL, verified: false });
  const updated = await editor().person.update({
    id: created.id,
    version: created.version,
    ...PERSONAL,
    organisation: "Amt für Vergessen, Abteilung 2",
    verified: true,
  });
  return updated;
}

async function eventsOf(id: number) {
  return db.auditEvent.findMany({ where: { entityType: "PERSON", entityId: String(id) }, orderBy: { id: "asc" } });
}

describe("person.erase", () => {
  it("removes the personal fields from the record and from every audit snapshot, and records the erasure", async () => {
    const person = await personWithHistory();
    const other = await editor().person.create({ name: "Bleibt Erhalten", email: "bleibt@stadt-koeln.example" });
    expect(JSON.stringify(await eventsOf(person.id))).toContain(PERSONAL.email);

    const result = await admin().person.erase({ id: person.id, version: person.version });
    expect(result.auditEventsErased).toBe(2);

    const record = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(record).toMatchObject({
      role: null,
      organisation: null,
      email: null,
      notes: null,
      source: null,
      erasedById: TEST_ACTORS.ADMIN.id,
      erasedByName: TEST_ACTORS.ADMIN.name,
    });
    expect(record.name).toMatch(
      /^\[DSGVO Art\. 17 \/ GDPR Art\. 17: gelöscht \/ erased \d{4}-\d\d-\d\d \d\d:\d\d UTC, /,
    );
    expect(record.name).toContain(TEST_ACTORS.ADMIN.name);
    expect(record.erasedAt).toBeInstanceOf(Date);

    const events = await eventsOf(person.id);
    const text = JSON.stringify(events);
    for (const trace of TRACES) expect(text, trace).not.toContain(trace);
    // What stays: that the changes were made, when and by whom, and which fields they touched.
    expect(events.map((event) => event.action)).toEqual(["CREATE", "UPDATE", "ERASE"]);
    expect(events[0]?.actorId).toBe(TEST_ACTORS.EDITOR.id);
    expect(events[1]?.changes).toEqual({
      organisation: { before: record.name, after: record.name },
      verified: { before: false, after: true },
    });
    expect(events[0]?.changes).toMatchObject({ email: { before: null, after: record.name } });
    for (const event of events) expect(event.entityLabel).toBe(record.name);

    // Another person's history is untouched.
    expect(JSON.stringify(await eventsOf(other.id))).toContain("bleibt@stadt-koeln.example");
  });

  it("leaves nothing of the person in exports and backups made afterwards", async () => {
    const person = await personWithHistory();
    await admin().person.erase({ id: person.id, version: person.version });

    for (const [kind, params] of [
      ["people", "format=csv"],
      ["audit", "format=csv"],
    ] as const) {
      const response = await handleExport(
        new Request(`http://localhost/api/export/${kind}?${params}`),
        kind,
        TEST_ACTORS.ADMIN,
        db,
      );
      expect(response.status, kind).toBe(200);
      const body = await response.text();
      expect(body, kind).toContain("GDPR Art. 17");
      for (const trace of TRACES) expect(body, `${kind}: ${trace}`).not.toContain(trace);
    }

    const file = path.join(folder, "nach-loeschung.backup");
    await backupDatabase(url, file);
    const dump = gunzipSync(await readFile(file)).toString("utf8");
    expect(dump).toContain("GDPR Art. 17");
    for (const trace of TRACES) expect(dump, trace).not.toContain(trace);
  });

  it("only admins erase, once, from the version they saw; the audit trail stays closed to every other change", async () => {
    const person = await personWithHistory();
    expect((await trpcError(() => editor().person.erase({ id: person.id, version: person.version }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await trpcError(() => admin().person.erase({ id: person.id, version: person.version - 1 }))).code).toBe(
      "CONFLICT",
    );
    const erased = await admin().person.erase({ id: person.id, version: person.version });
    const again = await trpcError(() => admin().person.erase({ id: person.id, version: erased.version }));
    expect(again.code).toBe("BAD_REQUEST");
    expect(again.message).toContain("already been erased");
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ email: null });

    // Without the erasure function, the trigger still refuses to change an event, even for the owner.
    const refused = await withPgClient(url, (client) =>
      client.query(`UPDATE "AuditEvent" SET "entityLabel" = 'x' WHERE "entityId" = $1`, [String(person.id)]).then(
        () => "ok",
        (error: { code?: string }) => error.code,
      ),
    );
    expect(refused).toBe("42501");
    // The switch alone does not let anything but the personal snapshot fields change.
    const widened = await withPgClient(url, (client) =>
      client
        .query(
          `BEGIN; SELECT set_config('partnerships.erasing', 'on', true); UPDATE "AuditEvent" SET "actorName" = 'x' WHERE "entityId" = '${person.id}'; COMMIT`,
        )
        .then(
          () => "ok",
          async (error: { code?: string }) => {
            await client.query("ROLLBACK");
            return error.code;
          },
        ),
    );
    expect(widened).toBe("42501");
  });
});
