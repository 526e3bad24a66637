// The audit trail against a real PostgreSQL: each change writes exactly one event, in the change's transaction,
// with who, what and the changed fields before and after; a failed change writes neither the change nor an event;
// the database refuses to change or remove events; audit.list filters and audit.history find the right events.
import { hashPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import type { TAgreementCreateInput } from "../../schemas/agreement";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { createContextFor } from "../../trpc/context";
import { createCaller } from "../../trpc/root";

let db: Db;
let editor: ReturnType<typeof callerFor>;
let admin: ReturnType<typeof callerFor>;
let partnerId: number;
let otherPartnerId: number;
let people: number[];

const SECOND_EDITOR: Actor = {
  id: "test-editor-2",
  name: "Zweite Redakteurin",
  email: "zweite@example.org",
  role: "EDITOR",
};

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db, TEST_ACTORS.EDITOR);
  admin = callerFor(db, TEST_ACTORS.ADMIN);
  const partners = await db.partner.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } });
  partnerId = partners[0]?.id ?? 0;
  otherPartnerId = partners[1]?.id ?? 0;
  people = (await db.person.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((person) => person.id);
  expect(people.length).toBeGreaterThanOrEqual(3);
});

async function lastEventId(): Promise<number> {
  return (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
}

/** Runs a change and returns its result and the one audit event it wrote (failing if it wrote none or several). */
async function withEvent<T>(change: () => Promise<T>) {
  const since = await lastEventId();
  const result = await change();
  const events = await db.auditEvent.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" } });
  expect(events, "audit events written by one change").toHaveLength(1);
  const event = events[0];
  if (!event) throw new Error("no audit event");
  return { result, event, changes: (event.changes ?? {}) as Record<string, { before: unknown; after: unknown }> };
}

/** Every table's row count and a hash of all its rows: any insert, update or delete changes it. */
/**
 * Every table's rows, as a hash. Not AuthLimit: a wrong password is counted there by design, refused or not (the
 * counters that slow down guessing, server/services/auth-limits/limits.ts).
 */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'AuthLimit')
    ORDER BY tablename`;
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint; hash: string | null }[]>(
      `SELECT count(*) AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash FROM "${name}" t`,
    );
    result[name] = `${row?.count ?? 0}:${row?.hash ?? ""}`;
  }
  return result;
}

/** Expects the call to fail with `code` and to leave every table as it was (no change, no audit event). */
async function expectRefusedWithoutTrace(code: string, call: () => Promise<unknown>) {
  const before = await fingerprint();
  const error = await trpcError(call);
  expect(error.code, error.message).toBe(code);
  expect(await fingerprint()).toEqual(before);
  return error;
}

const ACTOR_FIELDS = {
  actorId: TEST_ACTORS.EDITOR.id,
  actorName: TEST_ACTORS.EDITOR.name,
  actorEmail: TEST_ACTORS.EDITOR.email,
};

const agreementBase = (): TAgreementCreateInput => ({
  type: "FRIENDSHIP",
  title: "Freundschaft Köln–Audit",
  partnerId,
  signedOn: "2021-06",
  validFrom: "2021-07-01",
  responsibleUnit: "Büro für Internationale Angelegenheiten",
  source: "Ratsbeschluss",
  verified: true,
  notes: "Erste Fassung",
  areas: [
    { code: "CULTURE", status: "ACTIVE" },
    { code: "SPORT", status: "PLANNED", notes: "Jugendturnier" },
  ],
});

describe("each change writes exactly one audit event", () => {
  it("agreement create, update (only the changed fields) and status change", async () => {
    const input = agreementBase();
    const created = await withEvent(() => editor.agreement.create({ ...input, status: "SIGNED" }));
    const id = created.result.id;
    expect(created.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "CREATE",
      entityType: "AGREEMENT",
      entityId: String(id),
      entityLabel: input.title,
      parentType: null,
      parentId: null,
    });
    expect(created.changes.title).toEqual({ before: null, after: input.title });
    expect(created.changes.status).toEqual({ before: null, after: "SIGNED" });
    expect(created.changes.signedOn).toEqual({ before: null, after: "2021-06-01" });
    expect(created.changes.signedOnPrecision).toEqual({ before: null, after: "MONTH" });
    expect(created.changes.partnerId).toEqual({ before: null, after: partnerId });
    expect(created.changes.areas?.after).toEqual([
      { code: "CULTURE", status: "ACTIVE", notes: null },
      { code: "SPORT", status: "PLANNED", notes: "Jugendturnier" },
    ]);
    // Bookkeeping columns are not changes.
    for (const key of ["id", "version", "createdAt", "updatedAt"]) expect(created.changes).not.toHaveProperty(key);

    // The same fields again, with a new title: only the title is listed.
    const retitled = await withEvent(() =>
      editor.agreement.update({ ...input, id, version: 1, title: "Freundschaft Köln–Audit (neu)" }),
    );
    expect(retitled.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "UPDATE",
      entityType: "AGREEMENT",
      entityId: String(id),
      entityLabel: "Freundschaft Köln–Audit (neu)",
    });
    expect(retitled.changes).toEqual({
      title: { before: "Freundschaft Köln–Audit", after: "Freundschaft Köln–Audit (neu)" },
    });

    // Several fields: partner, a date's precision, an area's status; the rest stays out.
    const edited = await withEvent(() =>
      callerFor(db, SECOND_EDITOR).agreement.update({
        ...input,
        id,
        version: 2,
        title: "Freundschaft Köln–Audit (neu)",
        partnerId: otherPartnerId,
        signedOn: "2021-06-15",
        areas: [
          { code: "CULTURE", status: "ACTIVE" },
          { code: "SPORT", status: "ACTIVE", notes: "Jugendturnier" },
        ],
      }),
    );
    expect(edited.event).toMatchObject({ actorId: SECOND_EDITOR.id, actorName: SECOND_EDITOR.name });
    expect(Object.keys(edited.changes).sort()).toEqual(["areas", "partnerId", "signedOn", "signedOnPrecision"]);
    expect(edited.changes.partnerId).toEqual({ before: partnerId, after: otherPartnerId });
    expect(edited.changes.signedOn).toEqual({ before: "2021-06-01", after: "2021-06-15" });
    expect(edited.changes.signedOnPrecision).toEqual({ before: "MONTH", after: "DAY" });

    const moved = await withEvent(() =>
      editor.agreement.transition({ id, version: 3, to: "ACTIVE", reason: "Unterzeichnet und begonnen" }),
    );
    expect(moved.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "STATUS_CHANGE",
      entityType: "AGREEMENT",
      entityId: String(id),
      entityLabel: "Freundschaft Köln–Audit (neu)",
    });
    expect(moved.changes.status).toEqual({ before: "SIGNED", after: "ACTIVE" });
    expect(moved.changes.reason).toEqual({ before: null, after: "Unterzeichnet und begonnen" });

    // Saving without changing anything is still recorded (someone saved), with no changed fields.
    const unchanged = await withEvent(() =>
      editor.agreement.update({
        ...input,
        id,
        version: 4,
        title: "Freundschaft Köln–Audit (neu)",
        partnerId: otherPartnerId,
        signedOn: "2021-06-15",
        areas: [
          { code: "CULTURE", status: "ACTIVE" },
          { code: "SPORT", status: "ACTIVE", notes: "Jugendturnier" },
        ],
      }),
    );
    expect(unchanged.event.action).toBe("UPDATE");
    expect(unchanged.changes).toEqual({});
  });

  it("partner create and update", async () => {
    const input = { nameDe: "Turku-Audit", nameEn: "Turku audit", countryCode: "FI", continent: "EUROPE" as const };
    const created = await withEvent(() => editor.partner.create(input));
    expect(created.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "CREATE",
      entityType: "PARTNER",
      entityId: String(created.result.id),
      entityLabel: "Turku-Audit",
    });
    expect(created.changes.countryCode).toEqual({ before: null, after: "FI" });

    const updated = await withEvent(() =>
      editor.partner.update({ ...input, id: created.result.id, version: 1, nameEn: "Turku (audit)" }),
    );
    expect(updated.event).toMatchObject({ action: "UPDATE", entityType: "PARTNER", entityLabel: "Turku-Audit" });
    expect(updated.changes).toEqual({ nameEn: { before: "Turku audit", after: "Turku (audit)" } });
  });

  it("person create and update", async () => {
    const created = await withEvent(() => editor.person.create({ name: "Erika Audit", role: "Referentin" }));
    expect(created.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "CREATE",
      entityType: "PERSON",
      entityId: String(created.result.id),
      entityLabel: "Erika Audit",
    });
    const updated = await withEvent(() =>
      editor.person.update({ id: created.result.id, version: 1, name: "Erika Audit", role: "Leiterin", partnerId }),
    );
    expect(updated.changes).toEqual({
      role: { before: "Referentin", after: "Leiterin" },
      partnerId: { before: null, after: partnerId },
    });
  });

  it("activity create and update, links included", async () => {
    const input = {
      type: "VISIT" as const,
      title: "Besuch Audit",
      startOn: "2024-05-02",
      participants: [{ personId: people[0] ?? 0, role: "Leitung" }],
    };
    const created = await withEvent(() => editor.activity.create(input));
    expect(created.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "CREATE",
      entityType: "ACTIVITY",
      entityId: String(created.result.id),
      entityLabel: "Besuch Audit",
    });
    expect(created.changes.startOn).toEqual({ before: null, after: "2024-05-02" });

    const updated = await withEvent(() =>
      editor.activity.update({
        ...input,
        id: created.result.id,
        version: 1,
        participants: [...input.participants, { personId: people[1] ?? 0 }],
        endOn: "2024-05-03",
      }),
    );
    expect(Object.keys(updated.changes).sort()).toEqual(["endOn", "participants"]);
    expect(updated.changes.endOn).toEqual({ before: null, after: "2024-05-03" });
    expect(updated.changes.participants).toEqual({
      before: [{ personId: people[0], role: "Leitung" }],
      after: [
        { personId: people[0], role: "Leitung" },
        { personId: people[1], role: null },
      ],
    });
  });

  it("working group create, update, and milestone add, update and remove (with the group as parent)", async () => {
    const agreementId = (await db.agreement.findFirstOrThrow({ select: { id: true } })).id;
    const created = await withEvent(() => editor.workingGroup.create({ name: "AG Audit", agreementId }));
    const groupId = created.result.id;
    expect(created.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "CREATE",
      entityType: "WORKING_GROUP",
      entityId: String(groupId),
      entityLabel: "AG Audit",
    });
    const updated = await withEvent(() =>
      editor.workingGroup.update({ id: groupId, version: 1, name: "AG Audit", agreementId, status: "ACTIVE" }),
    );
    expect(updated.changes).toEqual({ status: { before: "ANNOUNCED", after: "ACTIVE" } });

    const added = await withEvent(() =>
      editor.workingGroup.addMilestone({ workingGroupId: groupId, title: "Auftakt", dueOn: "2026-03-01" }),
    );
    const milestone = added.result;
    expect(added.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "CREATE",
      entityType: "MILESTONE",
      entityId: String(milestone.id),
      entityLabel: "Auftakt",
      parentType: "WORKING_GROUP",
      parentId: String(groupId),
    });
    expect(added.changes.title).toEqual({ before: null, after: "Auftakt" });
    expect(added.changes.dueOn).toEqual({ before: null, after: "2026-03-01" });

    const renamed = await withEvent(() =>
      editor.workingGroup.updateMilestone({
        id: milestone.id,
        version: milestone.version,
        title: "Auftakttreffen",
        dueOn: "2026-03-01",
      }),
    );
    expect(renamed.event).toMatchObject({ action: "UPDATE", entityType: "MILESTONE", parentId: String(groupId) });
    expect(renamed.changes).toEqual({ title: { before: "Auftakt", after: "Auftakttreffen" } });

    const removed = await withEvent(() =>
      editor.workingGroup.removeMilestone({ id: milestone.id, version: renamed.result.version }),
    );
    expect(removed.event).toMatchObject({
      ...ACTOR_FIELDS,
      action: "DELETE",
      entityType: "MILESTONE",
      entityId: String(milestone.id),
      entityLabel: "Auftakttreffen",
      parentType: "WORKING_GROUP",
      parentId: String(groupId),
    });
    expect(removed.changes.title).toEqual({ before: "Auftakttreffen", after: null });
    expect(await db.milestone.findUnique({ where: { id: milestone.id } })).toBeNull();
  });

  it("account create, role change, deactivation, ending sessions, new password, own password — never a password", async () => {
    const firstPassword = "Erstes-Passwort-2026";
    const adminFields = {
      actorId: TEST_ACTORS.ADMIN.id,
      actorName: TEST_ACTORS.ADMIN.name,
      actorEmail: TEST_ACTORS.ADMIN.email,
    };
    const created = await withEvent(() =>
      admin.account.create({
        name: "Rita Rolle",
        email: " Rita@Stadt-Koeln.example ",
        role: "EDITOR",
        password: firstPassword,
      }),
    );
    const user = created.result;
    expect(user.email).toBe("rita@stadt-koeln.example");
    expect(created.event).toMatchObject({
      ...adminFields,
      action: "CREATE",
      entityType: "USER",
      entityId: user.id,
      entityLabel: "rita@stadt-koeln.example",
    });
    expect(created.changes).toEqual({
      name: { before: null, after: "Rita Rolle" },
      email: { before: null, after: "rita@stadt-koeln.example" },
      role: { before: null, after: "EDITOR" },
      active: { before: null, after: true },
    });

    const demoted = await withEvent(() =>
      admin.account.update({ id: user.id, version: user.version, name: user.name, email: user.email, role: "VIEWER" }),
    );
    expect(demoted.event).toMatchObject({ ...adminFields, action: "UPDATE", entityType: "USER", entityId: user.id });
    expect(demoted.changes).toEqual({ role: { before: "EDITOR", after: "VIEWER" } });

    // Two sessions, as if signed in twice; deactivating ends them.
    const now = Date.now();
    for (const n of [1, 2]) {
      await db.session.create({
        data: {
          id: `s-${user.id}-${n}`,
          token: `t-${user.id}-${n}`,
          userId: user.id,
          expiresAt: new Date(now + 3600_000),
        },
      });
    }
    const deactivated = await withEvent(() =>
      admin.account.setActive({ id: user.id, version: demoted.result.version, active: false }),
    );
    expect(deactivated.event).toMatchObject({ action: "UPDATE", entityType: "USER", entityId: user.id });
    expect(deactivated.changes).toEqual({ active: { before: true, after: false }, sessions: { before: 2, after: 0 } });
    const reactivated = await withEvent(() =>
      admin.account.setActive({ id: user.id, version: deactivated.result.version, active: true }),
    );
    expect(reactivated.changes).toEqual({ active: { before: false, after: true } });

    await db.session.create({
      data: { id: `s-${user.id}-3`, token: `t-${user.id}-3`, userId: user.id, expiresAt: new Date(now + 3600_000) },
    });
    const ended = await withEvent(() => admin.account.endSessions({ id: user.id }));
    expect(ended.result).toEqual({ ended: 1 });
    expect(ended.event).toMatchObject({
      ...adminFields,
      action: "SESSIONS_ENDED",
      entityType: "USER",
      entityId: user.id,
    });
    expect(ended.changes).toEqual({ sessions: { before: 1, after: 0 } });

    const secondPassword = "Zweites-Passwort-2026";
    const reset = await withEvent(() => admin.account.setPassword({ id: user.id, password: secondPassword }));
    expect(reset.event).toMatchObject({
      ...adminFields,
      action: "PASSWORD_SET",
      entityType: "USER",
      entityId: user.id,
    });
    expect(Object.keys(reset.changes).sort()).toEqual(["password", "sessions"]);

    // The user changes their own password: the event names them as actor and subject.
    const self: Actor = { id: user.id, name: user.name, email: user.email, role: "VIEWER", sessionId: "current" };
    const thirdPassword = "Drittes-Passwort-2026";
    const own = await withEvent(() =>
      callerFor(db, self).account.changeOwnPassword({ currentPassword: secondPassword, newPassword: thirdPassword }),
    );
    expect(own.event).toMatchObject({
      actorId: user.id,
      actorName: "Rita Rolle",
      action: "PASSWORD_SET",
      entityType: "USER",
      entityId: user.id,
    });

    // No password, and no password hash, ever appears in the audit trail.
    const hash = (await db.account.findFirstOrThrow({ where: { userId: user.id } })).password as string;
    const trail = JSON.stringify(await db.auditEvent.findMany({ where: { entityId: user.id } }));
    for (const secret of [firstPassword, secondPassword, thirdPassword, hash, hash.split(":")[0] as string]) {
      expect(trail).not.toContain(secret);
    }
  });
});

describe("where a change came from", () => {
  it("records the client's address of the request with the change, and none for calls without a request", async () => {
    const fromRequest = createCaller(createContextFor(db, TEST_ACTORS.EDITOR, "203.0.113.5"));
    const withAddress = await withEvent(() => fromRequest.person.create({ name: "Mit Adresse" }));
    expect(withAddress.event).toMatchObject({ ...ACTOR_FIELDS, ipAddress: "203.0.113.5" });
    const without = await withEvent(() => editor.person.create({ name: "Ohne Adresse" }));
    expect(without.event.ipAddress).toBeNull();
  });
});

describe("a failed change leaves no event and no partial write", () => {
  it("agreement: unknown partner, unknown area on update, stale version, refused or future transition", async () => {
    const { id } = await editor.agreement.create({
      ...agreementBase(),
      title: "Scheitern ohne Spuren",
      status: "ACTIVE",
    });
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      editor.agreement.create({ ...agreementBase(), title: "Nie gespeichert", partnerId: 999_999 }),
    );
    // The update fails after the row was locked and read: nothing of it stays.
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      editor.agreement.update({
        ...agreementBase(),
        id,
        version: 1,
        title: "Nie gespeichert",
        areas: [{ code: "CULTURE" }, { code: "NOT_AN_AREA" }],
      }),
    );
    await editor.agreement.update({ ...agreementBase(), id, version: 1, title: "Gespeichert" });
    await expectRefusedWithoutTrace("CONFLICT", () =>
      editor.agreement.update({ ...agreementBase(), id, version: 1, title: "Veraltet" }),
    );
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      editor.agreement.transition({ id, version: 2, to: "PROPOSED", reason: "Zurück auf Anfang" }),
    );
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      editor.agreement.transition({ id, version: 2, to: "DORMANT", reason: "Ruht", effectiveOn: "2999-01-01" }),
    );
    await expectRefusedWithoutTrace("CONFLICT", () =>
      editor.agreement.transition({ id, version: 1, to: "DORMANT", reason: "Ruht" }),
    );
    await expectRefusedWithoutTrace("NOT_FOUND", () =>
      editor.agreement.transition({ id: 999_999, to: "DORMANT", reason: "Ruht" }),
    );
  });

  it("partner, person, activity, working group and milestone: validation errors and conflicts", async () => {
    const partner = await editor.partner.create({
      nameDe: "Ohne Spur",
      nameEn: "No trace",
      countryCode: "FR",
      continent: "EUROPE",
    });
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      editor.partner.update({
        id: partner.id,
        version: 1,
        nameDe: "Ohne Spur",
        nameEn: "No trace",
        countryCode: "FR",
        continent: "EUROPE",
        latitude: 50,
      }),
    );
    await expectRefusedWithoutTrace("BAD_REQUEST", () => editor.person.create({ name: "Niemand", partnerId: 999_999 }));
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      editor.activity.create({
        type: "MEETING",
        title: "Nie",
        startOn: "2024-01-01",
        participants: [{ personId: people[0] ?? 0 }, { personId: 999_999 }],
      }),
    );
    const agreementId = (await db.agreement.findFirstOrThrow({ select: { id: true } })).id;
    const group = await editor.workingGroup.create({ name: "AG ohne Spur", agreementId });
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      editor.workingGroup.update({
        id: group.id,
        version: 1,
        name: "Nie",
        agreementId,
        memberships: [{ personId: people[0] ?? 0 }, { personId: 999_999 }],
      }),
    );
    const milestone = await editor.workingGroup.addMilestone({ workingGroupId: group.id, title: "M" });
    await editor.workingGroup.updateMilestone({ id: milestone.id, version: 1, title: "M2" });
    await expectRefusedWithoutTrace("CONFLICT", () =>
      editor.workingGroup.updateMilestone({ id: milestone.id, version: 1, title: "Veraltet" }),
    );
    await expectRefusedWithoutTrace("CONFLICT", () =>
      editor.workingGroup.removeMilestone({ id: milestone.id, version: 1 }),
    );
    await expectRefusedWithoutTrace("NOT_FOUND", () =>
      editor.workingGroup.addMilestone({ workingGroupId: 999_999, title: "Nirgends" }),
    );
  });

  it("accounts: email taken, the last admin, deactivating oneself, a wrong own password", async () => {
    const taken = await admin.account.create({
      name: "Vergeben",
      email: "vergeben@stadt-koeln.example",
      role: "VIEWER",
      password: "Vergeben-Passwort-1",
    });
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      admin.account.create({
        name: "Doppelt",
        email: "VERGEBEN@stadt-koeln.example",
        role: "EDITOR",
        password: "Doppelt-Passwort-1",
      }),
    );
    const onlyAdmin = await admin.account.create({
      name: "Einzige Admin",
      email: "einzige@stadt-koeln.example",
      role: "ADMIN",
      password: "Einzige-Passwort-1",
    });
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      admin.account.update({
        id: onlyAdmin.id,
        version: 1,
        name: onlyAdmin.name,
        email: onlyAdmin.email,
        role: "EDITOR",
      }),
    );
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      admin.account.setActive({ id: onlyAdmin.id, version: 1, active: false }),
    );
    const asHerself = callerFor(db, { id: onlyAdmin.id, name: onlyAdmin.name, email: onlyAdmin.email, role: "ADMIN" });
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      asHerself.account.setActive({ id: onlyAdmin.id, version: 1, active: false }),
    );
    await expectRefusedWithoutTrace("BAD_REQUEST", () =>
      callerFor(db, { id: taken.id, name: taken.name, email: taken.email, role: "VIEWER" }).account.changeOwnPassword({
        currentPassword: "Falsches-Passwort-1",
        newPassword: "Neues-Passwort-2026",
      }),
    );
    await expectRefusedWithoutTrace("NOT_FOUND", () => admin.account.endSessions({ id: "gibt-es-nicht" }));
  });

  it("when the audit event cannot be written, the change is not saved either (one transaction)", async () => {
    const { id } = await editor.agreement.create({ ...agreementBase(), title: "Ohne Ereignis kein Speichern" });
    // An actor id longer than the column allows makes the event's INSERT fail after the change was written.
    const broken: Actor = { ...TEST_ACTORS.EDITOR, id: "x".repeat(65) };
    const before = await fingerprint();
    const error = await trpcError(() =>
      callerFor(db, broken).agreement.update({ ...agreementBase(), id, version: 1, title: "Darf nicht bleiben" }),
    );
    expect(error.code).toBe("INTERNAL_SERVER_ERROR");
    expect(await fingerprint()).toEqual(before);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).title).toBe("Ohne Ereignis kein Speichern");

    await trpcError(() =>
      callerFor(db, broken).agreement.transition({ id, to: "IN_NEGOTIATION", reason: "Verhandlung" }),
    );
    expect(await fingerprint()).toEqual(before);
    await trpcError(() => callerFor(db, broken).workingGroup.create({ name: "Nie", agreementId: id }));
    expect(await fingerprint()).toEqual(before);
  });
});

describe("the audit trail is append-only in the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE on AuditEvent, by SQL and through Prisma", async () => {
    await editor.person.create({ name: "Unverrückbar" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityLabel: "Unverrückbar" } });
    const count = await db.auditEvent.count();

    await expect(
      db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorName" = 'Jemand anders' WHERE id = $1`, event.id),
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET changes = '{}'`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1`, event.id)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent" RESTART IDENTITY CASCADE`)).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { actorName: "X" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();

    expect(await db.auditEvent.count()).toBe(count);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});

describe("reading the audit trail", () => {
  const LABEL = "Zeitgrenze";
  let groupId: number;
  let milestoneId: number;
  let otherGroupId: number;

  beforeAll(async () => {
    // Events at the edges of Cologne's days (inserting is what the trail allows): winter (UTC+1), summer (UTC+2)
    // and the day the clocks go forward (2025-03-30, 23 hours long).
    const moments = [
      ["w-before", "2025-01-14T22:59:59.999Z"], // 2025-01-14 23:59:59.999 in Cologne
      ["w-start", "2025-01-14T23:00:00.000Z"], // 2025-01-15 00:00 in Cologne
      ["w-end", "2025-01-15T22:59:59.999Z"], // 2025-01-15 23:59:59.999
      ["w-after", "2025-01-15T23:00:00.000Z"], // 2025-01-16 00:00
      ["s-before", "2025-07-14T21:59:59.999Z"], // 2025-07-14 23:59:59.999 (summer time)
      ["s-start", "2025-07-14T22:00:00.000Z"], // 2025-07-15 00:00
      ["s-end", "2025-07-15T21:59:59.999Z"], // 2025-07-15 23:59:59.999
      ["s-after", "2025-07-15T22:00:00.000Z"], // 2025-07-16 00:00
      ["dst-start", "2025-03-29T23:00:00.000Z"], // 2025-03-30 00:00 (still UTC+1)
      ["dst-end", "2025-03-30T21:59:59.999Z"], // 2025-03-30 23:59:59.999 (already UTC+2)
      ["dst-after", "2025-03-30T22:00:00.000Z"], // 2025-03-31 00:00
    ] as const;
    for (const [tag, at] of moments) {
      await db.auditEvent.create({
        data: {
          at: new Date(at),
          actorId: "test-archiv",
          actorName: "Archiv",
          action: "UPDATE",
          entityType: "PARTNER",
          entityId: "1",
          entityLabel: `${LABEL} ${tag}`,
          changes: {},
        },
      });
    }

    const agreementId = (await db.agreement.findFirstOrThrow({ select: { id: true } })).id;
    const second = callerFor(db, SECOND_EDITOR);
    groupId = (await second.workingGroup.create({ name: "AG Verlauf", agreementId })).id;
    otherGroupId = (await editor.workingGroup.create({ name: "AG Andere", agreementId })).id;
    await second.workingGroup.update({ id: groupId, version: 1, name: "AG Verlauf", agreementId, status: "FORMING" });
    const milestone = await editor.workingGroup.addMilestone({ workingGroupId: groupId, title: "Verlauf-Meilenstein" });
    milestoneId = milestone.id;
    await second.workingGroup.updateMilestone({ id: milestoneId, version: 1, title: "Verlauf-Meilenstein 2" });
    await editor.workingGroup.addMilestone({ workingGroupId: otherGroupId, title: "Fremder Meilenstein" });
  });

  const labels = async (input: Parameters<typeof admin.audit.list>[0]) =>
    (await admin.audit.list({ q: LABEL, pageSize: 200, ...input })).items.map((event) =>
      event.entityLabel?.slice(LABEL.length + 1),
    );

  it("filters by day in Cologne's time: from and to are whole local days", async () => {
    expect(await labels({ from: "2025-01-15", to: "2025-01-15" })).toEqual(["w-end", "w-start"]);
    expect(await labels({ from: "2025-07-15", to: "2025-07-15" })).toEqual(["s-end", "s-start"]);
    expect(await labels({ from: "2025-03-30", to: "2025-03-30" })).toEqual(["dst-end", "dst-start"]);
    expect(await labels({ from: "2025-01-16", to: "2025-01-16" })).toEqual(["w-after"]);
    expect(await labels({ to: "2025-01-14" })).toEqual(["w-before"]);
    expect(await labels({ from: "2025-07-16" })).toEqual(["s-after"]);
    expect(await labels({ from: "2025-03-31", to: "2025-07-14" })).toEqual(["s-before", "dst-after"]);
    expect(await labels({ from: "2025-02-01", to: "2025-02-28" })).toEqual([]);
  });

  it("filters by who", async () => {
    const page = await admin.audit.list({ actorId: SECOND_EDITOR.id, pageSize: 200 });
    expect(page.items.length).toBeGreaterThanOrEqual(3);
    expect(
      page.items.every((event) => event.actorId === SECOND_EDITOR.id && event.actorName === SECOND_EDITOR.name),
    ).toBe(true);
    expect(page.total).toBe(await db.auditEvent.count({ where: { actorId: SECOND_EDITOR.id } }));
    const actors = await admin.audit.actors();
    expect(actors).toContainEqual({ id: SECOND_EDITOR.id, name: SECOND_EDITOR.name });
    expect(actors).toContainEqual({ id: TEST_ACTORS.EDITOR.id, name: TEST_ACTORS.EDITOR.name });
  });

  it("filters by record: a working group's events include its milestones' events, not another group's", async () => {
    const page = await admin.audit.list({ entityType: "WORKING_GROUP", entityId: String(groupId), pageSize: 200 });
    expect(page.items.map((event) => [event.action, event.entityType, event.entityLabel])).toEqual([
      ["UPDATE", "MILESTONE", "Verlauf-Meilenstein 2"],
      ["CREATE", "MILESTONE", "Verlauf-Meilenstein"],
      ["UPDATE", "WORKING_GROUP", "AG Verlauf"],
      ["CREATE", "WORKING_GROUP", "AG Verlauf"],
    ]);
    // The milestone alone.
    const milestone = await admin.audit.list({ entityType: "MILESTONE", entityId: String(milestoneId) });
    expect(milestone.items.map((event) => event.action)).toEqual(["UPDATE", "CREATE"]);
    // A kind of record.
    const milestones = await admin.audit.list({ entityType: "MILESTONE", pageSize: 200 });
    expect(milestones.items.every((event) => event.entityType === "MILESTONE")).toBe(true);
    expect(milestones.total).toBe(await db.auditEvent.count({ where: { entityType: "MILESTONE" } }));
  });

  it("filters by action and by text (record label, actor name or email; any case; wildcards are literal)", async () => {
    const creates = await admin.audit.list({ action: "CREATE", pageSize: 200 });
    expect(creates.items.every((event) => event.action === "CREATE")).toBe(true);
    expect(creates.total).toBe(await db.auditEvent.count({ where: { action: "CREATE" } }));

    expect((await admin.audit.list({ q: "verlauf-meilenstein" })).items.map((event) => event.entityLabel)).toEqual([
      "Verlauf-Meilenstein 2",
      "Verlauf-Meilenstein",
    ]);
    const byName = await admin.audit.list({ q: "zweite redakteurin", pageSize: 200 });
    expect(byName.total).toBe(await db.auditEvent.count({ where: { actorId: SECOND_EDITOR.id } }));
    const byEmail = await admin.audit.list({ q: "ZWEITE@EXAMPLE", pageSize: 200 });
    expect(byEmail.total).toBe(byName.total);
    expect((await admin.audit.list({ q: "%" })).total).toBe(0);

    // Filters combine.
    const combined = await admin.audit.list({
      actorId: SECOND_EDITOR.id,
      entityType: "WORKING_GROUP",
      entityId: String(groupId),
      action: "UPDATE",
    });
    expect(combined.items.map((event) => event.entityLabel)).toEqual(["Verlauf-Meilenstein 2", "AG Verlauf"]);
  });

  it("pages newest first", async () => {
    const all = await admin.audit.list({ q: LABEL, pageSize: 200 });
    expect(all.total).toBe(11);
    const pages = [1, 2, 3].map((page) => admin.audit.list({ q: LABEL, pageSize: 4, page }));
    const ids = (await Promise.all(pages)).flatMap((page) => page.items.map((event) => event.id));
    expect(ids).toEqual(all.items.map((event) => event.id));
    const times = all.items.map((event) => event.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await admin.audit.list({ q: LABEL, pageSize: 4 })).pageCount).toBe(3);
  });

  it("audit.history shows a record's own events, its children's included, newest first", async () => {
    const history = await editor.audit.history({ entityType: "WORKING_GROUP", entityId: groupId });
    expect(history.map((event) => [event.action, event.entityType, event.actorName])).toEqual([
      ["UPDATE", "MILESTONE", SECOND_EDITOR.name],
      ["CREATE", "MILESTONE", TEST_ACTORS.EDITOR.name],
      ["UPDATE", "WORKING_GROUP", SECOND_EDITOR.name],
      ["CREATE", "WORKING_GROUP", SECOND_EDITOR.name],
    ]);
    expect(history[2]?.changes).toEqual({ status: { before: "ANNOUNCED", after: "FORMING" } });
    const other = await editor.audit.history({ entityType: "WORKING_GROUP", entityId: String(otherGroupId) });
    expect(other.map((event) => event.entityLabel)).toEqual(["Fremder Meilenstein", "AG Andere"]);
    expect(await editor.audit.history({ entityType: "AGREEMENT", entityId: 999_999 })).toEqual([]);
  });
});

describe("accounts own password hashing", () => {
  it("stores better-auth's hash, not the password", async () => {
    const user = await admin.account.create({
      name: "Hash Prüfung",
      email: "hash@stadt-koeln.example",
      role: "VIEWER",
      password: "Klartext-Passwort-1",
    });
    const credential = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(credential.providerId).toBe("credential");
    expect(credential.password).not.toContain("Klartext");
    expect(credential.password).not.toBe(await hashPassword("Klartext-Passwort-1")); // salted
  });
});
