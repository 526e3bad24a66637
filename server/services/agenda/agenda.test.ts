// The agenda against an independent computation: the expected entries are worked out here from the raw rows with
// plain string and calendar arithmetic (no helper of the app), for the seed (read with SQL, not through Prisma's
// models), for generated data, and across date boundaries: year ends, leap days, dates known to the month or the
// year, and Cologne's midnight in winter and summer time.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { agendaPage, getAgenda, getAgendaFigures } from "./agenda";
import { type AgendaRows, agendaWindow, computeAgenda, groupAgenda } from "./compute";

// --- The independent computation ------------------------------------------------------------------------------

type Precision = "DAY" | "MONTH" | "YEAR";
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const iso = (date: Date) => date.toISOString().slice(0, 10);
const daysInMonth = (year: number, month: number) =>
  [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
function isLeap(year: number) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
/** [first, last] day of a stored date's period, as "YYYY-MM-DD" strings. */
function span(day: string, precision: Precision): [string, string] {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  if (precision === "YEAR") return [`${y}-01-01`, `${y}-12-31`];
  if (precision === "MONTH") return [`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`];
  return [day, day];
}
/** The same day a year later, counting days one by one from the given day (no Date arithmetic of the app). */
function plusOneYear(day: string): string {
  const [y, m, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  return `${y + 1}-${pad(m)}-${pad(Math.min(d, daysInMonth(y + 1, m)))}`;
}
function dayCount(from: string, to: string): number {
  let count = 0;
  let [y, m, d] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const step = from <= to ? 1 : -1;
  let current = from;
  while (current !== to) {
    if (step > 0) {
      d += 1;
      if (d > daysInMonth(y, m)) [d, m] = [1, m + 1];
      if (m > 12) [m, y] = [1, y + 1];
    } else {
      d -= 1;
      if (d < 1) {
        m -= 1;
        if (m < 1) [m, y] = [12, y - 1];
        d = daysInMonth(y, m);
      }
    }
    current = `${y}-${pad(m)}-${pad(d)}`;
    count += step;
  }
  return count;
}
const ROUND = (n: number) => [5, 10, 25, 40].includes(n) || (n >= 50 && (n % 10 === 0 || n % 25 === 0));
const IN_FORCE = ["SIGNED", "ACTIVE", "DORMANT", "SUSPENDED"];
const PENDING = ["OPEN", "IN_PROGRESS"];

interface Raw {
  agreements: {
    id: number;
    status: string;
    signed: string | null;
    signedP: Precision;
    until: string | null;
    untilP: Precision;
  }[];
  milestones: { id: number; status: string; due: string | null }[];
  commitments: { id: number; status: string; due: string | null; dueP: Precision }[];
}

/** The expected entries as "key state" strings. */
function expected(raw: Raw, today: string): string[] {
  const end = plusOneYear(today);
  const out: string[] = [];
  const due = (key: string, first: string, last: string) => {
    if (last < today) out.push(`${key} OVERDUE`);
    else if (first < end) out.push(`${key} DUE`);
  };
  for (const a of raw.agreements) {
    if (!IN_FORCE.includes(a.status)) continue;
    if (a.until) {
      const last = span(a.until, a.untilP)[1];
      const days = dayCount(today, last);
      if (days < 0) out.push(`valid-until-${a.id} OVERDUE`);
      else if (days <= 180) out.push(`valid-until-${a.id} DUE`);
    }
    if (a.signed) {
      const y0 = Number(a.signed.slice(0, 4));
      for (let n = 1; n <= 300; n++) {
        if (!ROUND(n)) continue;
        const y = y0 + n;
        const m = Number(a.signed.slice(5, 7));
        const d = Math.min(Number(a.signed.slice(8, 10)), daysInMonth(y, m));
        const [first, last] = span(`${y}-${pad(m)}-${pad(d)}`, a.signedP);
        if (last >= today && first < end) out.push(`anniversary-${a.id}-${n} OCCASION`);
      }
    }
  }
  for (const ms of raw.milestones) if (PENDING.includes(ms.status) && ms.due) due(`milestone-${ms.id}`, ms.due, ms.due);
  for (const c of raw.commitments) {
    if (!PENDING.includes(c.status)) continue;
    if (!c.due) out.push(`commitment-${c.id} NO_DEADLINE`);
    else due(`commitment-${c.id}`, ...span(c.due, c.dueP));
  }
  return out.sort();
}

function actual(rows: AgendaRows, today: string): string[] {
  const window = agendaWindow(new Date(`${today}T00:00:00Z`));
  return computeAgenda(rows, window)
    .map((entry) => `${entry.key} ${entry.state}`)
    .sort();
}

// --- Rows in the app's shape from the raw ones ---------------------------------------------------------------

const NAMED = { id: 1, nameDe: "P", nameEn: "P" };
const d = (text: string | null) => (text ? new Date(`${text}T00:00:00Z`) : null);
function rowsOf(raw: Raw): AgendaRows {
  return {
    agreements: raw.agreements.map((a) => ({
      id: a.id,
      title: `A${a.id}`,
      status: a.status as never,
      signedOn: d(a.signed),
      signedOnPrecision: a.signedP,
      validUntil: d(a.until),
      validUntilPrecision: a.untilP,
      responsibleUnit: null,
      partner: NAMED,
      areaCodes: [],
    })),
    milestones: raw.milestones.map((ms) => ({
      id: ms.id,
      title: `M${ms.id}`,
      status: ms.status as never,
      dueOn: d(ms.due),
      workingGroupId: 1,
      workingGroupName: "G",
      lead: null,
      agreementId: raw.agreements[0]?.id ?? 1,
    })),
    commitments: raw.commitments.map((c) => ({
      id: c.id,
      title: `C${c.id}`,
      status: c.status as never,
      dueOn: d(c.due),
      dueOnPrecision: c.dueP,
      ownerCologne: null,
      ownerPartner: null,
      agreementId: raw.agreements[0]?.id ?? 1,
    })),
    reviews: [],
  };
}

/** A stored value at its precision: the 1st of the month, 1 January. */
function stored(day: string, precision: Precision) {
  return precision === "YEAR" ? `${day.slice(0, 4)}-01-01` : precision === "MONTH" ? `${day.slice(0, 7)}-01` : day;
}

// --- Generated data ------------------------------------------------------------------------------------------

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe("the agenda computed independently: generated data", () => {
  const TODAYS = ["2026-12-31", "2027-01-01", "2024-02-28", "2024-02-29", "2025-02-28", "2026-06-30", "2027-12-07"];
  it.each(TODAYS)("matches on %s for 400 random records", (today) => {
    const next = random(Number(today.replaceAll("-", "")));
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
    const day = (from: number, to: number) => {
      const y = from + Math.floor(next() * (to - from + 1));
      const m = 1 + Math.floor(next() * 12);
      // Leap days and month ends on purpose.
      const dd = next() < 0.2 ? daysInMonth(y, m) : 1 + Math.floor(next() * daysInMonth(y, m));
      return `${y}-${pad(m)}-${pad(dd)}`;
    };
    const precisions = ["DAY", "MONTH", "YEAR"] as const;
    const raw: Raw = { agreements: [], milestones: [], commitments: [] };
    const year = Number(today.slice(0, 4));
    for (let id = 1; id <= 400; id++) {
      const signedP = pick(precisions);
      const untilP = pick(precisions);
      raw.agreements.push({
        id,
        status: pick(["ACTIVE", "SIGNED", "DORMANT", "SUSPENDED", "ENDED", "PROPOSED"]),
        signed:
          next() < 0.9
            ? stored(next() < 0.1 ? `${pick([1952, 1976, 1996, 2000])}-02-29` : day(1940, year), signedP)
            : null,
        signedP,
        until: next() < 0.5 ? stored(day(year - 1, year + 1), untilP) : null,
        untilP,
      });
      raw.milestones.push({
        id,
        status: pick(["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"]),
        due: next() < 0.8 ? day(year - 1, year + 2) : null,
      });
      const dueP = pick(precisions);
      raw.commitments.push({
        id,
        status: pick(["OPEN", "IN_PROGRESS", "DONE", "DROPPED"]),
        due: next() < 0.7 ? stored(day(year - 1, year + 2), dueP) : null,
        dueP,
      });
    }
    // Fix impossible leap days of the generator (1952-02-29 etc. are real; 1900-02-29 would not be).
    const want = expected(raw, today);
    expect(actual(rowsOf(raw), today)).toEqual(want);
    expect(want.length).toBeGreaterThan(50);
  });
});

describe("the agenda across date boundaries", () => {
  const one = (partial: Partial<Raw>): Raw => ({ agreements: [], milestones: [], commitments: [], ...partial });

  it("a commitment due in a month is due until its last day, overdue the day after (year end)", () => {
    const raw = one({ commitments: [{ id: 1, status: "OPEN", due: "2026-12-01", dueP: "MONTH" }] });
    expect(actual(rowsOf(raw), "2026-12-31")).toEqual(["commitment-1 DUE"]);
    expect(actual(rowsOf(raw), "2027-01-01")).toEqual(["commitment-1 OVERDUE"]);
  });

  it("a commitment due in a year shows all that year and from the window's start before it", () => {
    const raw = one({ commitments: [{ id: 1, status: "OPEN", due: "2027-01-01", dueP: "YEAR" }] });
    expect(actual(rowsOf(raw), "2026-01-02")).toEqual(["commitment-1 DUE"]);
    expect(actual(rowsOf(raw), "2027-12-31")).toEqual(["commitment-1 DUE"]);
    expect(actual(rowsOf(raw), "2028-01-01")).toEqual(["commitment-1 OVERDUE"]);
    expect(actual(rowsOf(raw), "2025-12-31")).toEqual([]);
  });

  it("a signing on 29 February is remembered on 28 February in common years and on the 29th in leap years", () => {
    const raw = one({
      agreements: [{ id: 7, status: "ACTIVE", signed: "1976-02-29", signedP: "DAY", until: null, untilP: "DAY" }],
    });
    const entries = (today: string) =>
      computeAgenda(rowsOf(raw), agendaWindow(new Date(`${today}T00:00:00Z`))).map((e) => [e.key, iso(e.date as Date)]);
    // 50 years in 2026 (a common year), 2026-02-28; 2026-03-01 is already past it.
    expect(entries("2026-02-28")).toEqual([["anniversary-7-50", "2026-02-28"]]);
    expect(entries("2026-03-01")).toEqual([]);
    // 60 years in 2036 (a leap year): the 29th.
    expect(entries("2036-01-15")).toEqual([["anniversary-7-60", "2036-02-29"]]);
  });

  it("says an anniversary at its date's precision and groups a year-only one under its year", () => {
    const raw = one({
      agreements: [
        { id: 1, status: "ACTIVE", signed: "1952-01-01", signedP: "YEAR", until: null, untilP: "DAY" },
        { id: 2, status: "ACTIVE", signed: "1958-07-03", signedP: "DAY", until: null, untilP: "DAY" },
      ],
    });
    const agenda = computeAgenda(rowsOf(raw), agendaWindow(new Date("2027-08-01T00:00:00Z")));
    const liverpool = agenda.find((entry) => entry.key === "anniversary-1-75");
    expect(liverpool?.precision).toBe("YEAR");
    expect(liverpool && iso(liverpool.date as Date)).toBe("2027-01-01");
    const ring = agenda.find((entry) => entry.key === "anniversary-2-70");
    expect(ring && iso(ring.date as Date)).toBe("2028-07-03");
    expect(agenda.find((entry) => entry.key === "anniversary-2-69")).toBeUndefined();
    const groups = groupAgenda(agenda);
    expect(groups.map((group) => group.key)).toEqual(["2027", "2028-07"]);
  });

  it("announces a 'valid until' 180 days ahead with its step and keeps it after it passed while in force", () => {
    const raw = one({
      agreements: [
        { id: 1, status: "ACTIVE", signed: null, signedP: "DAY", until: "2027-06-30", untilP: "DAY" },
        { id: 2, status: "ENDED", signed: null, signedP: "DAY", until: "2026-01-31", untilP: "DAY" },
        { id: 3, status: "ACTIVE", signed: null, signedP: "DAY", until: "2026-01-01", untilP: "MONTH" },
      ],
    });
    const at = (today: string) => computeAgenda(rowsOf(raw), agendaWindow(new Date(`${today}T00:00:00Z`)));
    expect(at("2026-12-31").find((e) => e.key === "valid-until-1")).toBeUndefined(); // 181 days
    expect(at("2027-01-01").find((e) => e.key === "valid-until-1")?.leadDays).toBe(180);
    expect(at("2027-04-01").find((e) => e.key === "valid-until-1")?.leadDays).toBe(90);
    expect(at("2027-05-31").find((e) => e.key === "valid-until-1")?.leadDays).toBe(30);
    expect(at("2027-07-01").find((e) => e.key === "valid-until-1")?.state).toBe("OVERDUE");
    // Ended agreements are not reminded; a month-precise "valid until" runs to the month's end.
    expect(at("2026-01-31").map((e) => `${e.key} ${e.state}`)).toEqual(["valid-until-3 DUE"]);
    expect(at("2026-02-01").map((e) => `${e.key} ${e.state}`)).toEqual(["valid-until-3 OVERDUE"]);
  });
});

// --- The seed, read raw ----------------------------------------------------------------------------------------

describe("the agenda of the seed, against the raw rows", () => {
  let db: Db;
  let raw: Raw;
  let ids: Record<string, number>;

  beforeAll(async () => {
    ({ db } = await createTestDatabase("seeded"));
    const text = (v: Date | null) => (v ? iso(v) : null);
    const agreements = await db.$queryRaw<
      {
        id: number;
        title: string;
        status: string;
        signedOn: Date | null;
        sp: Precision;
        validUntil: Date | null;
        vp: Precision;
      }[]
    >`SELECT id, title, status::text AS status, "signedOn", "signedOnPrecision"::text AS sp, "validUntil",
             "validUntilPrecision"::text AS vp FROM "Agreement"`;
    const milestones = await db.$queryRaw<{ id: number; status: string; dueOn: Date | null }[]>`
      SELECT id, status::text AS status, "dueOn" FROM "Milestone"`;
    const commitments = await db.$queryRaw<{ id: number; status: string; dueOn: Date | null; p: Precision }[]>`
      SELECT id, status::text AS status, "dueOn", "dueOnPrecision"::text AS p FROM "Commitment"`;
    raw = {
      agreements: agreements.map((a) => ({
        id: a.id,
        status: a.status,
        signed: text(a.signedOn),
        signedP: a.sp,
        until: text(a.validUntil),
        untilP: a.vp,
      })),
      milestones: milestones.map((ms) => ({ id: ms.id, status: ms.status, due: text(ms.dueOn) })),
      commitments: commitments.map((c) => ({ id: c.id, status: c.status, due: text(c.dueOn), dueP: c.p })),
    };
    ids = Object.fromEntries(agreements.map((a) => [a.title, a.id]));
  });

  const keysOf = async (now: Date) =>
    (await getAgenda(db, {}, now)).entries.map((entry) => `${entry.key} ${entry.state}`).sort();

  it.each(["2023-01-10", "2024-06-11", "2026-12-07", "2027-12-31", "2028-02-29"])("matches on %s", async (day) => {
    // Noon in Cologne: the calendar day is the same in UTC.
    expect(await keysOf(new Date(`${day}T11:00:00Z`))).toEqual(expected(raw, day));
  });

  it("has the anniversaries the issue names: Kyoto's 60th (2023), Tunis's 60th (2024), Liverpool's 75th (2027), the ring's 70th (2028)", async () => {
    const kyoto = ids["Städtepartnerschaft Köln–Kyoto"];
    const tunis = ids["Städtepartnerschaft Köln–Tunis"];
    const liverpool = ids["Städtepartnerschaft Köln–Liverpool"];
    const lille = ids["Städtepartnerschaft Köln–Lille"];
    expect(await keysOf(new Date("2023-01-10T11:00:00Z"))).toContain(`anniversary-${kyoto}-60 OCCASION`);
    expect(await keysOf(new Date("2024-01-10T11:00:00Z"))).toContain(`anniversary-${tunis}-60 OCCASION`);
    expect(await keysOf(new Date("2026-12-07T11:00:00Z"))).toContain(`anniversary-${liverpool}-75 OCCASION`);
    expect(await keysOf(new Date("2028-01-10T11:00:00Z"))).toContain(`anniversary-${lille}-70 OCCASION`);
  });

  it("the six commitments of the Chongqing MoU are on the agenda without a deadline", async () => {
    const agenda = await getAgenda(db, { kind: ["COMMITMENT"] }, new Date("2026-12-07T11:00:00Z"));
    expect(agenda.entries.filter((entry) => entry.state === "NO_DEADLINE")).toHaveLength(6);
    expect(agenda.groups.map((group) => group.kind)).toEqual(["noDeadline"]);
  });

  it("turns at Cologne's midnight, in winter and in summer time", async () => {
    const mou = await db.agreement.findFirstOrThrow({ where: { title: { contains: "Chongqing" } } });
    const api = callerFor(db);
    const cases = [
      // due day, last moment of it in Cologne (UTC), first moment of the next day in Cologne (UTC)
      ["2026-12-07", "2026-12-07T22:59:59Z", "2026-12-07T23:00:00Z"], // CET, UTC+1
      ["2026-07-14", "2026-07-14T21:59:59Z", "2026-07-14T22:00:00Z"], // CEST, UTC+2
      ["2026-03-28", "2026-03-28T22:59:59Z", "2026-03-28T23:00:00Z"], // the night summer time begins
      ["2026-10-24", "2026-10-24T21:59:59Z", "2026-10-24T22:00:00Z"], // the night before it ends
    ] as const;
    for (const [dueOn, lastMoment, nextDay] of cases) {
      const created = await api.commitment.create({ title: `Mitternacht ${dueOn}`, agreementId: mou.id, dueOn });
      const key = `commitment-${created.id}`;
      const state = async (now: string) =>
        (await getAgenda(db, { kind: ["COMMITMENT"] }, new Date(now))).entries.find((e) => e.key === key)?.state;
      expect(await state(lastMoment), `${dueOn} at ${lastMoment}`).toBe("DUE");
      expect(await state(nextDay), `${dueOn} at ${nextDay}`).toBe("OVERDUE");
      const before = await getAgendaFigures(db, new Date(lastMoment));
      const after = await getAgendaFigures(db, new Date(nextDay));
      expect(after.overdue).toBe(before.overdue + 1);
      await api.commitment.setStatus({ id: created.id, version: 1, status: "DROPPED", reason: "Nur ein Test." });
    }
  });

  it("filters by kind, owner, partner, area and due, and the figures count what the due filter shows", async () => {
    const now = new Date("2026-12-07T11:00:00Z");
    const mou = await db.agreement.findFirstOrThrow({ where: { title: { contains: "Chongqing" } } });
    const api = callerFor(db);
    const owner = `Büro ${Date.now()}`;
    const late = await api.commitment.create({
      title: "Spät",
      agreementId: mou.id,
      dueOn: "2026-11",
      ownerCologne: owner,
    });
    const soon = await api.commitment.create({
      title: "Bald",
      agreementId: mou.id,
      dueOn: "2026-12-20",
      ownerCologne: owner,
    });
    const byOwner = await getAgenda(db, { owner: owner.toUpperCase() }, now);
    expect(byOwner.entries.map((e) => e.key).sort()).toEqual([`commitment-${late.id}`, `commitment-${soon.id}`].sort());
    const overdue = await getAgenda(db, { due: "overdue" }, now);
    const dueSoon = await getAgenda(db, { due: "soon" }, now);
    const figures = await getAgendaFigures(db, now);
    expect(figures).toEqual({ overdue: overdue.entries.length, dueSoon: dueSoon.entries.length });
    expect(overdue.entries.map((e) => e.key)).toContain(`commitment-${late.id}`);
    expect(dueSoon.entries.map((e) => e.key)).toContain(`commitment-${soon.id}`);
    const byPartner = await getAgenda(db, { partnerId: mou.partnerId }, now);
    expect(byPartner.entries.every((e) => e.partner?.id === mou.partnerId)).toBe(true);
    const byArea = await getAgenda(db, { area: ["ELDERLY_CARE"] }, now);
    expect(byArea.entries.length).toBeGreaterThan(0);
    expect(byArea.entries.every((e) => e.agreement?.id === mou.id)).toBe(true);
    const anniversaries = await getAgenda(db, { kind: ["ANNIVERSARY"] }, now);
    expect(anniversaries.entries.every((e) => e.kind === "ANNIVERSARY")).toBe(true);
    // Through the router, as the page asks (the URL's shape).
    const viaRouter = await callerFor(db).agenda.list({ kind: ["COMMITMENT"], owner });
    expect(viaRouter.total).toBe(2);
    expect(viaRouter.groups.flatMap((group) => group.entries)).toHaveLength(2);
  });

  it("pages a long agenda in its order, each group on a page knowing its full size", async () => {
    const agenda = await getAgenda(db, {}, new Date("2026-12-07T11:00:00Z"));
    const size = 3;
    const pages = Array.from({ length: Math.ceil(agenda.entries.length / size) }, (_, i) =>
      agendaPage(agenda, i + 1, size),
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.total === agenda.entries.length && page.pageCount === pages.length)).toBe(true);
    // Every entry once, in the same order, and under its own group.
    const paged = pages.flatMap((page) =>
      page.groups.flatMap((group) => group.entries.map((e) => `${group.key} ${e.key}`)),
    );
    expect(paged).toEqual(agenda.groups.flatMap((group) => group.entries.map((e) => `${group.key} ${e.key}`)));
    for (const page of pages) {
      expect(page.groups.reduce((n, group) => n + group.entries.length, 0)).toBeLessThanOrEqual(size);
      for (const group of page.groups) {
        expect(group.total).toBe(agenda.groups.find((other) => other.key === group.key)?.entries.length);
      }
    }
    // A page past the last shows the last.
    expect(agendaPage(agenda, 999, size).page).toBe(pages.length);
  });

  it("the dashboard's figures (agenda.figures) are cached, and a change made through the API shows at once", async () => {
    const api = callerFor(db);
    const before = await api.agenda.figures();
    expect(await api.agenda.figures()).toEqual(before);
    const mou = await db.agreement.findFirstOrThrow({ where: { title: { contains: "Chongqing" } } });
    await api.commitment.create({ title: "Längst fällig", agreementId: mou.id, dueOn: "2020-02" });
    expect((await api.agenda.figures()).overdue).toBe(before.overdue + 1);
  });
});
