// The timeline (issue 21) through the real router against PostgreSQL: its bars, segments and marks counted against the
// seed read with SQL (not through the service's queries), and against generated data whose lines are known from how
// they were made; the seed's cases (Volgograd, Corinto, Dnipro's succession, the 2019 Chongqing visit) by value; the
// zoom, the orders, the filters (the agreement list's) and the pages.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { TIMELINE_PAGE_SIZE, type TTimelineInput } from "../../lists/timeline";
import { callerFor, TEST_ACTORS } from "../../test/caller";
import { createTestDatabase, withPgClient } from "../../test/database";
import type { TimelineLine } from "./compute";

type Api = ReturnType<typeof callerFor>;
const iso = (date: Date | undefined | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Every line of the timeline for an input, over all its pages. */
async function allLines(api: Api, input: Parameters<Api["timeline"]["list"]>[0] = {}): Promise<TimelineLine[]> {
  const first = await api.timeline.list({ ...input, page: 1 });
  const lines = [...first.lines];
  for (let page = 2; page <= first.pageCount; page++)
    lines.push(...(await api.timeline.list({ ...input, page })).lines);
  expect(lines).toHaveLength(first.total);
  return lines;
}

const counts = (lines: readonly TimelineLine[]) => ({
  lines: lines.length,
  bars: lines.reduce((sum, line) => sum + line.bars.length, 0),
  segments: lines.reduce((sum, line) => sum + line.bars.reduce((s, bar) => s + bar.segments.length, 0), 0),
  ended: lines.reduce((sum, line) => sum + line.bars.filter((bar) => bar.end !== null).length, 0),
  marks: lines.reduce((sum, line) => sum + line.marks.length, 0),
});

describe("the timeline of the seed", () => {
  let db: Db;
  let url: string;
  let api: Api;
  beforeAll(async () => {
    ({ db, url } = await createTestDatabase("seeded"));
    api = callerFor(db, TEST_ACTORS.VIEWER);
  });

  /** The expected figures, from SQL of its own: lines follow predecessor links to their first agreement. */
  async function expectedFromSql(where = "TRUE") {
    return withPgClient(url, async (client) => {
      const q = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
      const matching = `SELECT a.id, a."predecessorId" FROM "Agreement" a JOIN "Partner" p ON p.id = a."partnerId" WHERE ${where}`;
      const roots = `WITH RECURSIVE m AS (${matching}),
        chain(id, root) AS (
          SELECT id, id FROM m WHERE "predecessorId" IS NULL OR "predecessorId" NOT IN (SELECT id FROM m)
          UNION ALL SELECT m.id, chain.root FROM m JOIN chain ON m."predecessorId" = chain.id)`;
      return {
        lines: await q(`${roots} SELECT count(DISTINCT root) AS n FROM chain`),
        bars: await q(`SELECT count(*) AS n FROM (${matching}) m`),
        segments: await q(
          `SELECT count(*) AS n FROM "StatusChange" s WHERE s."toStatus" <> 'ENDED'
           AND s."agreementId" IN (SELECT id FROM (${matching}) m)`,
        ),
        ended: await q(
          `SELECT count(*) AS n FROM (${matching}) m JOIN "Agreement" a USING (id) WHERE a.status = 'ENDED'`,
        ),
        marks: await q(
          `${roots} SELECT count(DISTINCT (chain.root, aa."activityId")) AS n
           FROM chain JOIN "ActivityAgreement" aa ON aa."agreementId" = chain.id`,
        ),
      };
    });
  }

  it("draws every agreement as a bar, every status before its end as a segment, every linked activity as a mark", async () => {
    const lines = await allLines(api);
    const want = await expectedFromSql();
    expect(counts(lines)).toEqual(want);
    expect(want.bars).toBeGreaterThan(30);
    expect(want.lines).toBe(want.bars - 1); // Dnipro's two agreements are one line
    expect(want.marks).toBeGreaterThanOrEqual(2);
  });

  it("Volgograd: active from 28 Nov 1988, suspended since 3 March 2022 with its scope, running to today", async () => {
    const lines = await allLines(api, { q: "Wolgograd" });
    const line = lines.find((candidate) => candidate.partner.nameEn === "Volgograd");
    expect(line?.bars).toHaveLength(1);
    const bar = line?.bars[0];
    expect(bar?.end).toBeNull();
    expect(
      bar?.segments.map((s) => [s.status, iso(s.from.date), s.from.precision, iso(s.to?.date), s.scope?.slice(0, 34)]),
    ).toEqual([
      ["ACTIVE", "1988-11-28", "DAY", "2022-03-03", undefined],
      ["SUSPENDED", "2022-03-03", "DAY", null, "Offizielle Kontakte ausgesetzt; zi"],
    ]);
  });

  it("Corinto: frozen (dormant) since 2022, known only to the year", async () => {
    const lines = await allLines(api, { q: "Corinto", type: ["PARTNERSHIP"] });
    expect(lines).toHaveLength(1);
    const segments = lines[0]?.bars[0]?.segments ?? [];
    expect(segments.map((s) => [s.status, iso(s.from.date), s.from.precision])).toEqual([
      ["ACTIVE", "1988-11-04", "DAY"],
      ["DORMANT", "2022-01-01", "YEAR"],
    ]);
    expect(segments[1]?.scope).toMatch(/seit 2022 eingefroren/);
  });

  it("Dnipro: the 2022 project partnership leads into the 2024 partnership on one line", async () => {
    const lines = await allLines(api, { q: "Dnipro" });
    expect(lines).toHaveLength(1);
    const [project, partnership] = lines[0]?.bars ?? [];
    expect([project?.type, iso(project?.start.date), iso(project?.end?.date)]).toEqual([
      "PROJECT_PARTNERSHIP",
      "2022-10-27",
      "2024-08-28",
    ]);
    expect([partnership?.type, iso(partnership?.start.date), partnership?.end]).toEqual([
      "PARTNERSHIP",
      "2024-08-28",
      null,
    ]);
    expect(partnership?.predecessorId).toBe(project?.agreementId);
    expect([iso(lines[0]?.start.date), lines[0]?.end]).toEqual(["2022-10-27", null]);
    // Filtered to partnerships only, the predecessor is not drawn: one line, one bar.
    const only = await allLines(api, { q: "Dnipro", type: ["PARTNERSHIP"] });
    expect(only.map((line) => line.bars.length)).toEqual([1]);
  });

  it("Chongqing: the 2019 visit is a mark on the memorandum's line, which starts in August 2019 (month only)", async () => {
    const lines = await allLines(api, { zoom: "2019" });
    const line = lines.find((candidate) => candidate.partner.nameEn === "Chongqing");
    expect(line?.bars.map((bar) => [bar.type, iso(bar.start.date), bar.start.precision])).toEqual([
      ["MEMORANDUM_OF_UNDERSTANDING", "2019-08-01", "MONTH"],
    ]);
    expect(line?.marks.map((mark) => [iso(mark.date), mark.type, mark.title.slice(0, 37)])).toEqual([
      ["2019-08-25", "VISIT", "Besuch der Oberbürgermeisterin in Cho"],
    ]);
  });

  it("zooms: a decade or a year shows the lines that overlap it, in its window", async () => {
    const all = await allLines(api);
    for (const [zoom, from, to] of [
      ["1950s", "1950-01-01", "1960-01-01"],
      ["1980s", "1980-01-01", "1990-01-01"],
      ["2023", "2023-01-01", "2024-01-01"],
    ] as const) {
      const result = await api.timeline.list({ zoom });
      expect([iso(result.window.from), iso(result.window.to)]).toEqual([from, to]);
      const want = all.filter(
        (line) =>
          iso(line.start.date) !== null &&
          (iso(line.start.date) as string) < to &&
          (line.end === null || (iso(line.end.date) as string) >= from),
      );
      expect(result.total).toBe(want.length);
    }
    // The 1950s: Liverpool (1952) and the ring partnership of 1958.
    expect((await api.timeline.list({ zoom: "1950s" })).total).toBe(6);
    // The whole span: from the 1950s to the end of this year.
    const whole = await api.timeline.list({});
    expect(iso(whole.window.from)).toBe("1950-01-01");
  });

  it("filters like the agreement list: the same agreements for status, continent and search", async () => {
    const cases: [TTimelineInput, string][] = [
      [{ status: ["SUSPENDED"] }, `a.status = 'SUSPENDED'`],
      [{ continent: ["ASIA"] }, `p.continent = 'ASIA'`],
      [{ type: ["CLIMATE_PARTNERSHIP"] }, `a.type = 'CLIMATE_PARTNERSHIP'`],
    ];
    for (const [input, where] of cases) {
      const lines = await allLines(api, input);
      expect(counts(lines)).toEqual(await expectedFromSql(where));
      const { zoom: _zoom, sort: _sort, ...filters } = input;
      const list = await api.agreement.list({ ...filters, pageSize: 200 });
      expect(lines.flatMap((line) => line.bars.map((bar) => bar.agreementId)).sort()).toEqual(
        list.items.map((item) => item.id).sort(),
      );
    }
  });

  it("orders by start, by continent (each then by start) and by status", async () => {
    const byStart = await allLines(api, { sort: "start" });
    const starts = byStart.map((line) => line.start.date.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const byContinent = await allLines(api, { sort: "continent" });
    const order = ["EUROPE", "AFRICA", "ASIA", "NORTH_AMERICA", "SOUTH_AMERICA", "OCEANIA"];
    const ranks = byContinent.map((line) => order.indexOf(line.partner.continent));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const byStatus = await allLines(api, { sort: "status" });
    expect(byStatus[0]?.status).toBe("ACTIVE");
    expect(new Set(byStatus.map((line) => line.key))).toEqual(new Set(byStart.map((line) => line.key)));
  });

  it("a partner's page: all of its lines", async () => {
    const corinto = await db.partner.findFirstOrThrow({ where: { nameEn: "Corinto/El Realejo" } });
    const result = await api.timeline.ofPartner({ partnerId: corinto.id });
    expect(result.lines.map((line) => line.bars[0]?.type).sort()).toEqual(["CLIMATE_PARTNERSHIP", "PARTNERSHIP"]);
  });
});

// ── Generated data ──────────────────────────────────────────────────────────────────────────────────────────────

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("the timeline of generated data", () => {
  let api: Api;
  const chains: { partner: number; agreements: { id: number; changes: string[]; activities: number[] }[] }[] = [];

  beforeAll(async () => {
    const { db, url } = await createTestDatabase("empty");
    api = callerFor(db, TEST_ACTORS.VIEWER);
    const next = random(21);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
    await withPgClient(url, async (client) => {
      const continents = ["EUROPE", "AFRICA", "ASIA", "NORTH_AMERICA", "SOUTH_AMERICA", "OCEANIA"];
      for (let partner = 1; partner <= 60; partner++) {
        await client.query(
          `INSERT INTO "Partner" (id, "nameDe", "nameEn", "countryCode", continent, "updatedAt")
           VALUES ($1, $2, $2, 'DE', $3, now())`,
          [partner, `Stadt ${partner}`, pick(continents)],
        );
      }
      let agreementId = 0;
      let activityId = 0;
      for (let chain = 0; chain < 130; chain++) {
        const partner = 1 + Math.floor(next() * 60);
        const length = next() < 0.2 ? 2 + Math.floor(next() * 2) : 1;
        let year = 1950 + Math.floor(next() * 70);
        let predecessor: number | null = null;
        const agreements: (typeof chains)[number]["agreements"] = [];
        for (let index = 0; index < length; index++) {
          agreementId += 1;
          const last = index === length - 1;
          const statuses = last
            ? pick([
                ["ACTIVE"],
                ["SIGNED", "ACTIVE", "DORMANT"],
                ["ACTIVE", "SUSPENDED"],
                ["ACTIVE", "ENDED"],
                ["PROPOSED"],
              ])
            : pick([
                ["ACTIVE", "ENDED"],
                ["SIGNED", "ACTIVE", "ENDED"],
              ]);
          const current = statuses[statuses.length - 1] as string;
          await client.query(
            `INSERT INTO "Agreement" (id, type, title, "partnerId", status, "predecessorId", "statusSince", "updatedAt")
             VALUES ($1, 'PARTNERSHIP', $2, $3, $4, $5, $6, now())`,
            [
              agreementId,
              `Vereinbarung ${agreementId}`,
              partner,
              current,
              predecessor,
              `${year + statuses.length}-01-01`,
            ],
          );
          const changes: string[] = [];
          for (const [step, status] of statuses.entries()) {
            const precision = pick(["DAY", "MONTH", "YEAR"]);
            await client.query(
              `INSERT INTO "StatusChange" ("agreementId", "fromStatus", "toStatus", reason, "effectiveOn",
                 "effectiveOnPrecision", "changedBy")
               VALUES ($1, $2, $3, 'erzeugt', $4, $5, 'Test')`,
              [agreementId, step === 0 ? null : statuses[step - 1], status, `${year + step}-01-01`, precision],
            );
            changes.push(status);
          }
          const activities: number[] = [];
          const activityCount = Math.floor(next() * 3);
          for (let a = 0; a < activityCount; a++) {
            activityId += 1;
            await client.query(
              `INSERT INTO "Activity" (id, type, title, "startOn", "partnerId", "updatedAt")
               VALUES ($1, 'VISIT', $2, $3, $4, now())`,
              [activityId, `Besuch ${activityId}`, `${year}-06-15`, partner],
            );
            await client.query(
              `INSERT INTO "ActivityAgreement" ("activityId", "agreementId", "activityStartOn") VALUES ($1, $2, $3)`,
              [activityId, agreementId, `${year}-06-15`],
            );
            activities.push(activityId);
          }
          agreements.push({ id: agreementId, changes, activities });
          predecessor = agreementId;
          year += statuses.length;
        }
        chains.push({ partner, agreements });
      }
    });
  });

  it("counts lines, bars, segments, ends and marks as they were made, over all pages", async () => {
    const lines = await allLines(api);
    const agreements = chains.flatMap((chain) => chain.agreements);
    expect(counts(lines)).toEqual({
      lines: chains.length,
      bars: agreements.length,
      segments: agreements.reduce((sum, a) => sum + a.changes.filter((status) => status !== "ENDED").length, 0),
      ended: agreements.filter((a) => a.changes.includes("ENDED")).length,
      marks: agreements.reduce((sum, a) => sum + a.activities.length, 0),
    });
    expect(lines.length).toBeGreaterThan(TIMELINE_PAGE_SIZE * 3);
    // Each line holds exactly the agreements of one chain, in order.
    const made = new Set(chains.map((chain) => chain.agreements.map((a) => a.id).join(",")));
    expect(new Set(lines.map((line) => line.bars.map((bar) => bar.agreementId).join(",")))).toEqual(made);
  });

  it("a page holds at most TIMELINE_PAGE_SIZE lines; a page past the last shows the last", async () => {
    const first = await api.timeline.list({});
    expect(first.lines).toHaveLength(TIMELINE_PAGE_SIZE);
    const beyond = await api.timeline.list({ page: 999 });
    expect(beyond.page).toBe(first.pageCount);
  });
});
