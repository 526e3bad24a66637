// The agreement router against a real PostgreSQL with Cologne's demo data: filters, search, sorting, writes,
// the status lifecycle and validation.
import { beforeAll, describe, expect, it } from "vitest";
import { CHONGQING_MOU_TITLE } from "../../../prisma/seed/data";
import type { Db } from "../../db/prisma";
import { AGREEMENT_TRANSITIONS } from "../../domain/agreement-status";
import { AGREEMENT_STATUSES } from "../../domain/enums";
import { callerFor, refusedFields, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
});

async function partnerId(nameDe: string) {
  return (await db.partner.findFirstOrThrow({ where: { nameDe }, select: { id: true } })).id;
}

async function snapshot() {
  const [agreements, changes, areas] = await Promise.all([
    db.agreement.findMany({ orderBy: { id: "asc" } }),
    db.statusChange.count(),
    db.agreementArea.count(),
  ]);
  return { agreements, changes, areas };
}

describe("agreement.list", () => {
  it("returns every agreement with the total when unfiltered", async () => {
    const all = await api.agreement.list({ pageSize: 200 });
    expect(all.total).toBe(await db.agreement.count());
    expect(all.items).toHaveLength(all.total);
  });

  it("filters by status, type, area, country, continent and year, each equal to an independent count", async () => {
    const rows = await db.agreement.findMany({
      select: {
        status: true,
        type: true,
        signedOn: true,
        partner: { select: { countryCode: true, continent: true } },
        areas: { select: { area: { select: { code: true } } } },
      },
    });
    const count = (predicate: (row: (typeof rows)[number]) => boolean) => rows.filter(predicate).length;

    expect((await api.agreement.list({ status: ["SUSPENDED"] })).total).toBe(count((r) => r.status === "SUSPENDED"));
    expect((await api.agreement.list({ status: ["ACTIVE", "DORMANT"] })).total).toBe(
      count((r) => r.status === "ACTIVE" || r.status === "DORMANT"),
    );
    expect((await api.agreement.list({ type: ["CLIMATE_PARTNERSHIP"] })).total).toBe(
      count((r) => r.type === "CLIMATE_PARTNERSHIP"),
    );
    expect((await api.agreement.list({ area: ["ELDERLY_CARE"] })).total).toBe(
      count((r) => r.areas.some((a) => a.area.code === "ELDERLY_CARE")),
    );
    expect((await api.agreement.list({ country: ["cn"] })).total).toBe(count((r) => r.partner.countryCode === "CN"));
    expect((await api.agreement.list({ continent: ["ASIA"] })).total).toBe(
      count((r) => r.partner.continent === "ASIA"),
    );
    const inYears = (r: (typeof rows)[number]) =>
      r.signedOn !== null && r.signedOn.getUTCFullYear() >= 1950 && r.signedOn.getUTCFullYear() <= 1959;
    expect((await api.agreement.list({ yearFrom: 1950, yearTo: 1959 })).total).toBe(count(inYears));
    expect((await api.agreement.list({ type: ["PARTNERSHIP"], yearFrom: 1958, yearTo: 1958 })).total).toBe(5);
  });

  it("searches titles, notes and partner names in every language and script", async () => {
    const titles = async (q: string) => (await api.agreement.list({ q, pageSize: 100 })).items.map((a) => a.title);
    expect(await titles("重庆")).toEqual([CHONGQING_MOU_TITLE]);
    // German name and local name find the same partnership (the German one also finds notes of the 1958 ring).
    expect(await titles("liège")).toEqual(["Städtepartnerschaft Köln–Lüttich"]);
    expect(await titles("Lüttich")).toContain("Städtepartnerschaft Köln–Lüttich");
    expect(await titles("Volgograd")).toContain("Städtepartnerschaft Köln–Wolgograd");
    expect(await titles("Волгоград")).toContain("Städtepartnerschaft Köln–Wolgograd");
    expect(await titles("Seidenstraße")).toContain(CHONGQING_MOU_TITLE);
    expect(await titles("gibt es nicht xyz")).toEqual([]);
    // Search text is data, never SQL.
    expect(await titles('\'; DROP TABLE "Agreement"; --')).toEqual([]);
    expect(await db.agreement.count()).toBeGreaterThan(30);
  });

  it("sorts and paginates without gaps or repeats", async () => {
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await api.agreement.list({ sort: "title", pageSize: 10, page }));
    const ids = pages.flatMap((p) => p.items.map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(pages[0]?.total);
    const titles = pages.flatMap((p) => p.items.map((a) => a.title));
    const dbOrder = await db.agreement.findMany({
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { title: true },
    });
    expect(titles).toEqual(dbOrder.map((a) => a.title));

    const byDate = (await api.agreement.list({ sort: "signedOn", dir: "desc", pageSize: 3 })).items;
    expect(byDate[0]?.title).toBe("Städtepartnerschaft Köln–Dnipro");
  });
});

describe("agreement.create / update", () => {
  it("creates an agreement with areas and a first history entry in one go", async () => {
    const created = await api.agreement.create({
      type: "FRIENDSHIP",
      title: "  Freundschaft Köln–Turku (Test)  ",
      partnerId: await partnerId("Turku"),
      signedOn: "2020-06",
      status: "SIGNED",
      areas: [
        { code: "CULTURE", status: "ACTIVE" },
        { code: "SPORT", status: "PLANNED", notes: "Jugendturnier" },
      ],
    });
    const detail = await api.agreement.byId({ id: created.id });
    expect(detail.title).toBe("Freundschaft Köln–Turku (Test)");
    expect(detail.signedOn).toEqual(new Date(Date.UTC(2020, 5, 1)));
    expect(detail.signedOnPrecision).toBe("MONTH");
    expect(detail.areas.map((a) => [a.area.code, a.status])).toEqual([
      ["CULTURE", "ACTIVE"],
      ["SPORT", "PLANNED"],
    ]);
    expect(detail.statusChanges).toHaveLength(1);
    expect(detail.statusChanges[0]).toMatchObject({ fromStatus: null, toStatus: "SIGNED", changedBy: "Testerin" });
  });

  it("refuses bad input with BAD_REQUEST naming the field, and writes nothing", async () => {
    const before = await snapshot();
    const turku = await partnerId("Turku");
    const base = { type: "FRIENDSHIP" as const, title: "Gültig", partnerId: turku };
    const cases: [string, unknown][] = [
      ["title", { ...base, title: "" }],
      ["title", { ...base, title: "x".repeat(301) }],
      ["title", { ...base, title: "Steuer\u0007zeichen" }],
      ["type", { ...base, type: "ALLIANCE" }],
      ["signedOn", { ...base, signedOn: "2023-02-30" }],
      ["signedOn", { ...base, signedOn: "gestern" }],
      ["partnerId", { ...base, partnerId: -1 }],
      ["partnerId", { ...base, partnerId: 999_999 }],
      ["predecessorId", { ...base, predecessorId: 999_999 }],
      ["areas", { ...base, areas: [{ code: "NOT_AN_AREA" }] }],
      ["areas", { ...base, areas: [{ code: "CULTURE" }, { code: "CULTURE" }] }],
      ["validUntil", { ...base, validFrom: "2020", validUntil: "2019" }],
      ["unexpected", { ...base, unexpected: true }],
    ];
    for (const [field, input] of cases) {
      const error = await trpcError(() => api.agreement.create(input as never));
      expect(error.code, `${field}: ${error.message}`).toBe("BAD_REQUEST");
      expect(refusedFields(error), error.message).toEqual([field]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("updates with the version it was read at, and refuses a stale version with CONFLICT", async () => {
    const { id } = await api.agreement.create({
      type: "CONTACT",
      title: "Kontakt zum Ändern",
      partnerId: await partnerId("Cork"),
    });
    const read = await api.agreement.byId({ id });
    const input = {
      id,
      version: read.version,
      type: read.type,
      title: "Kontakt geändert",
      partnerId: read.partner.id,
      areas: [{ code: "TOURISM", status: "ACTIVE" as const }],
    };
    const saved = await api.agreement.update(input);
    expect(saved.version).toBe(read.version + 1);

    const stale = await trpcError(() => api.agreement.update({ ...input, title: "Überschrieben?" }));
    expect(stale.code).toBe("CONFLICT");
    const after = await api.agreement.byId({ id });
    expect(after.title).toBe("Kontakt geändert");
    expect(after.areas.map((a) => a.area.code)).toEqual(["TOURISM"]);
  });

  it("refuses a predecessor cycle", async () => {
    const a = await api.agreement.create({ type: "CONTACT", title: "Kette A", partnerId: await partnerId("Cork") });
    const b = await api.agreement.create({
      type: "CONTACT",
      title: "Kette B",
      partnerId: await partnerId("Cork"),
      predecessorId: a.id,
    });
    const read = await api.agreement.byId({ id: a.id });
    const error = await trpcError(() =>
      api.agreement.update({
        id: a.id,
        version: read.version,
        type: read.type,
        title: read.title,
        partnerId: read.partner.id,
        predecessorId: b.id,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(refusedFields(error)).toEqual(["predecessorId"]);
  });

  it("answers NOT_FOUND for an unknown agreement", async () => {
    expect((await trpcError(() => api.agreement.byId({ id: 987_654 }))).code).toBe("NOT_FOUND");
  });
});

describe("agreement.transition", () => {
  async function freshAgreement(status: (typeof AGREEMENT_STATUSES)[number]) {
    return api.agreement.create({
      type: "PROJECT_PARTNERSHIP",
      title: `Projekt ${status}`,
      partnerId: await partnerId("Kattowitz"),
      status,
      signedOn: "2015-01-01",
    });
  }

  it("allows every transition of the table and records who, when, from, to and why", async () => {
    for (const [from, targets] of Object.entries(AGREEMENT_TRANSITIONS)) {
      for (const to of targets) {
        const { id } = await freshAgreement(from as (typeof AGREEMENT_STATUSES)[number]);
        const result = await api.agreement.transition({ id, to, reason: `Test ${from} → ${to}` });
        expect(result.status).toBe(to);
        const [latest] = (await api.agreement.byId({ id })).statusChanges;
        expect(latest).toMatchObject({
          fromStatus: from,
          toStatus: to,
          reason: `Test ${from} → ${to}`,
          changedBy: "Testerin",
        });
      }
    }
  });

  it("refuses every transition not in the table, naming the allowed ones, and changes nothing", async () => {
    for (const from of AGREEMENT_STATUSES) {
      const { id } = await freshAgreement(from);
      for (const to of AGREEMENT_STATUSES.filter((s) => !AGREEMENT_TRANSITIONS[from].includes(s))) {
        const before = await snapshot();
        const error = await trpcError(() => api.agreement.transition({ id, to, reason: "Nicht erlaubt" }));
        expect(error.code).toBe("BAD_REQUEST");
        for (const allowed of AGREEMENT_TRANSITIONS[from]) expect(error.message).toContain(allowed);
        expect(await snapshot()).toEqual(before);
      }
    }
  });

  it("records a suspension's scope, like Volgograd's", async () => {
    const { id } = await freshAgreement("ACTIVE");
    await api.agreement.transition({
      id,
      to: "SUSPENDED",
      reason: "Offizielle Kontakte ausgesetzt",
      scope: "Offizielle Kontakte; Zivilgesellschaft läuft weiter",
      effectiveOn: "2022-03-03",
    });
    const detail = await api.agreement.byId({ id });
    expect(detail.statusScope).toBe("Offizielle Kontakte; Zivilgesellschaft läuft weiter");
    expect(detail.statusSince).toEqual(new Date(Date.UTC(2022, 2, 3)));
  });

  it("requires a reason and refuses dates in the future or before the current status, and scopes on ACTIVE", async () => {
    const { id } = await freshAgreement("ACTIVE");
    const before = await snapshot();
    const cases: [string, object][] = [
      ["reason", { id, to: "DORMANT", reason: "" }],
      ["reason", { id, to: "DORMANT", reason: "x".repeat(2001) }],
      ["effectiveOn", { id, to: "DORMANT", reason: "Zukunft", effectiveOn: "2999-01-01" }],
      ["effectiveOn", { id, to: "DORMANT", reason: "Zu früh", effectiveOn: "2014-12-31" }],
      ["scope", { id, to: "ENDED", reason: "Scope falsch", scope: "nur teilweise" }],
      ["to", { id, to: "UNKNOWN", reason: "Unbekannt" }],
    ];
    for (const [field, input] of cases) {
      const error = await trpcError(() => api.agreement.transition(input as never));
      expect(error.code, field).toBe("BAD_REQUEST");
      expect(refusedFields(error), error.message).toEqual([field]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets exactly one of two simultaneous transitions from the same status through", async () => {
    const { id } = await freshAgreement("ACTIVE");
    const results = await Promise.allSettled([
      api.agreement.transition({ id, to: "ENDED", reason: "Erste" }),
      api.agreement.transition({ id, to: "ENDED", reason: "Zweite" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const detail = await api.agreement.byId({ id });
    expect(detail.statusChanges.filter((c) => c.toStatus === "ENDED")).toHaveLength(1);
  });

  it("keeps the history leading to the current status for every seeded agreement", async () => {
    const agreements = await db.agreement.findMany({
      select: { status: true, statusChanges: { orderBy: [{ effectiveOn: "asc" }, { id: "asc" }] } },
    });
    for (const agreement of agreements) {
      const chain = agreement.statusChanges;
      expect(chain[0]?.fromStatus).toBeNull();
      for (let i = 1; i < chain.length; i++) expect(chain[i]?.fromStatus).toBe(chain[i - 1]?.toStatus);
      expect(chain.at(-1)?.toStatus).toBe(agreement.status);
    }
  });
});

describe("review fixes", () => {
  it("treats % and _ in a search as text, not as wildcards", async () => {
    expect((await api.agreement.list({ q: "%" })).total).toBe(0);
    const underscore = await api.agreement.list({ q: "_", pageSize: 200 });
    expect(underscore.total).toBeLessThan(await db.agreement.count());
    for (const item of underscore.items) expect(item.title).toContain("_"); // e.g. "Projekt IN_NEGOTIATION"
    const { id } = await api.agreement.create({
      type: "CONTACT",
      title: "Quote 100% sicher_test",
      partnerId: await partnerId("Cork"),
    });
    expect((await api.agreement.list({ q: "100%" })).items.map((a) => a.id)).toEqual([id]);
    expect((await api.agreement.list({ q: "r_t" })).items.map((a) => a.id)).toEqual([id]);
  });

  it("lets an agreement signed in the future change its status today", async () => {
    const { id } = await api.agreement.create({
      type: "FRIENDSHIP",
      title: "Unterzeichnung geplant",
      partnerId: await partnerId("Cork"),
      status: "IN_NEGOTIATION",
    });
    // The form refuses a signature in the future now; a record stored before that rule may still have one.
    await db.agreement.update({
      where: { id },
      data: { signedOn: new Date(Date.UTC(2199, 5, 1)), signedOnPrecision: "MONTH" },
    });
    await api.agreement.transition({ id, to: "SIGNED", reason: "Doch früher unterzeichnet" });
    expect((await api.agreement.byId({ id })).status).toBe("SIGNED");
  });

  it("refuses a status change decided on an outdated view with CONFLICT", async () => {
    const { id } = await api.agreement.create({
      type: "FRIENDSHIP",
      title: "Zwei Bearbeiter",
      partnerId: await partnerId("Cork"),
      status: "ACTIVE",
    });
    const seen = await api.agreement.byId({ id });
    await api.agreement.transition({ id, version: seen.version, to: "SUSPENDED", reason: "Erste Person" });
    const error = await trpcError(() =>
      api.agreement.transition({ id, version: seen.version, to: "ENDED", reason: "Zweite Person, sah noch Aktiv" }),
    );
    expect(error.code).toBe("CONFLICT");
    const after = await api.agreement.byId({ id });
    expect(after.status).toBe("SUSPENDED");
    expect(after.statusChanges).toHaveLength(2);
  });

  it("records a scope on creation only for dormant or suspended agreements", async () => {
    const base = { type: "FRIENDSHIP" as const, title: "Mit Geltungsbereich", partnerId: await partnerId("Cork") };
    const error = await trpcError(() => api.agreement.create({ ...base, status: "ACTIVE", statusScope: "nur Kultur" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(refusedFields(error)).toEqual(["statusScope"]);
    const { id } = await api.agreement.create({ ...base, status: "DORMANT", statusScope: "nur Kultur" });
    expect((await api.agreement.byId({ id })).statusScope).toBe("nur Kultur");
  });

  it("lists exactly the quiet agreements the dashboard counts", async () => {
    const [quiet, dashboard] = await Promise.all([
      api.agreement.list({ quiet: true, pageSize: 200 }),
      api.statistics.dashboard(),
    ]);
    expect(quiet.total).toBe(dashboard.keyFigures.quiet.count);
    for (const { type, count } of dashboard.keyFigures.quiet.byType) {
      expect(quiet.items.filter((agreement) => agreement.type === type)).toHaveLength(count);
    }
  });
});

it("sorts by the partner's name in either language", async () => {
  for (const [sort, field] of [
    ["partner", "nameDe"],
    ["partnerEn", "nameEn"],
  ] as const) {
    const listed = (await api.agreement.list({ sort, pageSize: 200 })).items.map((a) => a.id);
    // PostgreSQL's collation decides the order; compare with the same order computed by the database.
    const ordered = await db.agreement.findMany({
      orderBy: [{ partner: { [field]: "asc" } }, { id: "asc" }],
      select: { id: true },
    });
    expect(listed).toEqual(ordered.map((a) => a.id));
  }
});

it("filters by the status of an area link, on the same link as the area", async () => {
  const links = await db.agreementArea.findMany({
    select: { agreementId: true, status: true, area: { select: { code: true } } },
  });
  const matching = (code: string | null, status: string) =>
    new Set(
      links.filter((l) => (code === null || l.area.code === code) && l.status === status).map((l) => l.agreementId),
    ).size;
  const total = async (input: { area?: string[]; areaStatus?: ("PLANNED" | "ACTIVE")[] }) =>
    (await api.agreement.list({ ...input, pageSize: 200 })).total;
  expect(await total({ area: ["ECONOMY"], areaStatus: ["PLANNED"] })).toBe(matching("ECONOMY", "PLANNED"));
  expect(await total({ area: ["ECONOMY"], areaStatus: ["PLANNED"] })).toBeGreaterThan(0);
  expect(await total({ area: ["ECONOMY"], areaStatus: ["ACTIVE"] })).toBe(matching("ECONOMY", "ACTIVE"));
  expect(await total({ areaStatus: ["ACTIVE"] })).toBe(matching(null, "ACTIVE"));
});
