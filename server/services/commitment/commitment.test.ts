// Commitments through the real router against a real PostgreSQL with the demo seed: the seeded promises of the
// Chongqing MoU (no invented owners or dates), the rules (a due date not before the signing, a reason for done and
// dropped, a working group of the same agreement), the list's filters, the audit trail and the export.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { handleExport } from "../../export/handler";
import { commitmentsInYear } from "../../export/report-data";
import { csvRecords, readCsv } from "../../export/test-readers";
import { callerFor, refusedFields, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { today } from "../shared/dates";

const RAIL = "Arbeitsgruppe zur direkten Bahnverbindung Chongqing–Köln bilden";

let db: Db;
let caller: ReturnType<typeof callerFor>;
let mou: { id: number; partnerId: number; signedOn: Date | null; signedOnPrecision: string };
let otherAgreementId: number;
let seq = 0;
const unique = () => `${Date.now().toString(36)}-${++seq}`;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db);
  mou = await db.agreement.findFirstOrThrow({
    where: { commitments: { some: { title: RAIL } } },
    select: { id: true, partnerId: true, signedOn: true, signedOnPrecision: true },
  });
  otherAgreementId = (await db.agreement.findFirstOrThrow({ where: { id: { not: mou.id } }, select: { id: true } })).id;
});

describe("the seeded commitments", () => {
  it("gives the Chongqing MoU the rail-link working group and the five areas to explore, without owners or dates", async () => {
    const rows = await caller.commitment.ofAgreement({ agreementId: mou.id });
    expect(rows).toHaveLength(6);
    expect(
      rows.every(
        (row) =>
          row.dueOn === null && row.ownerCologne === null && row.ownerPartner === null && row.ownerPerson === null,
      ),
    ).toBe(true);
    expect(rows.every((row) => row.status === "OPEN")).toBe(true);
    const rail = rows.find((row) => row.title === RAIL);
    expect(rail?.verified).toBe(false);
    expect(rail?.workingGroup?.name).toBe("Direkte Bahnverbindung Chongqing–Köln");
    const detail = await caller.commitment.byId({ id: rail?.id ?? 0 });
    expect(detail.quote).toContain("a working group is to be formed shortly");
    expect(detail.quoteLanguage).toBe("en");
    expect(mou.signedOnPrecision).toBe("MONTH");
  });

  it("counts them as without a deadline, never as overdue", async () => {
    const noDeadline = await caller.commitment.list({ noDeadline: true, agreementId: mou.id });
    expect(noDeadline.total).toBe(6);
    const overdue = await caller.commitment.list({ overdue: true, agreementId: mou.id });
    expect(overdue.total).toBe(0);
  });
});

describe("commitment rules", () => {
  it("refuses a due date before the agreement was signed, naming the field, and writes nothing", async () => {
    const before = await db.commitment.count();
    const error = await trpcError(() =>
      caller.commitment.create({ title: `Zu früh ${unique()}`, agreementId: mou.id, dueOn: "2019-07-31" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(refusedFields(error)).toEqual(["dueOn"]);
    expect(error.message).toContain("2019-08");
    expect(await db.commitment.count()).toBe(before);
  });

  it("compares at the dates' precision: due in 2019 or in August 2019 is not before a signing in August 2019", async () => {
    for (const dueOn of ["2019", "2019-08", "2019-08-01"]) {
      const created = await caller.commitment.create({ title: `Genau ${unique()}`, agreementId: mou.id, dueOn });
      expect(created.id).toBeGreaterThan(0);
    }
  });

  it("refuses a working group of another agreement and an unknown agreement", async () => {
    const group = await db.workingGroup.findFirstOrThrow({ where: { agreementId: mou.id } });
    const other = await trpcError(() =>
      caller.commitment.create({ title: `X ${unique()}`, agreementId: otherAgreementId, workingGroupId: group.id }),
    );
    expect(refusedFields(other)).toEqual(["workingGroupId"]);
    const unknown = await trpcError(() => caller.commitment.create({ title: `Y ${unique()}`, agreementId: 999_999 }));
    expect(refusedFields(unknown)).toEqual(["agreementId"]);
  });

  it("links milestones of the agreement's working groups and activities linked to it, shown by name in the history", async () => {
    const group = await db.workingGroup.findFirstOrThrow({ where: { agreementId: mou.id }, select: { id: true } });
    const milestoneTitle = `Gleis ${unique()}`;
    const milestone = await caller.workingGroup.addMilestone({ workingGroupId: group.id, title: milestoneTitle });
    const activity = await caller.activity.create({
      type: "VISIT",
      title: `Besuch ${unique()}`,
      startOn: "2024-05-02",
      agreementIds: [mou.id],
    });
    const created = await caller.commitment.create({
      title: `Verknüpft ${unique()}`,
      agreementId: mou.id,
      dueOn: "2030",
      milestoneIds: [milestone.id],
      activityIds: [activity.id],
    });
    const detail = await caller.commitment.byId({ id: created.id });
    expect(detail.milestones.map((link) => link.milestone.id)).toEqual([milestone.id]);
    expect(detail.activities.map((link) => link.activity.id)).toEqual([activity.id]);
    const options = await caller.commitment.linkOptions({ agreementId: mou.id });
    expect(options.milestones.some((option) => option.id === milestone.id)).toBe(true);
    expect(options.activities.some((option) => option.id === activity.id)).toBe(true);

    // An update replaces the links; the history names what was unlinked.
    await caller.commitment.update({
      id: created.id,
      version: 1,
      title: detail.title,
      agreementId: mou.id,
      dueOn: "2030",
      milestoneIds: [],
      activityIds: [activity.id],
    });
    expect(await db.commitmentMilestone.count({ where: { commitmentId: created.id } })).toBe(0);
    const history = await caller.audit.history({ entityType: "COMMITMENT", entityId: String(created.id) });
    const texts = JSON.stringify(history);
    expect(texts).toContain(milestoneTitle);
  });

  it("refuses a milestone or an activity of another agreement, naming the field, and writes nothing", async () => {
    const otherGroup = await caller.workingGroup.create({
      name: `AG anderswo ${unique()}`,
      agreementId: otherAgreementId,
    });
    const foreign = await caller.workingGroup.addMilestone({
      workingGroupId: otherGroup.id,
      title: `Fremd ${unique()}`,
    });
    const lonely = await caller.activity.create({ type: "VISIT", title: `Allein ${unique()}`, startOn: "2024-05-03" });
    const before = await db.commitment.count();
    const cases: [{ milestoneIds?: number[]; activityIds?: number[] }, string][] = [
      [{ milestoneIds: [foreign.id] }, "milestoneIds"],
      [{ milestoneIds: [999_999] }, "milestoneIds"],
      [{ activityIds: [lonely.id] }, "activityIds"],
      [{ activityIds: [999_999] }, "activityIds"],
    ];
    for (const [input, field] of cases) {
      const error = await trpcError(() =>
        caller.commitment.create({ title: `Falsch ${unique()}`, agreementId: mou.id, ...input }),
      );
      expect(refusedFields(error)).toEqual([field]);
    }
    expect(await db.commitment.count()).toBe(before);
  });

  it("needs a reason for done and dropped, records who and when, and audits the status change under the agreement", async () => {
    const created = await caller.commitment.create({ title: `Erledigen ${unique()}`, agreementId: mou.id });
    for (const status of ["DONE", "DROPPED"] as const) {
      const refused = await trpcError(() => caller.commitment.setStatus({ id: created.id, version: 1, status }));
      expect(refusedFields(refused)).toEqual(["reason"]);
      const blank = await trpcError(() =>
        caller.commitment.setStatus({ id: created.id, version: 1, status, reason: "  " }),
      );
      expect(refusedFields(blank)).toEqual(["reason"]);
    }
    expect((await db.commitment.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("OPEN");

    const done = await caller.commitment.setStatus({
      id: created.id,
      version: 1,
      status: "DONE",
      reason: "Arbeitsgruppe hat sich am 3. März konstituiert.",
    });
    expect(done.version).toBe(2);
    const row = await db.commitment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.statusChangedBy).toBe(TEST_ACTORS.EDITOR.name);
    expect(row.statusChangedAt).toBeInstanceOf(Date);
    const events = await db.auditEvent.findMany({
      where: { entityType: "COMMITMENT", entityId: String(created.id) },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["CREATE", "STATUS_CHANGE"]);
    expect(events[1]?.parentType).toBe("AGREEMENT");
    expect(events[1]?.parentId).toBe(String(mou.id));
    expect(events[1]?.changes).toMatchObject({ status: { before: "OPEN", after: "DONE" } });

    // A stale version is refused (CONFLICT), nothing changes.
    const stale = await trpcError(() => caller.commitment.setStatus({ id: created.id, version: 1, status: "OPEN" }));
    expect(stale.code).toBe("CONFLICT");
  });

  it("lets a viewer read but not change", async () => {
    const viewer = callerFor(db, TEST_ACTORS.VIEWER);
    expect((await viewer.commitment.list({})).total).toBeGreaterThan(0);
    const refused = await trpcError(() => viewer.commitment.create({ title: "Nein", agreementId: mou.id }));
    expect(refused.code).toBe("FORBIDDEN");
  });
});

describe("the commitment list's filters", () => {
  it("finds overdue commitments at their due date's precision", async () => {
    const now = today();
    const year = now.getUTCFullYear();
    const month = String(now.getUTCMonth() + 1).padStart(2, "0");
    const owner = `Amt ${unique()}`;
    const make = (dueOn: string) =>
      caller.commitment.create({
        title: `Frist ${dueOn} ${unique()}`,
        agreementId: mou.id,
        dueOn,
        ownerCologne: owner,
      });
    const past = await make("2020-01");
    await make(`${year}-${month}`); // this month: not over yet
    await make(String(year)); // this year: not over yet
    const lastYear = await make(String(year - 1));
    const overdue = await caller.commitment.list({ overdue: true, owner });
    expect(overdue.items.map((item) => item.id).sort()).toEqual([past.id, lastYear.id].sort());
    expect((await caller.commitment.list({ owner })).total).toBe(4);
    expect((await caller.commitment.list({ owner: owner.toUpperCase() })).total).toBe(4);
  });

  it("filters by partner, agreement and status, and reads them from the URL", async () => {
    const byPartner = await caller.commitment.list({ partnerId: mou.partnerId, pageSize: 200 });
    expect(byPartner.items.every((item) => item.agreement.id === mou.id)).toBe(true);
    const byAgreement = await caller.commitment.list({ agreementId: otherAgreementId });
    expect(byAgreement.items.every((item) => item.agreement.id === otherAgreementId)).toBe(true);
    const open = await caller.commitment.list({ status: ["DONE"] });
    expect(open.items.every((item) => item.status === "DONE")).toBe(true);
  });
});

describe("the owner person on the Cologne side", () => {
  it("is a Cologne-side person who is not erased: saved, audited by name, filtered, exported; others refused by field", async () => {
    const annaName = `Anna Zuständig ${unique()}`;
    const anna = {
      name: annaName,
      ...(await caller.person.create({ name: annaName, email: "anna@stadt-koeln.example" })),
    };
    const partnerSide = await db.person.create({ data: { name: `Li Partner ${unique()}`, partnerId: mou.partnerId } });
    const erased = await db.person.create({
      data: { name: `[gelöscht ${unique()}]`, erasedAt: new Date(), erasedByName: "Test" },
    });
    const base = { title: `Eigentümer ${unique()}`, agreementId: mou.id, dueOn: "2031" };

    // Refused, naming the field, and nothing written.
    const before = await db.commitment.count();
    for (const [ownerPersonId, message] of [
      [erased.id, "was erased"],
      [partnerSide.id, "Cologne-side"],
      [999_999, "does not exist"],
    ] as const) {
      const error = await trpcError(() => caller.commitment.create({ ...base, ownerPersonId }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(refusedFields(error)).toEqual(["ownerPersonId"]);
      expect(error.message).toContain(message);
    }
    expect(await db.commitment.count()).toBe(before);

    // The picker offers Anna, never the erased or the partner-side person.
    const offered = await caller.commitment.ownerOptions({ q: "", limit: 50 });
    expect(offered.some((p) => p.id === erased.id || p.id === partnerSide.id)).toBe(false);
    expect((await caller.commitment.ownerOptions({ q: anna.name, limit: 5 })).map((p) => p.id)).toEqual([anna.id]);

    const created = await caller.commitment.create({ ...base, ownerPersonId: anna.id, ownerCologne: "Amt 15" });
    const detail = await caller.commitment.byId({ id: created.id });
    expect(detail.ownerPerson).toMatchObject({ id: anna.id, name: anna.name, erasedAt: null });
    expect(detail.ownerCologne).toBe("Amt 15");

    // The list: by owner person (URL ?ownerPerson=…), and the owner text search finds the person's name too.
    const byPerson = await caller.commitment.list({ ownerPersonId: anna.id });
    expect(byPerson.items.map((item) => item.id)).toEqual([created.id]);
    expect(byPerson.items[0]?.ownerPerson?.name).toBe(anna.name);
    const byName = await caller.commitment.list({ owner: anna.name.slice(0, 14).toUpperCase(), pageSize: 200 });
    expect(byName.items.some((item) => item.id === created.id)).toBe(true);
    const { commitmentList } = await import("../../lists/commitments");
    expect(commitmentList.toSearchParams({ ownerPersonId: anna.id }).toString()).toBe(`ownerPerson=${anna.id}`);
    expect(commitmentList.fromSearchParams(new URLSearchParams(`ownerPerson=${anna.id}`)).ownerPersonId).toBe(anna.id);

    // The export: the person's id and name beside the unit, and the filter in words.
    const response = await handleExport(
      new Request(`http://localhost/api/export/commitments?format=csv&lang=de&ownerPerson=${anna.id}`),
      "commitments",
      TEST_ACTORS.VIEWER,
      db,
      { now: new Date() },
    );
    const records = csvRecords(readCsv(new Uint8Array(await response.arrayBuffer())).rows);
    expect(records).toHaveLength(1);
    expect(records[0]?.["Verantwortliche Person in Köln"]).toBe(anna.name);
    expect(records[0]?.["Verantwortliche Person Nr."]).toBe(String(anna.id));
    expect(records[0]?.["Verantwortliche Stelle in Köln"]).toBe("Amt 15");

    // Erased later: the link stays (as for working groups), an edit of other fields keeps it, a change to another
    // erased person is refused. The history names the person (one event per change).
    await db.person.update({ where: { id: anna.id }, data: { erasedAt: new Date() } });
    const updated = await caller.commitment.update({
      id: created.id,
      version: 1,
      ...base,
      title: `${base.title} geändert`,
      ownerPersonId: anna.id,
    });
    expect(updated.version).toBe(2);
    const again = await trpcError(() =>
      caller.commitment.update({ id: created.id, version: 2, ...base, ownerPersonId: erased.id }),
    );
    expect(refusedFields(again)).toEqual(["ownerPersonId"]);
    const history = await caller.audit.history({ entityType: "COMMITMENT", entityId: String(created.id) });
    expect(JSON.stringify(history)).toContain(anna.name);
    expect(await db.auditEvent.count({ where: { entityType: "COMMITMENT", entityId: String(created.id) } })).toBe(2);

    // The annual report names the person beside the unit.
    const year = await commitmentsInYear(db, 2031);
    const inReport = year.items.find((item) => item.id === created.id);
    expect(inReport?.ownerPerson?.name).toBe(anna.name);
  });
});

describe("the commitment export", () => {
  it("holds the list's rows with the filter, as CSV", async () => {
    const request = new Request(
      `http://localhost/api/export/commitments?format=csv&lang=de&agreement=${mou.id}&noDeadline=1`,
    );
    const response = await handleExport(request, "commitments", TEST_ACTORS.VIEWER, db, { now: new Date() });
    expect(response.status).toBe(200);
    const records = csvRecords(readCsv(new Uint8Array(await response.arrayBuffer())).rows);
    expect(records).toHaveLength(6);
    const rail = records.find((record) => record.Zusage === RAIL);
    expect(rail?.["Keine Frist gesetzt"]).toBe("ja");
    expect(rail?.["Verantwortliche Stelle in Köln"]).toBe("");
    expect(rail?.["Verantwortliche Person in Köln"]).toBe("");
    expect(rail?.Status).toBe("Offen");
  });

  it("names a bad parameter with 400", async () => {
    const request = new Request("http://localhost/api/export/commitments?format=csv&status=LATER");
    const response = await handleExport(request, "commitments", TEST_ACTORS.VIEWER, db, { now: new Date() });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("status");
  });
});

describe("the annual report's commitments", () => {
  it("holds those due in the year and those closed in it", async () => {
    const due = await caller.commitment.create({
      title: `Jahresbericht ${unique()}`,
      agreementId: mou.id,
      dueOn: "2021-05",
    });
    const closed = await caller.commitment.create({ title: `Abgeschlossen ${unique()}`, agreementId: mou.id });
    await caller.commitment.setStatus({ id: closed.id, version: 1, status: "DROPPED", reason: "Nicht mehr verfolgt." });
    const of2021 = await commitmentsInYear(db, 2021);
    expect(of2021.items.map((item) => item.id)).toContain(due.id);
    expect(of2021.items.map((item) => item.id)).not.toContain(closed.id);
    const ofNow = await commitmentsInYear(db, today().getUTCFullYear());
    expect(ofNow.items.find((item) => item.id === closed.id)?.statusReason).toBe("Nicht mehr verfolgt.");
    expect(ofNow.total).toBe(ofNow.items.length);
  });
});
