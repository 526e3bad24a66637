// The working-group import (groups with their milestones, one row per milestone) against a real PostgreSQL with
// Cologne's demo data, through the router: the CSV export read back and written again with the test's own writer
// (not the app's), edited, imported; the database then equals the expected records field by field; a group and a
// milestone changed since the export are conflicts; the same file a second time changes nothing; refused rows write
// nothing (every table's checksum unchanged).
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { handleExport } from "../../export/handler";
import { readXlsx } from "../../export/test-readers";
import { fingerprint } from "../../reliability/db-state";
import { callerFor, TEST_ACTORS } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { expectNothingWritten, exportedCsv, previewCsv } from "../../test/import-round-trip";
import { writeXlsx } from "../../test/xlsx-writer";
import { reasonText } from "./report";

let db: Db;
let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
});

/** The working groups' CSV export (one row per milestone), as text cells. */
const exported = (lang: "de" | "en" = "de") => exportedCsv(db, "working-groups", lang);
const preview = (rows: string[][]) => previewCsv(api, "WORKING_GROUPS", rows);

const omit = { createdAt: true, updatedAt: true } as const;
async function groups() {
  return new Map((await db.workingGroup.findMany({ omit, orderBy: { id: "asc" } })).map((row) => [row.id, row]));
}
async function milestones() {
  return new Map((await db.milestone.findMany({ omit, orderBy: { id: "asc" } })).map((row) => [row.id, row]));
}

describe("working groups with milestones", () => {
  it("round trip of the CSV export: edited group and milestone change, new ones are created once, twice changes nothing", async () => {
    const { header, rows, col } = await exported("de");
    const beforeGroups = await groups();
    const beforeMilestones = await milestones();
    const withMilestone = rows.findIndex((row, index) => index > 0 && row[col("Meilenstein Nr.")] !== "");
    const groupId = Number(rows[withMilestone]?.[col("Arbeitsgruppe Nr.")]);
    const groupRows = rows.filter((row) => row[col("Arbeitsgruppe Nr.")] === String(groupId));
    const milestoneRow = groupRows.find(
      (row) => row[col("Status des Meilensteins")] !== "Erledigt" && row[col("Meilenstein Nr.")] !== "",
    ) as string[];
    const milestoneId = Number(milestoneRow[col("Meilenstein Nr.")]);
    // The group's goal on each of its rows (every row of a group carries its columns).
    for (const row of groupRows) row[col("Ziel")] = "Gemeinsame Ziele, aus der Tabelle „bearbeitet“";
    milestoneRow[col("Status des Meilensteins")] = "Erledigt";
    milestoneRow[col("Erledigt am")] = "03.02.2025";
    // A new milestone of that group, and a new group with two milestones (created once).
    const blank = () => header.map(() => "");
    const added = [...(groupRows[0] as string[])];
    for (const name of ["Meilenstein Nr.", "Erledigt am", "Notiz zum Meilenstein", "Version des Meilensteins"])
      added[col(name)] = "";
    added[col("Meilenstein")] = "Bericht an den Rat";
    added[col("Status des Meilensteins")] = "Offen";
    added[col("Fällig am")] = "2031-05-01";
    const agreementId = Number(groupRows[0]?.[col("Vereinbarung Nr.")]);
    const lead = await db.person.findFirstOrThrow({
      where: { partnerId: null, erasedAt: null },
      orderBy: { id: "asc" },
    });
    const newGroup = (title: string, due: string) => {
      const row = blank();
      row[col("Name")] = "AG Klimapartnerschaft";
      row[col("Vereinbarung Nr.")] = String(agreementId);
      row[col("Status")] = "In Gründung";
      row[col("Leitung Köln")] = String(lead.id);
      row[col("Ziel")] = "Klimaschutz gemeinsam";
      row[col("Meilenstein")] = title;
      row[col("Fällig am")] = due;
      return row;
    };
    rows.push(added, newGroup("Auftakttreffen", "15.03.2030"), newGroup("Arbeitsplan", "2030-09-30"));

    const { token, counts, rows: planned } = await preview(rows);
    expect(counts).toMatchObject({ create: 4, change: 2, conflict: 0, refuse: 0 });
    const groupChange = planned.find((r) => r.action === "change" && r.entity === "WORKING_GROUP");
    expect(groupChange?.action === "change" && groupChange.changes).toEqual([
      {
        field: "goal",
        before: beforeGroups.get(groupId)?.goal ?? null,
        after: "Gemeinsame Ziele, aus der Tabelle „bearbeitet“",
      },
    ]);
    const milestoneChange = planned.find((r) => r.action === "change" && r.entity === "MILESTONE");
    expect(milestoneChange?.action === "change" && milestoneChange.changes.map((c) => c.field)).toEqual([
      "milestoneStatus",
      "doneOn",
    ]);

    const result = await api.dataImport.commit({ token });
    expect(result).toMatchObject({ created: 4, changed: 2 });
    const afterGroups = await groups();
    const afterMilestones = await milestones();
    expect(afterGroups.size).toBe(beforeGroups.size + 1);
    expect(afterMilestones.size).toBe(beforeMilestones.size + 3);
    for (const [id, row] of beforeGroups) {
      expect(afterGroups.get(id)).toEqual(
        id === groupId
          ? { ...row, goal: "Gemeinsame Ziele, aus der Tabelle „bearbeitet“", version: row.version + 1 }
          : row,
      );
    }
    for (const [id, row] of beforeMilestones) {
      expect(afterMilestones.get(id)).toEqual(
        id === milestoneId
          ? { ...row, status: "DONE", doneOn: new Date("2025-02-03T00:00:00Z"), version: row.version + 1 }
          : row,
      );
    }
    const created = [...afterGroups.values()].find((row) => !beforeGroups.has(row.id));
    expect(created).toMatchObject({
      name: "AG Klimapartnerschaft",
      agreementId,
      status: "FORMING",
      leadCologneId: lead.id,
      leadPartnerId: null,
      goal: "Klimaschutz gemeinsam",
      verified: false,
      version: 1,
    });
    const newMilestones = [...afterMilestones.values()].filter((row) => !beforeMilestones.has(row.id));
    expect(
      newMilestones.map(({ workingGroupId, title, status, dueOn, doneOn }) => ({
        workingGroupId,
        title,
        status,
        dueOn,
        doneOn,
      })),
    ).toEqual([
      {
        workingGroupId: groupId,
        title: "Bericht an den Rat",
        status: "OPEN",
        dueOn: new Date("2031-05-01T00:00:00Z"),
        doneOn: null,
      },
      {
        workingGroupId: created?.id,
        title: "Auftakttreffen",
        status: "OPEN",
        dueOn: new Date("2030-03-15T00:00:00Z"),
        doneOn: null,
      },
      {
        workingGroupId: created?.id,
        title: "Arbeitsplan",
        status: "OPEN",
        dueOn: new Date("2030-09-30T00:00:00Z"),
        doneOn: null,
      },
    ]);
    // One audit event per record created or changed, naming the import; a milestone's under its group.
    const events = await db.auditEvent.findMany({ where: { importId: result.importId }, orderBy: { id: "asc" } });
    expect(events.map((e) => `${e.action} ${e.entityType}`).sort()).toEqual([
      "CREATE MILESTONE",
      "CREATE MILESTONE",
      "CREATE MILESTONE",
      "CREATE WORKING_GROUP",
      "UPDATE MILESTONE",
      "UPDATE WORKING_GROUP",
    ]);
    expect(
      events.find((e) => e.entityType === "MILESTONE" && e.action === "CREATE" && e.entityLabel === "Arbeitsplan"),
    ).toMatchObject({
      parentType: "WORKING_GROUP",
      parentId: String(created?.id),
    });

    // The same file again: the edited rows are now unchanged (their versions are old, their values the same) and the
    // new rows exist: nothing is written.
    const printed = await fingerprint(db);
    const again = await preview(rows);
    expect(again.counts).toMatchObject({ create: 0, change: 0, conflict: 0 });
    expect(again.rows.filter((r) => r.action === "refuse").map((r) => r.action === "refuse" && r.reason.key)).toEqual([
      "dataImport.reasons.milestoneExists",
      "dataImport.reasons.workingGroupExists",
      "dataImport.reasons.parentRefused",
      "dataImport.reasons.parentRefused",
    ]);
    await expect(api.dataImport.commit({ token: again.token })).resolves.toMatchObject({ created: 0, changed: 0 });
    await expectNothingWritten(db, printed);
  });

  it("a group and a milestone changed since the export are conflicts naming who changed them, and are not applied", async () => {
    const { rows, col } = await exported("en");
    const index = rows.findIndex((row, i) => i > 0 && row[col("Milestone ID")] !== "");
    const row = rows[index] as string[];
    const groupId = Number(row[col("Working group ID")]);
    const milestoneId = Number(row[col("Milestone ID")]);
    row[col("Notes")] = "From the sheet";
    row[col("Milestone note")] = "From the sheet too";
    const group = await api.workingGroup.byId({ id: groupId });
    await api.workingGroup.update({
      id: groupId,
      version: group.version,
      name: group.name,
      agreementId: group.agreement.id,
      status: group.status,
      notes: "Changed in between",
    });
    const milestone = await db.milestone.findUniqueOrThrow({ where: { id: milestoneId } });
    await api.workingGroup.updateMilestone({
      id: milestoneId,
      version: milestone.version,
      title: `${milestone.title} (neu)`,
      status: milestone.status,
      dueOn: milestone.dueOn?.toISOString().slice(0, 10) ?? null,
      doneOn: milestone.doneOn?.toISOString().slice(0, 10) ?? null,
    });
    const printed = await fingerprint(db);
    const { token, counts, rows: planned } = await preview(rows.filter((_, i) => i === 0 || i === index));
    expect(counts).toMatchObject({ create: 0, change: 0, conflict: 2, refuse: 0 });
    expect(planned.filter((r) => r.action === "conflict")).toMatchObject([
      {
        entity: "WORKING_GROUP",
        id: groupId,
        yourVersion: group.version,
        currentVersion: group.version + 1,
        by: TEST_ACTORS.EDITOR.name,
      },
      {
        entity: "MILESTONE",
        id: milestoneId,
        yourVersion: milestone.version,
        currentVersion: milestone.version + 1,
        by: TEST_ACTORS.EDITOR.name,
      },
    ]);
    await api.dataImport.commit({ token });
    await expectNothingWritten(db, printed);
  });

  it("a milestone edited under a group changed since the export is refused with its group's line, not applied", async () => {
    const { rows, col } = await exported("en");
    const index = rows.findIndex((row, i) => i > 0 && row[col("Milestone ID")] !== "");
    const row = rows[index] as string[];
    const groupId = Number(row[col("Working group ID")]);
    row[col("Milestone note")] = "Edited on a stale copy of its group";
    const group = await api.workingGroup.byId({ id: groupId });
    await api.workingGroup.update({
      id: groupId,
      version: group.version,
      name: group.name,
      agreementId: group.agreement.id,
      status: group.status,
      notes: "Changed in between, again",
    });
    const printed = await fingerprint(db);
    const { token, counts, rows: planned } = await preview(rows.filter((_, i) => i === 0 || i === index));
    expect(counts).toMatchObject({ create: 0, change: 0, conflict: 1, refuse: 1 });
    expect(planned.find((r) => r.action === "refuse")).toMatchObject({
      entity: "MILESTONE",
      reason: { key: "dataImport.reasons.parentConflict" },
    });
    await api.dataImport.commit({ token });
    await expectNothingWritten(db, printed);
  });

  it("refuses unknown statuses, a done date in the future, a group whose rows differ, an unknown agreement and an ambiguous lead; writes nothing", async () => {
    // A group with three milestones at least (the seed's has two).
    const seeded = await db.workingGroup.findFirstOrThrow({ orderBy: { id: "asc" }, include: { milestones: true } });
    for (let n = seeded.milestones.length; n < 3; n++) {
      await api.workingGroup.addMilestone({ workingGroupId: seeded.id, title: `Schritt ${n + 1}`, status: "OPEN" });
    }
    const { header, rows, col } = await exported("de");
    // The group with the most milestones (its rows: one refused for its milestone, one for differing group cells).
    const countOf = (id: string | undefined) => rows.filter((row) => row[col("Arbeitsgruppe Nr.")] === id).length;
    const index = rows.reduce(
      (best, row, i) =>
        i > 0 &&
        row[col("Meilenstein Nr.")] !== "" &&
        countOf(row[col("Arbeitsgruppe Nr.")]) > countOf(rows[best]?.[col("Arbeitsgruppe Nr.")])
          ? i
          : best,
      1,
    );
    const groupId = rows[index]?.[col("Arbeitsgruppe Nr.")];
    const sameGroup = rows.filter((row) => row[col("Arbeitsgruppe Nr.")] === groupId);
    expect(sameGroup.length).toBeGreaterThanOrEqual(3);
    const twin = await db.person.findFirstOrThrow({ where: { erasedAt: null }, orderBy: { id: "asc" } });
    await db.person.create({ data: { name: twin.name, organisation: "Doppelter Name" } });
    const bad = (edit: (row: string[]) => void, from = rows[index] as string[]) => {
      const row = [...from];
      edit(row);
      return row;
    };
    const newGroup = (edit: (row: string[]) => void) =>
      bad((row) => {
        for (let c = 0; c < header.length; c++) row[c] = "";
        row[col("Name")] = "AG Neu";
        row[col("Vereinbarung Nr.")] = String(rows[index]?.[col("Vereinbarung Nr.")]);
        edit(row);
      });
    const file = [
      header,
      bad((row) => {
        row[col("Status des Meilensteins")] = "Vielleicht";
      }),
      bad((row) => {
        row[col("Status des Meilensteins")] = "Erledigt";
        row[col("Erledigt am")] = "01.01.2099";
      }, sameGroup[1]),
      newGroup((row) => {
        row[col("Leitung Köln")] = twin.name;
      }),
      newGroup((row) => {
        row[col("Name")] = "AG Ohne Vereinbarung";
        row[col("Vereinbarung Nr.")] = "999999";
        row[col("Meilenstein")] = "Erster Schritt";
      }),
    ];
    file.push(
      bad((row) => {
        row[col("Name")] = "Anders benannt";
      }, sameGroup[2]),
    );
    const printed = await fingerprint(db);
    const { token, counts, rows: planned } = await preview(file);
    expect(counts.create + counts.change).toBe(0);
    const refused = planned.filter((r) => r.action === "refuse");
    const texts = refused.map((r) =>
      r.action === "refuse"
        ? `${r.line} ${r.place?.header ?? "-"}: ${reasonText(r.reason, "de", "WORKING_GROUPS")}`
        : "",
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "2 Status des Meilensteins: „Vielleicht“ ist keiner der möglichen Werte",
        "3 Erledigt am: Erledigt am: darf nicht in der Zukunft liegen",
        expect.stringMatching(new RegExp(`^4 Leitung Köln: „${twin.name}“ passt auf 2 Personen`)),
        "5 Vereinbarung Nr.: keine Vereinbarung heißt „999999“",
        "5 -: der Meilenstein wird nicht übernommen, weil seine Arbeitsgruppe (Zeile 5) abgelehnt ist",
      ]),
    );
    expect(texts).toContain(
      "6 Name: dieselbe Arbeitsgruppe steht schon in Zeile 2, dort mit anderen Werten; alle Zeilen einer Arbeitsgruppe brauchen dieselben",
    );
    await api.dataImport.commit({ token });
    await expectNothingWritten(db, printed);
  });

  it("the XLSX export's first sheet (the groups, its number headed „Nr.“) changes the edited group only", async () => {
    const request = new Request("http://localhost/api/export/working-groups?format=xlsx&lang=de");
    const response = await handleExport(request, "working-groups", TEST_ACTORS.EDITOR, db);
    const sheet = readXlsx(new Uint8Array(await response.arrayBuffer())).sheets[0];
    const rows = (sheet?.rows ?? []).map((row) => row.map((cell) => (cell?.value ?? null) as string | number | null));
    const header = rows[0] as string[];
    expect([header[0], header.at(-1)]).toEqual(["Nr.", "Version"]);
    const row = rows[1] as (string | number | null)[];
    const id = Number(row[0]);
    row[header.indexOf("Ziel")] = "Ziel aus der Arbeitsmappe";
    const before = await groups();
    const beforeMilestones = await milestones();
    const content = Buffer.from(writeXlsx(rows.slice(0, 2))).toString("base64");
    const staged = await api.dataImport.stage({ kind: "WORKING_GROUPS", fileName: "ag.xlsx", content });
    const { counts } = await api.dataImport.preview({ token: staged.token });
    expect(counts).toEqual({ create: 0, change: 1, unchanged: 0, conflict: 0, refuse: 0 });
    await api.dataImport.commit({ token: staged.token });
    const after = await groups();
    for (const [groupId, group] of before) {
      expect(after.get(groupId)).toEqual(
        groupId === id ? { ...group, goal: "Ziel aus der Arbeitsmappe", version: group.version + 1 } : group,
      );
    }
    expect(await milestones()).toEqual(beforeMilestones);
  });
});
