// The permission matrix: every procedure of the app router has an explicit least role in the table below, and is
// called with no session and as each role. Not signed in: UNAUTHORIZED; signed in below the procedure's role:
// FORBIDDEN, with nothing written; allowed: the call goes through. A procedure added without an entry here, or
// without `minRole` in its meta, fails this test. The same for route handlers: each needs an entry in its table.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { inferRouterInputs } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { hashPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { hasRole, type Role } from "../auth/roles";
import type { Db } from "../db/prisma";
import { allowedTransitions } from "../domain/agreement-status";
import { createAccount } from "../services/account/accounts";
import { previewImport, stageImport } from "../services/import/staged";
import { prepareMailJobs } from "../services/mail/jobs";
import { callerFor, TEST_ACTORS, trpcError } from "../test/caller";
import { createTestDatabase } from "../test/database";
import type { Actor } from "./context";
import { type AppRouter, appRouter } from "./root";

type RouterInputs = inferRouterInputs<AppRouter>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** "agreement.list" → the input of agreement.list, for every procedure of the app router. */
type Inputs = UnionToIntersection<
  {
    [R in keyof RouterInputs & string]: {
      [P in keyof RouterInputs[R] & string as `${R}.${P}`]: RouterInputs[R][P];
    };
  }[keyof RouterInputs & string]
>;
type ProcedurePath = keyof Inputs & string;

/** THE RULES: the least role each procedure needs. A new procedure must be added here with its rule. */
const MIN_ROLE = {
  "agreement.list": "VIEWER",
  "agreement.options": "VIEWER",
  "agreement.search": "VIEWER",
  "agreement.byId": "VIEWER",
  "agreement.create": "EDITOR",
  "agreement.update": "EDITOR",
  "agreement.transition": "EDITOR",
  "agreement.pinned": "VIEWER",
  "agreement.isPinned": "VIEWER",
  "agreement.pin": "EDITOR",
  "agreement.unpin": "EDITOR",
  "agreement.bulkPreview": "EDITOR",
  "agreement.bulkApply": "EDITOR",
  "partner.list": "VIEWER",
  "partner.options": "VIEWER",
  "partner.search": "VIEWER",
  "partner.countries": "VIEWER",
  "partner.map": "VIEWER",
  "partner.byId": "VIEWER",
  "partner.create": "EDITOR",
  "partner.update": "EDITOR",
  "partner.setHumanRightsReview": "EDITOR",
  "partner.bulkPreview": "EDITOR",
  "partner.bulkApply": "EDITOR",
  "workingGroup.list": "VIEWER",
  "workingGroup.byId": "VIEWER",
  "workingGroup.create": "EDITOR",
  "workingGroup.update": "EDITOR",
  "workingGroup.addMilestone": "EDITOR",
  "workingGroup.updateMilestone": "EDITOR",
  "workingGroup.removeMilestone": "EDITOR",
  "workingGroup.bulkPreview": "EDITOR",
  "workingGroup.bulkApply": "EDITOR",
  "commitment.list": "VIEWER",
  "commitment.byId": "VIEWER",
  "commitment.ofAgreement": "VIEWER",
  "commitment.linkOptions": "VIEWER",
  "commitment.ownerOptions": "VIEWER",
  "commitment.create": "EDITOR",
  "commitment.update": "EDITOR",
  "commitment.setStatus": "EDITOR",
  "commitment.bulkPreview": "EDITOR",
  "commitment.bulkApply": "EDITOR",
  "agenda.list": "VIEWER",
  "agenda.figures": "VIEWER",
  "timeline.list": "VIEWER",
  "timeline.ofPartner": "VIEWER",
  "calendar.feed": "VIEWER",
  "calendar.create": "VIEWER",
  "calendar.revoke": "VIEWER",
  "mail.settings": "VIEWER",
  "mail.updateSettings": "VIEWER",
  "mail.overview": "ADMIN",
  "mail.sendNow": "ADMIN",
  "mail.sendNowProgress": "ADMIN",
  "activity.list": "VIEWER",
  "activity.byId": "VIEWER",
  "activity.create": "EDITOR",
  "activity.update": "EDITOR",
  "person.list": "VIEWER",
  "person.options": "VIEWER",
  "person.search": "VIEWER",
  "person.byId": "VIEWER",
  "person.create": "EDITOR",
  "person.update": "EDITOR",
  "person.erase": "ADMIN",
  "person.bulkPreview": "EDITOR",
  "person.bulkApply": "EDITOR",
  "activity.bulkPreview": "EDITOR",
  "activity.bulkApply": "EDITOR",
  "cooperationArea.list": "VIEWER",
  "statistics.dashboard": "VIEWER",
  "account.me": "VIEWER",
  "account.changeOwnPassword": "VIEWER",
  "account.list": "ADMIN",
  "account.byId": "ADMIN",
  "account.create": "ADMIN",
  "account.update": "ADMIN",
  "account.setActive": "ADMIN",
  "account.endSessions": "ADMIN",
  "account.setPassword": "ADMIN",
  "audit.list": "ADMIN",
  "audit.actors": "ADMIN",
  "audit.history": "EDITOR",
  "dataImport.stage": "EDITOR",
  "dataImport.preview": "EDITOR",
  "dataImport.commit": "EDITOR",
  "savedView.list": "VIEWER",
  "savedView.create": "VIEWER",
  "savedView.update": "VIEWER",
  "savedView.remove": "VIEWER",
  "document.list": "VIEWER",
  "document.remove": "EDITOR",
} as const satisfies Record<ProcedurePath, Role>;

/** A saved view owned by the actor (the viewer's for a caller without a session). */
function ownView(actor: Actor | null) {
  const owner = actor ?? TEST_ACTORS.VIEWER;
  return db.savedView.create({
    data: { list: "agreements", name: `Eigene ${unique()}`, query: "", ownerId: owner.id },
    select: { id: true, version: true },
  });
}

const ROLES_LOW_TO_HIGH = ["VIEWER", "EDITOR", "ADMIN"] as const satisfies readonly Role[];
const OWN_PASSWORD = "Eigenes-Passwort-2026";

let db: Db;
let dbUrl: string;
let mailJobsReady = false;
let seq = 0;
const unique = () => `${Date.now().toString(36)}-${++seq}`;

/** Ids from the seeded data and accounts created for this file. */
const ids = {
  agreement: 0,
  transitionAgreement: 0,
  partner: 0,
  person: 0,
  activity: 0,
  workingGroup: 0,
  milestone: 0,
  commitment: 0,
};
/** The partner's German name and country, for the import's file (partners are found by name and country). */
const partnerOf = { name: "", country: "" };
const accounts = { target: "", toggled: "" };

/**
 * A valid input per procedure, built fresh before each call (current versions, unique names), so that a refused
 * call is refused by the guard alone and an allowed one goes through.
 */
const INPUTS: { [P in ProcedurePath]: (actor: Actor | null) => Promise<Inputs[P]> } = {
  "agreement.list": async () => ({ status: ["ACTIVE"], pageSize: 5 }),
  "agreement.options": async () => undefined,
  "agreement.search": async () => ({ q: "Partner", limit: 5 }),
  "agreement.byId": async () => ({ id: ids.agreement }),
  "agreement.pinned": async () => undefined,
  "agreement.isPinned": async () => ({ id: ids.agreement }),
  "agreement.pin": async () => ({ id: ids.agreement }),
  "agreement.unpin": async () => ({ id: ids.agreement }),
  "agreement.bulkPreview": async () => ({
    selection: { filter: { status: ["ACTIVE"] } },
    change: { kind: "responsibleUnit", value: "Amt für Rechteprüfung" },
  }),
  "workingGroup.bulkPreview": async () => ({ selection: { filter: {} }, change: { status: "ACTIVE" } }),
  // Each call the status the working group does not have, so that it always changes.
  "workingGroup.bulkApply": async () => {
    const row = await db.workingGroup.findUniqueOrThrow({
      where: { id: ids.workingGroup },
      select: { version: true, status: true },
    });
    return {
      items: [{ id: ids.workingGroup, version: row.version }],
      change: { status: row.status === "PAUSED" ? "ACTIVE" : "PAUSED" },
    };
  },
  "commitment.bulkPreview": async () => ({
    selection: { filter: { status: ["OPEN"] } },
    change: { status: "IN_PROGRESS" },
  }),
  // Each call the status the commitment does not have, so that it always changes.
  "commitment.bulkApply": async () => {
    const row = await db.commitment.findUniqueOrThrow({
      where: { id: ids.commitment },
      select: { version: true, status: true },
    });
    return {
      items: [{ id: ids.commitment, version: row.version }],
      change: { status: row.status === "IN_PROGRESS" ? "OPEN" : "IN_PROGRESS" },
    };
  },
  "activity.bulkPreview": async () => ({
    selection: { filter: { type: ["MEETING"] } },
    change: { kind: "area", action: "ADD", area: "CULTURE" },
  }),
  // Each call the verified flag the activity does not have, so that it always changes.
  "activity.bulkApply": async () => {
    const row = await db.activity.findUniqueOrThrow({
      where: { id: ids.activity },
      select: { version: true, verified: true },
    });
    return {
      items: [{ id: ids.activity, version: row.version }],
      change: { kind: "verified", value: row.verified ? "UNVERIFIED" : "VERIFIED" },
    };
  },
  "person.bulkPreview": async () => ({
    selection: { filter: { side: "cologne" } },
    change: { kind: "verified", value: "VERIFIED" },
  }),
  "person.bulkApply": async () => {
    const row = await db.person.findUniqueOrThrow({ where: { id: ids.person }, select: { version: true } });
    return {
      items: [{ id: ids.person, version: row.version }],
      change: { kind: "organisation", value: `Amt ${unique()}` },
    };
  },
  "partner.bulkPreview": async () => ({
    selection: { filter: { continent: ["EUROPE"] } },
    change: { status: "REVIEWED", lastReviewedOn: "2026-01-15" },
  }),
  // Each call a different date, so that the partner always changes (a bulk change refuses what it leaves as is).
  "partner.bulkApply": async () => {
    const review = await db.humanRightsReview.findUnique({
      where: { partnerId: ids.partner },
      select: { version: true },
    });
    return {
      items: [{ id: ids.partner, version: review?.version ?? null }],
      change: { status: "REVIEWED", lastReviewedOn: `2025-0${1 + (seq++ % 9)}-01`, note: `Sammelprüfung ${unique()}` },
    };
  },
  "agreement.bulkApply": async () => {
    const row = await db.agreement.findUniqueOrThrow({ where: { id: ids.agreement }, select: { version: true } });
    return {
      items: [{ id: ids.agreement, version: row.version }],
      change: { kind: "responsibleUnit", value: `Amt ${unique()}` },
    };
  },
  "agreement.create": async () => ({ type: "FRIENDSHIP", title: `Rechteprüfung ${unique()}`, partnerId: ids.partner }),
  "agreement.update": async () => {
    const row = await db.agreement.findUniqueOrThrow({ where: { id: ids.agreement } });
    return {
      id: row.id,
      version: row.version,
      type: row.type,
      title: `Geändert ${unique()}`,
      partnerId: row.partnerId,
    };
  },
  "agreement.transition": async () => {
    const row = await db.agreement.findUniqueOrThrow({ where: { id: ids.transitionAgreement } });
    const to = allowedTransitions(row.status).find((status) => status !== "ENDED");
    if (!to) throw new Error(`no way on from ${row.status}`);
    return { id: row.id, version: row.version, to, reason: "Prüfung der Rechte" };
  },
  "partner.list": async () => ({ continent: ["EUROPE"] }),
  "partner.options": async () => undefined,
  "partner.search": async () => ({ q: "Köln", limit: 5 }),
  "partner.countries": async () => undefined,
  "partner.map": async () => ({ status: ["ACTIVE"], continent: ["EUROPE"] }),
  "partner.byId": async () => ({ id: ids.partner }),
  "partner.create": async () => ({
    nameDe: `Stadt ${unique()}`,
    nameEn: "Town",
    countryCode: "FI",
    continent: "EUROPE",
  }),
  "partner.update": async () => {
    const row = await db.partner.findUniqueOrThrow({ where: { id: ids.partner } });
    return {
      id: row.id,
      version: row.version,
      nameDe: row.nameDe,
      nameEn: row.nameEn,
      countryCode: row.countryCode,
      continent: row.continent,
      kind: row.kind,
      notes: `Geprüft ${unique()}`,
    };
  },
  "workingGroup.list": async () => ({}),
  "workingGroup.byId": async () => ({ id: ids.workingGroup }),
  "workingGroup.create": async () => ({ name: `Arbeitsgruppe ${unique()}`, agreementId: ids.agreement }),
  "workingGroup.update": async () => {
    const row = await db.workingGroup.findUniqueOrThrow({ where: { id: ids.workingGroup } });
    return { id: row.id, version: row.version, name: row.name, agreementId: row.agreementId, goal: `Ziel ${unique()}` };
  },
  "workingGroup.addMilestone": async () => ({ workingGroupId: ids.workingGroup, title: `Meilenstein ${unique()}` }),
  "workingGroup.updateMilestone": async () => {
    const row = await db.milestone.findUniqueOrThrow({ where: { id: ids.milestone } });
    return { id: row.id, version: row.version, title: `Geändert ${unique()}` };
  },
  "workingGroup.removeMilestone": async () => {
    const row = await db.milestone.create({
      data: { workingGroupId: ids.workingGroup, title: `Zum Entfernen ${unique()}` },
    });
    return { id: row.id, version: row.version };
  },
  "partner.setHumanRightsReview": async () => {
    const row = await db.humanRightsReview.findUnique({ where: { partnerId: ids.partner } });
    return {
      partnerId: ids.partner,
      version: row?.version ?? null,
      status: "NOT_REVIEWED",
      note: `Geprüft ${unique()}`,
    };
  },
  "commitment.list": async () => ({ overdue: true }),
  "commitment.byId": async () => ({ id: ids.commitment }),
  "commitment.ofAgreement": async () => ({ agreementId: ids.agreement }),
  "commitment.linkOptions": async () => ({ agreementId: ids.agreement }),
  "commitment.ownerOptions": async () => ({ q: "a", limit: 5 }),
  "commitment.create": async () => ({ title: `Zusage ${unique()}`, agreementId: ids.agreement }),
  "commitment.update": async () => {
    const row = await db.commitment.findUniqueOrThrow({ where: { id: ids.commitment } });
    return { id: row.id, version: row.version, title: `Geändert ${unique()}`, agreementId: row.agreementId };
  },
  "commitment.setStatus": async () => {
    const row = await db.commitment.findUniqueOrThrow({ where: { id: ids.commitment } });
    return { id: row.id, version: row.version, status: "IN_PROGRESS" };
  },
  "agenda.list": async () => ({ kind: ["COMMITMENT"] }),
  "agenda.figures": async () => undefined,
  "timeline.list": async () => ({ zoom: "1980s", sort: "continent", status: ["ACTIVE"] }),
  "timeline.ofPartner": async () => ({ partnerId: ids.partner }),
  "calendar.feed": async () => undefined,
  "calendar.create": async () => undefined,
  "calendar.revoke": async () => undefined,
  "mail.settings": async () => undefined,
  "mail.updateSettings": async () => ({ digest: true, kinds: ["COMMITMENT"], language: "en", ownerNotices: true }),
  "mail.overview": async () => undefined,
  // "Send now" needs a mail server configured and pg-boss' schema (no worker runs here: the jobs stay queued).
  "mail.sendNow": async () => {
    process.env.SMTP_URL ??= "smtp://127.0.0.1:2525";
    if (!mailJobsReady) {
      await prepareMailJobs(dbUrl, null);
      mailJobsReady = true;
    }
    return {};
  },
  "mail.sendNowProgress": async () => ({
    jobs: [{ queue: "digest", jobId: "00000000-0000-4000-8000-000000000000" }],
  }),
  "savedView.list": async () => ({ list: "agreements" }),
  "savedView.create": async () => ({ list: "agreements", name: `Ansicht ${unique()}`, query: "status=ACTIVE" }),
  // A view of the caller's own (the owner renames and deletes; refused callers are refused before it is looked at).
  "savedView.update": async (actor) => {
    const view = await ownView(actor);
    return { id: view.id, version: view.version, name: `Umbenannt ${unique()}`, shared: true };
  },
  "savedView.remove": async (actor) => ({ id: (await ownView(actor)).id }),
  "document.list": async () => ({ record: { type: "agreement", id: ids.agreement } }),
  // A row without stored bytes: deleting it removes a file that is not there (no error).
  "document.remove": async () => ({
    id: (
      await db.document.create({
        data: {
          agreementId: ids.agreement,
          fileName: `Rechte ${unique()}.pdf`,
          mediaType: "application/pdf",
          size: 1,
          sha256: "0".repeat(64),
          uploadedByName: "Test",
        },
        select: { id: true },
      })
    ).id,
  }),
  "activity.list": async () => ({}),
  "activity.byId": async () => ({ id: ids.activity }),
  "activity.create": async () => ({ type: "MEETING", title: `Treffen ${unique()}`, startOn: "2025-05-05" }),
  "activity.update": async () => {
    const row = await db.activity.findUniqueOrThrow({
      where: { id: ids.activity },
      include: { agreements: true, areas: { include: { area: true } }, participants: true },
    });
    return {
      id: row.id,
      version: row.version,
      type: row.type,
      title: `Geändert ${unique()}`,
      startOn: row.startOn.toISOString().slice(0, 10),
      agreementIds: row.agreements.map((link) => link.agreementId),
      areaCodes: row.areas.map((link) => link.area.code),
      participants: row.participants.map((link) => ({ personId: link.personId, role: link.role })),
    };
  },
  "person.list": async () => ({}),
  "person.options": async () => undefined,
  "person.search": async () => ({ q: "a" }),
  "person.byId": async () => ({ id: ids.person }),
  "person.create": async () => ({ name: `Person ${unique()}` }),
  "person.update": async () => {
    const row = await db.person.findUniqueOrThrow({ where: { id: ids.person } });
    return { id: row.id, version: row.version, name: row.name, partnerId: row.partnerId, notes: `Notiz ${unique()}` };
  },
  "person.erase": async () => {
    const row = await db.person.create({
      data: { name: `Zu löschen ${unique()}` },
      select: { id: true, version: true },
    });
    return { id: row.id, version: row.version };
  },
  "cooperationArea.list": async () => undefined,
  "statistics.dashboard": async () => undefined,
  "account.me": async () => undefined,
  // Each test actor has an account with OWN_PASSWORD (see beforeAll) and changes it once.
  "account.changeOwnPassword": async () => ({ currentPassword: OWN_PASSWORD, newPassword: `Neu-${unique()}-Passwort` }),
  "account.list": async () => undefined,
  "account.byId": async () => ({ id: accounts.target }),
  "account.create": async () => ({
    name: `Neues Konto ${unique()}`,
    email: `neu-${unique()}@stadt-koeln.example`,
    role: "VIEWER",
    password: "Erstes-Passwort-2026",
  }),
  "account.update": async () => {
    const row = await db.user.findUniqueOrThrow({ where: { id: accounts.target } });
    return { id: row.id, version: row.version, name: `Ziel ${unique()}`, email: row.email, role: row.role };
  },
  "account.setActive": async () => {
    const row = await db.user.findUniqueOrThrow({ where: { id: accounts.toggled } });
    return { id: row.id, version: row.version, active: !row.active };
  },
  "account.endSessions": async () => ({ id: accounts.target }),
  "account.setPassword": async () => ({ id: accounts.target, password: `Gesetzt-${unique()}-Passwort` }),
  "audit.list": async () => ({ entityType: "AGREEMENT" }),
  "audit.actors": async () => undefined,
  "audit.history": async () => ({ entityType: "AGREEMENT", entityId: ids.agreement }),
  "dataImport.stage": async () => importFile(),
  "dataImport.preview": async () => ({ token: (await stageImport(db, TEST_ACTORS.EDITOR, stagedFile())).token }),
  "dataImport.commit": async () => {
    const { token } = await stageImport(db, TEST_ACTORS.EDITOR, stagedFile());
    await previewImport(db, TEST_ACTORS.EDITOR, { token });
    return { token };
  },
};

/** A CSV file of one new agreement (a fresh title each time), as the page uploads it. */
function importCsv(): string {
  return `Titel;Art;Partner;Ländercode\nImport ${unique()};Freundschaft;${partnerOf.name};${partnerOf.country}\n`;
}
function importFile() {
  return { kind: "AGREEMENTS" as const, fileName: "import.csv", content: Buffer.from(importCsv()).toString("base64") };
}
function stagedFile() {
  return { kind: "AGREEMENTS" as const, fileName: "import.csv", bytes: Buffer.from(importCsv()) };
}

/** Calls a procedure by its path through the real router (createCaller), as `actor` (null: no session). */
function call(procedure: string, actor: Actor | null, input: unknown): Promise<unknown> {
  let node: unknown = callerFor(db, actor);
  for (const key of procedure.split(".")) node = (node as Record<string, unknown>)[key];
  return (node as (input: unknown) => Promise<unknown>)(input);
}

/** Every table's row count and a hash of all its rows: any insert, update or delete changes it. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
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

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; meta?: { minRole?: Role } } }
>;
const paths = Object.keys(procedures).sort();

beforeAll(async () => {
  ({ db, url: dbUrl } = await createTestDatabase("seeded"));
  const active = await db.agreement.findMany({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, take: 2 });
  ids.agreement = active[0]?.id ?? 0;
  ids.transitionAgreement = active[1]?.id ?? 0;
  const partner = await db.partner.findFirstOrThrow({ orderBy: { id: "asc" } });
  ids.partner = partner.id;
  partnerOf.name = partner.nameDe;
  partnerOf.country = partner.countryCode;
  ids.person = (await db.person.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  ids.activity = (await db.activity.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  ids.workingGroup = (await db.workingGroup.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  ids.milestone = (await db.milestone.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  ids.commitment = (await db.commitment.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  expect(Object.values(ids).every((id) => id > 0)).toBe(true);

  // The test actors' own accounts (for account.changeOwnPassword), with their ids from TEST_ACTORS.
  const hash = await hashPassword(OWN_PASSWORD);
  for (const actor of Object.values(TEST_ACTORS)) {
    await db.user.create({
      data: { id: actor.id, name: actor.name, email: actor.email, role: actor.role, emailVerified: true },
    });
    await db.account.create({
      data: {
        id: `credential-${actor.id}`,
        accountId: actor.id,
        providerId: "credential",
        userId: actor.id,
        password: hash,
      },
    });
  }
  const password = "Ziel-Passwort-2026";
  accounts.target = (
    await createAccount(db, TEST_ACTORS.ADMIN, {
      name: "Ziel",
      email: "ziel@stadt-koeln.example",
      role: "EDITOR",
      password,
    })
  ).id;
  accounts.toggled = (
    await createAccount(db, TEST_ACTORS.ADMIN, {
      name: "An/Aus",
      email: "anaus@stadt-koeln.example",
      role: "VIEWER",
      password,
    })
  ).id;
});

describe("the rule table", () => {
  it("names every procedure of the app router, and only those", () => {
    expect(Object.keys(appRouter._def.lazy ?? {})).toEqual([]); // lazy routers would hide procedures from this walk
    expect(paths.length).toBeGreaterThan(0);
    const missing = paths.filter((procedure) => !(procedure in MIN_ROLE));
    const unknown = Object.keys(MIN_ROLE).filter((procedure) => !(procedure in procedures));
    expect(missing, "procedures without a rule in MIN_ROLE").toEqual([]);
    expect(unknown, "rules for procedures that do not exist").toEqual([]);
    expect(Object.keys(INPUTS).sort()).toEqual(paths);
  });

  it("matches the least role each procedure declares in its meta", () => {
    const declared = Object.fromEntries(
      paths.map((procedure) => [procedure, procedures[procedure]?._def.meta?.minRole]),
    );
    expect(declared).toEqual(MIN_ROLE);
  });

  it("gives reads to viewers, changes to editors, and accounts, the audit trail and erasures to admins", () => {
    for (const procedure of paths) {
      const { type } = procedures[procedure]?._def ?? { type: "?" };
      const rule = MIN_ROLE[procedure as ProcedurePath];
      if (procedure.startsWith("account.") && !["account.me", "account.changeOwnPassword"].includes(procedure)) {
        expect(rule, procedure).toBe("ADMIN");
      } else if (
        procedure === "audit.list" ||
        procedure === "audit.actors" ||
        procedure === "person.erase" ||
        procedure === "mail.overview" ||
        procedure === "mail.sendNow" ||
        procedure === "mail.sendNowProgress"
      ) {
        expect(rule, procedure).toBe("ADMIN");
      } else if (
        type === "mutation" &&
        // The user's own password, calendar feed and e-mail settings: every signed-in role.
        !["account.changeOwnPassword", "calendar.create", "calendar.revoke", "mail.updateSettings"].includes(
          procedure,
        ) &&
        // Saved views change no record: every role keeps its own (the service checks who owns a view).
        !procedure.startsWith("savedView.")
      ) {
        expect(rule, procedure).toBe("EDITOR");
      }
    }
  });
});

describe("every procedure × no session, viewer, editor, admin", () => {
  it.each(Object.keys(MIN_ROLE) as ProcedurePath[])("%s", async (procedure) => {
    const rule = MIN_ROLE[procedure];
    const build = INPUTS[procedure];
    const refused: [Actor | null, "UNAUTHORIZED" | "FORBIDDEN"][] = [
      [null, "UNAUTHORIZED"],
      ...ROLES_LOW_TO_HIGH.filter((role) => !hasRole(role, rule)).map(
        (role) => [TEST_ACTORS[role], "FORBIDDEN"] as [Actor, "FORBIDDEN"],
      ),
    ];
    for (const [actor, code] of refused) {
      const input = await build(actor);
      const before = await fingerprint();
      const error = await trpcError(() => call(procedure, actor, input));
      expect(error, `${procedure} as ${actor?.role ?? "nobody"}`).toBeInstanceOf(TRPCError);
      expect(error.code, `${procedure} as ${actor?.role ?? "nobody"}`).toBe(code);
      expect(await fingerprint(), `${procedure} as ${actor?.role ?? "nobody"} wrote something`).toEqual(before);
    }
    for (const role of ROLES_LOW_TO_HIGH.filter((role) => hasRole(role, rule))) {
      const input = await build(TEST_ACTORS[role]);
      // With a valid input built from the current data, an allowed call goes all the way through.
      const outcome = await call(procedure, TEST_ACTORS[role], input).then(
        () => "ok",
        (error: TRPCError) => `${error.code}: ${error.message}`,
      );
      expect(outcome, `${procedure} as ${role}`).toBe("ok");
    }
  });

  it("refuses an invalid input to a caller without the role with UNAUTHORIZED/FORBIDDEN, not BAD_REQUEST", async () => {
    // The guard comes before the input is looked at: a refused caller learns nothing about the input rules.
    expect((await trpcError(() => call("agreement.create", null, { title: 42 }))).code).toBe("UNAUTHORIZED");
    expect((await trpcError(() => call("agreement.create", TEST_ACTORS.VIEWER, { title: 42 }))).code).toBe("FORBIDDEN");
    expect((await trpcError(() => call("account.create", TEST_ACTORS.EDITOR, {}))).code).toBe("FORBIDDEN");
    expect((await trpcError(() => call("agreement.create", TEST_ACTORS.EDITOR, { title: 42 }))).code).toBe(
      "BAD_REQUEST",
    );
  });

  it("shows an account's own history to admins only", async () => {
    const input = { entityType: "USER" as const, entityId: accounts.target };
    expect((await trpcError(() => callerFor(db, TEST_ACTORS.EDITOR).audit.history(input))).code).toBe("FORBIDDEN");
    expect((await trpcError(() => callerFor(db, TEST_ACTORS.VIEWER).audit.history(input))).code).toBe("FORBIDDEN");
    expect((await trpcError(() => callerFor(db, null).audit.history(input))).code).toBe("UNAUTHORIZED");
    const history = await callerFor(db, TEST_ACTORS.ADMIN).audit.history(input);
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((event) => event.entityType === "USER" && event.entityId === accounts.target)).toBe(true);
  });

  it("tells each role what the interface may offer (account.me)", async () => {
    expect(await callerFor(db, TEST_ACTORS.VIEWER).account.me()).toMatchObject({
      id: TEST_ACTORS.VIEWER.id,
      role: "VIEWER",
      permissions: { edit: false, recordHistory: false, personalData: false, admin: false },
    });
    expect((await callerFor(db, TEST_ACTORS.EDITOR).account.me()).permissions).toEqual({
      edit: true,
      recordHistory: true,
      personalData: true,
      admin: false,
    });
    expect((await callerFor(db, TEST_ACTORS.ADMIN).account.me()).permissions).toEqual({
      edit: true,
      recordHistory: true,
      personalData: true,
      admin: true,
    });
  });
});

/** THE ROUTE HANDLERS: every app/**\/route.ts and how it is guarded. A new route handler must be added here. */
const ROUTE_RULES: Record<
  string,
  | "public: health"
  | "better-auth"
  | "tRPC (procedure rules)"
  | "export (session + the kind's least role)"
  | "live stream (session; what the role may see)"
  | "calendar feed (secret token)"
  | "document upload (session: editors; this app's origin)"
  | "document download (session; a restricted one: editors)"
> = {
  "app/api/calendar/[token]/route.ts": "calendar feed (secret token)",
  "app/api/health/route.ts": "public: health",
  "app/api/health/live/route.ts": "public: health",
  "app/api/health/ready/route.ts": "public: health",
  "app/api/export/[kind]/route.ts": "export (session + the kind's least role)",
  "app/api/auth/[...all]/route.ts": "better-auth",
  "app/api/trpc/[trpc]/route.ts": "tRPC (procedure rules)",
  "app/api/live/route.ts": "live stream (session; what the role may see)",
  "app/api/documents/route.ts": "document upload (session: editors; this app's origin)",
  "app/api/documents/[id]/route.ts": "document download (session; a restricted one: editors)",
};

describe("route handlers", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const found = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)route\.(ts|tsx|js|jsx|mjs)$/.test(file.replaceAll("\\", "/")))
    .map((file) => `app/${file.replaceAll("\\", "/")}`)
    .sort();

  it("has a rule for every app/**/route.ts, and no rule for a file that does not exist", () => {
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(Object.keys(ROUTE_RULES).sort());
  });

  it("each route handler is built the way its rule says", () => {
    for (const [file, rule] of Object.entries(ROUTE_RULES)) {
      const route = readFileSync(path.join(root, file), "utf8");
      // A route may re-export its handlers from server/http/ (which the production server also answers with):
      // then the handler's own function is what the rule checks.
      const reexported = [...route.matchAll(/export \{ ([^}]+) \} from "@\/(server\/http\/[\w-]+)"/g)].flatMap((m) =>
        (m[1] ?? "").split(",").map((name) => {
          const [local, method] = name.trim().split(/\s+as\s+/);
          return { local: local ?? "", method: method ?? "", module: m[2] ?? "" };
        }),
      );
      const source = [
        route,
        ...reexported.map(({ local, module: file }) => {
          const module = readFileSync(path.join(root, `${file}.ts`), "utf8");
          const start = module.search(new RegExp(`export (?:async )?function ${local}\\b`));
          expect(start, `${local} in ${file}.ts`).toBeGreaterThanOrEqual(0);
          // The function up to the next top-level export.
          const rest = module.slice(start + 1);
          const end = rest.search(/\nexport /);
          return module.slice(start, end < 0 ? undefined : start + 1 + end);
        }),
      ].join("\n");
      const methods = [
        ...new Set([
          ...[...route.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]),
          ...reexported.map((entry) => entry.method),
        ]),
      ];
      if (rule === "public: health") {
        // Reads nothing but "is the database there"; no way to change data.
        expect(methods, file).toEqual(["GET"]);
        expect(source, file).not.toMatch(/\bdb\(\)\.(?!\$queryRaw)/);
      } else if (rule === "calendar feed (secret token)") {
        // Reads only; the token (hashed, looked up with its active account) is the credential: 404 without one.
        expect(methods, file).toEqual(["GET"]);
        expect(source, file).toMatch(/accountOfFeedToken\(db\(\), /);
        expect(source, file).toMatch(/if \(!account\) return new Response\("Not found", \{ status: 404/);
      } else if (rule === "better-auth") {
        expect(source, file).toMatch(/toNextJsHandler\(auth\(\)\)/);
      } else if (rule === "export (session + the kind's least role)") {
        // Reads only; the handler refuses without a session (401) and below the kind's role (403), tested in
        // server/export/route.test.ts.
        expect(methods, file).toEqual(["GET"]);
        expect(source, file).toMatch(
          /handleExport\(request, kind, await actorFromHeaders\(request\.headers\), db\(\)\)/,
        );
      } else if (rule === "live stream (session; what the role may see)") {
        // Reads only; 401 without a session; the stream filters each change by the actor's role
        // (server/services/live/stream.test.ts) and ends when the session does.
        expect(methods, file).toEqual(["GET"]);
        expect(source, file).toMatch(
          /const actor = await actorFromHeaders\(request\.headers\);\s+if \(!actor\) return [^;]*status: 401/,
        );
        expect(source, file).toMatch(/liveStream\(\{\s+actor,/);
      } else if (rule === "document upload (session: editors; this app's origin)") {
        // The origin first, then 401 without a session; the service refuses below editor (FORBIDDEN), tested in
        // server/services/document/documents.test.ts.
        expect(methods, file).toEqual(["POST"]);
        expect(source, file).toMatch(
          /if \(!isTrustedOrigin\(request, trustedOrigins\(\)\)\) \{\s+return problem\(403,/,
        );
        expect(source, file).toMatch(
          /const actor = await documentActor\(request\);\s+if \(!actor\) return problem\(401,/,
        );
        expect(source, file).toMatch(/await uploadDocument\(\s+db\(\),\s+actor,/);
      } else if (rule === "document download (session; a restricted one: editors)") {
        // Reads only; 401 without a session; openDocument refuses a restricted document below editor.
        expect(methods, file).toEqual(["GET"]);
        expect(source, file).toMatch(
          /const actor = await documentActor\(request\);\s+if \(!actor\) return problem\(401,/,
        );
        expect(source, file).toMatch(/await openDocument\(db\(\), actor, /);
      } else {
        // Every request gets its actor from the session; requests that change data must come from the app's origin.
        expect(source, file).toMatch(/router: appRouter/);
        expect(source, file).toMatch(/actorFromHeaders\(request\.headers\)/);
        expect(source, file).toMatch(/isTrustedOrigin\(request, trustedOrigins\(\)\)/);
      }
    }
  });
});
