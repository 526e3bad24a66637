// The app router as the reliability tests see it: every procedure found by walking appRouter (so a new one is
// covered without being listed), a valid input for each known one (built from the current data, so that it passes
// validation and reaches the services), and calls through createCaller or through the HTTP handler.
import { getTRPCErrorShape, TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { hashPassword } from "better-auth/crypto";
import superjson from "superjson";
import type { Role } from "../auth/roles";
import type { Db } from "../db/prisma";
import { allowedTransitions } from "../domain/agreement-status";
import { formatPartialDate } from "../schemas/common";
import { createAccount } from "../services/account/accounts";
import { today } from "../services/shared/dates";
import { callerFor, TEST_ACTORS } from "../test/caller";
import { type Actor, createContextFor } from "../trpc/context";
import { appRouter } from "../trpc/root";

export type RoleLabel = "nobody" | Role;
export const ROLE_LABELS: readonly RoleLabel[] = ["nobody", "VIEWER", "EDITOR", "ADMIN"];
const RANK: Record<RoleLabel, number> = { nobody: 0, VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function actorOf(role: RoleLabel): Actor | null {
  return role === "nobody" ? null : TEST_ACTORS[role];
}

export interface ProcedureInfo {
  path: string;
  type: "query" | "mutation" | "subscription";
  minRole: Role | undefined;
  /** The input schema (tRPC keeps the parsers in _def.inputs); undefined for procedures without input. */
  parser: unknown;
  /** The top-level field names of the input schema (unwrapping defaults, optionals and pipes). */
  keys: string[];
}

/** Whether `role` passes the procedure's guard (a procedure without a rule passes nobody). */
export function mayCall(info: ProcedureInfo, role: RoleLabel): boolean {
  return info.minRole !== undefined && RANK[role] >= RANK[info.minRole];
}

type ZodLike = { shape?: Record<string, unknown>; _zod?: { def?: { innerType?: unknown; in?: unknown } } };

function schemaKeys(schema: unknown): string[] {
  let node = schema as ZodLike | undefined;
  for (let i = 0; i < 10 && node; i++) {
    if (node.shape && typeof node.shape === "object") return Object.keys(node.shape);
    const def: { innerType?: unknown; in?: unknown } | undefined = node._zod?.def;
    node = (def?.innerType ?? def?.in) as ZodLike | undefined;
  }
  return [];
}

/** Every procedure of the app router, by walking its definition. */
export function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: ProcedureInfo["type"]; meta?: { minRole?: Role }; inputs?: unknown[] } }
  >;
  return Object.keys(procedures)
    .sort()
    .map((path) => {
      const def = procedures[path]?._def;
      const parser = def?.inputs?.[0];
      return { path, type: def?.type ?? "query", minRole: def?.meta?.minRole, parser, keys: schemaKeys(parser) };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Valid inputs

export interface Fixture {
  db: Db;
  ids: {
    agreement: number;
    partner: number;
    partner2: number;
    person: number;
    person2: number;
    activity: number;
    workingGroup: number;
    milestone: number;
  };
  areaCodes: string[];
  accounts: { target: string; toggled: string };
  /** Each test actor's current password (account.changeOwnPassword changes it). */
  passwords: Record<string, string>;
  /** Ids of existing records of every kind, as hostile values. */
  existingIds: (number | string)[];
}

let seq = 0;
export const unique = () => `${Date.now().toString(36)}-${++seq}`;

/** Creates the accounts and ids the valid inputs need (the seeded data has no accounts). */
export async function createFixture(db: Db): Promise<Fixture> {
  const agreement = await db.agreement.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: { id: "asc" } });
  const partners = await db.partner.findMany({ orderBy: { id: "asc" }, take: 2 });
  const people = await db.person.findMany({ orderBy: { id: "asc" }, take: 2 });
  const activity = await db.activity.findFirstOrThrow({ orderBy: { id: "asc" } });
  const workingGroup = await db.workingGroup.findFirstOrThrow({ orderBy: { id: "asc" } });
  const milestone = await db.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
  const areaCodes = (await db.cooperationArea.findMany({ orderBy: { sortOrder: "asc" } })).map((area) => area.code);

  const passwords: Record<string, string> = {};
  for (const actor of Object.values(TEST_ACTORS)) {
    const password = `Eigenes-Passwort-${unique()}`;
    passwords[actor.id] = password;
    await db.user.create({
      data: { id: actor.id, name: actor.name, email: actor.email, role: actor.role, emailVerified: true },
    });
    await db.account.create({
      data: {
        id: `credential-${actor.id}`,
        accountId: actor.id,
        providerId: "credential",
        userId: actor.id,
        password: await hashPassword(password),
      },
    });
  }
  const password = "Ziel-Passwort-2026";
  const target = await createAccount(db, TEST_ACTORS.ADMIN, {
    name: "Ziel",
    email: "ziel@stadt-koeln.example",
    role: "EDITOR",
    password,
  });
  const toggled = await createAccount(db, TEST_ACTORS.ADMIN, {
    name: "An/Aus",
    email: "anaus@stadt-koeln.example",
    role: "VIEWER",
    password,
  });

  const numeric = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Agreement" UNION SELECT id FROM "Partner" UNION SELECT id FROM "Person"
    UNION SELECT id FROM "Activity" UNION SELECT id FROM "WorkingGroup" UNION SELECT id FROM "Milestone"`;
  return {
    db,
    ids: {
      agreement: agreement.id,
      partner: partners[0]?.id ?? 0,
      partner2: partners[1]?.id ?? 0,
      person: people[0]?.id ?? 0,
      person2: people[1]?.id ?? 0,
      activity: activity.id,
      workingGroup: workingGroup.id,
      milestone: milestone.id,
    },
    areaCodes,
    accounts: { target: target.id, toggled: toggled.id },
    passwords,
    existingIds: [...numeric.map((row) => row.id), target.id, toggled.id, TEST_ACTORS.ADMIN.id],
  };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * A valid input per procedure, with every field the schema has filled in where that is possible (so that a
 * mutation of any field reaches the service), built afresh before each call from the current data.
 */
export function validInputs(f: Fixture): Record<string, (actor: Actor | null) => Promise<unknown>> {
  const { db, ids } = f;
  const area = (i: number) => f.areaCodes[i % f.areaCodes.length] ?? "ECONOMY";
  const agreementUpdate = async (id: number) => {
    const row = await db.agreement.findUniqueOrThrow({
      where: { id },
      include: { areas: { include: { area: true } } },
    });
    return {
      id: row.id,
      version: row.version,
      type: row.type,
      title: row.title,
      partnerId: row.partnerId,
      councilDecisionOn: formatPartialDate(row.councilDecisionOn, row.councilDecisionOnPrecision),
      signedOn: formatPartialDate(row.signedOn, row.signedOnPrecision),
      countersignedOn: formatPartialDate(row.countersignedOn, row.countersignedOnPrecision),
      validFrom: formatPartialDate(row.validFrom, row.validFromPrecision),
      validUntil: formatPartialDate(row.validUntil, row.validUntilPrecision),
      responsibleUnit: row.responsibleUnit,
      predecessorId: row.predecessorId,
      source: row.source,
      verified: row.verified,
      notes: `Geprüft ${unique()}`,
      areas: row.areas.map((link) => ({ code: link.area.code, status: link.status, notes: link.notes })),
    };
  };
  /** A saved view of the actor's own (the viewer's for a caller without a session). */
  const ownView = (actor: Actor | null) =>
    db.savedView.create({
      data: { list: "agreements", name: `Eigene ${unique()}`, query: "", ownerId: (actor ?? TEST_ACTORS.VIEWER).id },
      select: { id: true, version: true },
    });
  return {
    "agreement.list": async () => ({
      status: ["ACTIVE", "SIGNED"],
      type: ["PARTNERSHIP"],
      area: [area(0)],
      areaStatus: ["ACTIVE"],
      country: ["FR"],
      continent: ["EUROPE"],
      yearFrom: 1950,
      yearTo: 2030,
      quiet: false,
      inForce: true,
      attention: false,
      q: "Lille",
      sort: "title",
      dir: "desc",
      page: 1,
      pageSize: 10,
    }),
    "agreement.options": async () => undefined,
    "agreement.search": async () => ({ q: "Partner", limit: 10 }),
    "agreement.byId": async () => ({ id: ids.agreement }),
    "agreement.pinned": async () => undefined,
    "agreement.isPinned": async () => ({ id: ids.agreement }),
    "agreement.pin": async () => ({ id: ids.agreement }),
    "agreement.unpin": async () => ({ id: ids.agreement }),
    "agreement.bulkPreview": async () => ({
      selection: { filter: { status: ["ACTIVE"], q: "Köln" } },
      change: { kind: "status", to: "DORMANT", reason: "Sammelprüfung" },
    }),
    "agreement.bulkApply": async () => {
      const row = await db.agreement.findUniqueOrThrow({ where: { id: ids.agreement }, select: { version: true } });
      return {
        items: [{ id: ids.agreement, version: row.version }],
        change: { kind: "responsibleUnit", value: `Amt ${unique()}` },
      };
    },
    "workingGroup.bulkPreview": async () => ({ selection: { filter: {} }, change: { status: "ACTIVE" } }),
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
    "commitment.bulkApply": async () => {
      const row = await db.commitment.findFirstOrThrow({
        orderBy: { id: "asc" },
        select: { id: true, version: true, status: true },
      });
      return {
        items: [{ id: row.id, version: row.version }],
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
    "partner.bulkApply": async () => {
      const review = await db.humanRightsReview.findUnique({
        where: { partnerId: ids.partner },
        select: { version: true },
      });
      return {
        items: [{ id: ids.partner, version: review?.version ?? null }],
        change: { status: "CONCERNS_NOTED", lastReviewedOn: "2026-01-15", note: `Sammelprüfung ${unique()}` },
      };
    },
    "savedView.list": async () => ({ list: "agreements" }),
    "savedView.create": async () => ({
      list: "agreements",
      name: `Ansicht ${unique()}`,
      query: "status=ACTIVE&sort=title",
      shared: false,
    }),
    "savedView.update": async (actor) => {
      const view = await ownView(actor);
      return { id: view.id, version: view.version, name: `Umbenannt ${unique()}`, shared: true };
    },
    "savedView.remove": async (actor) => ({ id: (await ownView(actor)).id }),
    "document.list": async () => ({ record: { type: "agreement", id: ids.agreement } }),
    // A row without stored bytes (removing bytes that are not there is no error).
    "document.remove": async () => ({
      id: (
        await db.document.create({
          data: {
            agreementId: ids.agreement,
            fileName: `Anlage ${unique()}.pdf`,
            mediaType: "application/pdf",
            size: 1,
            sha256: "0".repeat(64),
            uploadedByName: "Test",
          },
          select: { id: true },
        })
      ).id,
    }),
    "agreement.create": async () => ({
      type: "FRIENDSHIP",
      title: `Prüfvereinbarung ${unique()}`,
      partnerId: ids.partner,
      councilDecisionOn: "1988",
      signedOn: "1988-06-27",
      countersignedOn: "1988-07",
      validFrom: "1988-07-01",
      validUntil: "2030-12-31",
      responsibleUnit: "Büro für Internationale Angelegenheiten",
      predecessorId: null,
      source: "https://www.stadt-koeln.de/",
      verified: false,
      notes: "Notiz",
      areas: [
        { code: area(0), status: "ACTIVE", notes: "Bereich" },
        { code: area(1), status: "PLANNED", notes: null },
      ],
      status: "PROPOSED",
      statusScope: null,
    }),
    "agreement.update": async () => agreementUpdate(ids.agreement),
    "agreement.transition": async () => {
      // The newest agreement that can still change (the fuzzing may end some); a new one if none is left.
      let row = await db.agreement.findFirst({ where: { status: { not: "ENDED" } }, orderBy: { id: "desc" } });
      if (!row) {
        row = await db.agreement.create({
          data: { type: "CONTACT", title: `Neu ${unique()}`, partnerId: ids.partner, status: "PROPOSED" },
        });
      }
      const to = allowedTransitions(row.status).find((status) => status !== "ENDED") ?? "ENDED";
      return {
        id: row.id,
        version: row.version,
        to,
        reason: "Prüfung der Eingaben",
        scope: to === "DORMANT" || to === "SUSPENDED" ? "nur offizielle Kontakte" : null,
        effectiveOn: day(today()),
      };
    },
    "partner.list": async () => ({
      q: "Lille",
      country: ["FR"],
      continent: ["EUROPE"],
      kind: "CITY",
      sort: "nameEn",
      dir: "asc",
      page: 1,
      pageSize: 10,
    }),
    "partner.options": async () => undefined,
    "partner.search": async () => ({ q: "Lille", limit: 10 }),
    "partner.countries": async () => undefined,
    "partner.map": async () => ({ type: ["PARTNERSHIP"], yearFrom: 1950, yearTo: 1999, q: "Lille" }),
    "partner.byId": async () => ({ id: ids.partner }),
    "partner.create": async () => ({
      nameDe: `Stadt ${unique()}`,
      nameEn: "Town",
      nameLocal: "Kaupunki",
      countryCode: "FI",
      continent: "EUROPE",
      kind: "CITY",
      latitude: 60.17,
      longitude: 24.94,
      website: "https://example.org/",
      source: "Quelle",
      verified: true,
      notes: "Notiz",
    }),
    "partner.update": async () => {
      const row = await db.partner.findUniqueOrThrow({ where: { id: ids.partner } });
      return {
        id: row.id,
        version: row.version,
        nameDe: row.nameDe,
        nameEn: row.nameEn,
        nameLocal: row.nameLocal,
        countryCode: row.countryCode,
        continent: row.continent,
        kind: row.kind,
        latitude: row.latitude,
        longitude: row.longitude,
        website: row.website,
        source: row.source,
        verified: row.verified,
        notes: `Geprüft ${unique()}`,
      };
    },
    "workingGroup.list": async () => ({
      status: ["ACTIVE"],
      agreementId: ids.agreement,
      milestones: "overdue",
      q: "Bahn",
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 10,
    }),
    "workingGroup.byId": async () => ({ id: ids.workingGroup }),
    "workingGroup.create": async () => ({
      name: `Arbeitsgruppe ${unique()}`,
      goal: "Ziel",
      status: "FORMING",
      agreementId: ids.agreement,
      leadCologneId: ids.person,
      leadPartnerId: ids.person2,
      memberships: [
        { personId: ids.person, role: "Koordination" },
        { personId: ids.person2, role: null },
      ],
      source: "Quelle",
      verified: false,
      notes: "Notiz",
    }),
    "workingGroup.update": async () => {
      const row = await db.workingGroup.findUniqueOrThrow({
        where: { id: ids.workingGroup },
        include: { members: true },
      });
      return {
        id: row.id,
        version: row.version,
        name: row.name,
        goal: `Ziel ${unique()}`,
        status: row.status,
        agreementId: row.agreementId,
        leadCologneId: row.leadCologneId,
        leadPartnerId: row.leadPartnerId,
        memberships: row.members.map((member) => ({ personId: member.personId, role: member.role })),
        source: row.source,
        verified: row.verified,
        notes: row.notes,
      };
    },
    "workingGroup.addMilestone": async () => ({
      workingGroupId: ids.workingGroup,
      title: `Meilenstein ${unique()}`,
      dueOn: "2030-06-30",
      status: "OPEN",
      doneOn: null,
      notes: "Notiz",
    }),
    "workingGroup.updateMilestone": async () => {
      // removeMilestone, fed an existing id, may have removed the fixture's milestone: then a new one.
      const row =
        (await db.milestone.findUnique({ where: { id: ids.milestone } })) ??
        (await db.milestone.create({ data: { workingGroupId: ids.workingGroup, title: `Ersatz ${unique()}` } }));
      ids.milestone = row.id;
      return {
        id: row.id,
        version: row.version,
        title: `Geändert ${unique()}`,
        dueOn: day(row.dueOn),
        status: "DONE",
        doneOn: day(today()),
        notes: row.notes,
      };
    },
    "workingGroup.removeMilestone": async () => {
      const row = await db.milestone.create({
        data: { workingGroupId: ids.workingGroup, title: `Zum Entfernen ${unique()}` },
      });
      return { id: row.id, version: row.version };
    },
    "activity.list": async () => ({
      type: ["VISIT", "MEETING"],
      year: 2019,
      partnerId: ids.partner,
      agreementId: ids.agreement,
      area: area(0),
      q: "Delegation",
      sort: "title",
      dir: "asc",
      page: 1,
      pageSize: 10,
    }),
    "activity.byId": async () => ({ id: ids.activity }),
    "timeline.list": async () => ({
      status: ["ACTIVE", "SUSPENDED"],
      continent: ["EUROPE"],
      q: "Köln",
      yearFrom: 1950,
      zoom: "1980s",
      sort: "continent",
      page: 1,
    }),
    "timeline.ofPartner": async () => ({ partnerId: ids.partner }),
    "activity.create": async () => ({
      type: "MEETING",
      title: `Treffen ${unique()}`,
      startOn: "2025-05-05",
      endOn: "2025-05-06",
      place: "Köln",
      partnerId: ids.partner,
      description: "Beschreibung",
      outcome: "Ergebnis",
      source: "Quelle",
      verified: false,
      agreementIds: [ids.agreement],
      areaCodes: [area(0), area(1)],
      participants: [
        { personId: ids.person, role: "Delegationsleitung" },
        { personId: ids.person2, role: null },
      ],
    }),
    "activity.update": async () => {
      const row = await db.activity.findUniqueOrThrow({
        where: { id: ids.activity },
        include: { agreements: true, areas: { include: { area: true } }, participants: true },
      });
      return {
        id: row.id,
        version: row.version,
        type: row.type,
        title: row.title,
        startOn: day(row.startOn),
        endOn: day(row.endOn),
        place: row.place,
        partnerId: row.partnerId,
        description: `Beschreibung ${unique()}`,
        outcome: row.outcome,
        source: row.source,
        verified: row.verified,
        agreementIds: row.agreements.map((link) => link.agreementId),
        areaCodes: row.areas.map((link) => link.area.code),
        participants: row.participants.map((link) => ({ personId: link.personId, role: link.role })),
      };
    },
    "person.list": async () => ({
      q: "Ober",
      partnerId: ids.partner,
      side: "partner",
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 10,
    }),
    "person.options": async () => undefined,
    "person.search": async () => ({ q: "Reker", limit: 10 }),
    "person.byId": async () => ({ id: ids.person }),
    "person.create": async () => ({
      name: `Person ${unique()}`,
      role: "Referentin",
      organisation: "Stadt Köln",
      partnerId: null,
      email: `person-${unique()}@stadt-koeln.example`,
      source: "Quelle",
      verified: false,
      notes: "Notiz",
    }),
    "person.erase": async () => {
      // A person of its own each time: an erased person stays erased (a second erasure is refused).
      const row = await db.person.create({
        data: { name: `Zu löschen ${unique()}` },
        select: { id: true, version: true },
      });
      return { id: row.id, version: row.version };
    },
    "person.update": async () => {
      const row = await db.person.findUniqueOrThrow({ where: { id: ids.person } });
      return {
        id: row.id,
        version: row.version,
        name: row.name,
        role: row.role,
        organisation: row.organisation,
        partnerId: row.partnerId,
        email: row.email,
        source: row.source,
        verified: row.verified,
        notes: `Notiz ${unique()}`,
      };
    },
    "cooperationArea.list": async () => undefined,
    "statistics.dashboard": async () => undefined,
    "account.me": async () => undefined,
    "mail.settings": async () => undefined,
    "mail.updateSettings": async () => ({
      digest: true,
      kinds: ["COMMITMENT", "MILESTONE"],
      language: "en",
      ownerNotices: false,
    }),
    "mail.overview": async () => undefined,
    "account.changeOwnPassword": async (actor) => ({
      currentPassword: actor ? (f.passwords[actor.id] ?? "unbekannt") : "unbekannt",
      newPassword: `Neu-${unique()}-Passwort`,
    }),
    "account.list": async () => ({ q: "ziel", role: "EDITOR", active: true }),
    "account.byId": async () => ({ id: f.accounts.target }),
    "account.create": async () => ({
      name: `Neues Konto ${unique()}`,
      email: `neu-${unique()}@stadt-koeln.example`,
      role: "VIEWER",
      password: "Erstes-Passwort-2026",
    }),
    "account.update": async () => {
      const row = await db.user.findUniqueOrThrow({ where: { id: f.accounts.target } });
      return { id: row.id, version: row.version, name: `Ziel ${unique()}`, email: row.email, role: row.role };
    },
    "account.setActive": async () => {
      const row = await db.user.findUniqueOrThrow({ where: { id: f.accounts.toggled } });
      return { id: row.id, version: row.version, active: !row.active };
    },
    "account.endSessions": async () => ({ id: f.accounts.target }),
    "account.setPassword": async () => ({ id: f.accounts.target, password: `Gesetzt-${unique()}-Passwort` }),
    "audit.list": async () => ({
      actorId: TEST_ACTORS.ADMIN.id,
      entityType: "AGREEMENT",
      entityId: String(ids.agreement),
      action: "UPDATE",
      from: "2020-01-01",
      to: day(today()),
      q: "Prüf",
      page: 1,
      pageSize: 10,
    }),
    "audit.actors": async () => undefined,
    "audit.history": async () => ({ entityType: "AGREEMENT", entityId: ids.agreement }),
  };
}

/** The valid inputs above whose building writes to the database (the others only read). */
export const BUILDERS_THAT_WRITE: ReadonlySet<string> = new Set([
  "person.erase",
  "workingGroup.removeMilestone",
  "workingGroup.updateMilestone",
  "agreement.transition",
  "savedView.update",
  "savedView.remove",
  "document.remove",
]);

/** After an accepted call: remember what it changed that later valid inputs depend on. */
export function noteAccepted(f: Fixture, path: string, actor: Actor | null, input: unknown): void {
  if (path === "account.changeOwnPassword" && actor && input && typeof input === "object") {
    const next = (input as { newPassword?: unknown }).newPassword;
    if (typeof next === "string") f.passwords[actor.id] = next;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Calls

export const ALLOWED_REFUSALS = ["BAD_REQUEST", "NOT_FOUND", "UNAUTHORIZED", "FORBIDDEN", "CONFLICT"] as const;
export const STATUS_OF: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

export type Outcome =
  | { ok: true; status: number }
  | {
      ok: false;
      /** The tRPC error code ("INTERNAL_SERVER_ERROR" for anything that is not a TRPCError). */
      code: string;
      status: number;
      /** The error as a client gets it: { message, code, data: { code, httpStatus, path, … } }. */
      shape: unknown;
      /** For the report: the error and its cause. */
      detail: string;
    };

function describeError(error: unknown): string {
  const cause = error instanceof TRPCError ? error.cause : undefined;
  const text = (value: unknown) =>
    value instanceof Error ? `${value.name}: ${value.message}`.slice(0, 300) : String(value).slice(0, 300);
  return cause ? `${text(error)} ← ${text(cause)}` : text(error);
}

/** Calls a procedure through the real router (createCaller), as `actor` (null: no session). */
export async function callDirect(db: Db, info: ProcedureInfo, actor: Actor | null, input: unknown): Promise<Outcome> {
  let node: unknown = callerFor(db, actor);
  for (const key of info.path.split(".")) node = (node as Record<string, unknown>)[key];
  try {
    await (node as (input: unknown) => Promise<unknown>)(input);
    return { ok: true, status: 200 };
  } catch (error) {
    if (!(error instanceof TRPCError)) {
      return { ok: false, code: "INTERNAL_SERVER_ERROR", status: 500, shape: null, detail: describeError(error) };
    }
    // The shape the error formatter gives this error, as a client would receive it.
    const shape = getTRPCErrorShape({
      config: appRouter._def._config,
      error,
      type: info.type,
      path: info.path,
      input: undefined,
      ctx: undefined,
    });
    return { ok: false, code: error.code, status: STATUS_OF[error.code] ?? 0, shape, detail: describeError(error) };
  }
}

/** A request body or query parameter as it travels: superjson's { json, meta }, or raw text. */
export type HttpPayload = { kind: "value"; value: unknown; raw: Map<string, string> } | { kind: "raw"; text: string };

function payloadText(payload: HttpPayload): string | undefined {
  if (payload.kind === "raw") return payload.text;
  if (payload.value === undefined) return undefined;
  let text: string;
  try {
    text = JSON.stringify(superjson.serialize(payload.value));
  } catch {
    // superjson refuses to write some values (an own "__proto__" key): send them as a client could, as plain JSON.
    text = JSON.stringify({ json: payload.value }, (_key, value) =>
      typeof value === "bigint" ? value.toString() : value,
    );
  }
  // Values superjson cannot carry (10 000-deep nesting) travel as placeholders, replaced by their JSON text here.
  for (const [token, json] of payload.raw) text = text.replace(JSON.stringify(token), json);
  return text;
}

/** Calls a procedure through tRPC's fetch handler: GET with ?input= for queries, POST with a body for mutations. */
export async function callHttp(
  db: Db,
  info: ProcedureInfo,
  actor: Actor | null,
  payload: HttpPayload,
): Promise<Outcome> {
  const text = payloadText(payload);
  const base = `http://localhost/api/trpc/${info.path}`;
  const request =
    info.type === "query"
      ? new Request(text === undefined ? base : `${base}?input=${encodeURIComponent(text)}`)
      : new Request(base, { method: "POST", headers: { "content-type": "application/json" }, body: text ?? "" });
  let internal: unknown = null;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContextFor(db, actor),
    onError({ error }) {
      if (error.code === "INTERNAL_SERVER_ERROR") internal = error;
    },
  });
  const body = await response.text();
  let parsed: { result?: unknown; error?: { json?: { message?: unknown; code?: unknown; data?: unknown } } };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, code: "NOT_JSON", status: response.status, shape: body.slice(0, 200), detail: body };
  }
  if (response.status === 200 && parsed.result !== undefined) return { ok: true, status: 200 };
  const shape = parsed.error?.json;
  const code = String((shape?.data as { code?: unknown } | undefined)?.code ?? "NO_CODE");
  return {
    ok: false,
    code: response.status >= 500 ? "INTERNAL_SERVER_ERROR" : code,
    status: response.status,
    shape,
    detail: internal ? describeError(internal) : `${response.status} ${String(shape?.message ?? body).slice(0, 300)}`,
  };
}

/**
 * What is wrong with a refusal's error shape, or null: a client must get a message, tRPC's numeric code and
 * data.code / data.httpStatus that agree with the code and the HTTP status.
 */
export function shapeProblem(outcome: Extract<Outcome, { ok: false }>): string | null {
  const shape = outcome.shape as
    | { message?: unknown; code?: unknown; data?: { code?: unknown; httpStatus?: unknown; path?: unknown } }
    | null
    | undefined;
  if (!shape || typeof shape !== "object") return "no error shape";
  if (typeof shape.message !== "string" || shape.message.length === 0) return "no message";
  if (typeof shape.code !== "number") return "no numeric code";
  if (shape.data?.code !== outcome.code) return `data.code ${String(shape.data?.code)} ≠ ${outcome.code}`;
  if (shape.data?.httpStatus !== outcome.status) {
    return `data.httpStatus ${String(shape.data?.httpStatus)} ≠ ${outcome.status}`;
  }
  return null;
}
