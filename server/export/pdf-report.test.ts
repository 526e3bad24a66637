// The PDF reports without a running app: their parameters and file names, the filter in words, the data each report
// prints (loaded as the user through the real router on a real PostgreSQL with Cologne's demo data, compared with
// plain queries), the export kinds' refusals before anything is printed, and the PDF check on a PDF that Chromium
// prints here (skipped where there is no Chromium). Printing an app page needs the running app: the browser tests
// (e2e) download the three reports and check them with checkPdf().

import { existsSync } from "node:fs";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/prisma";
import { DomainError } from "../domain/errors";
import { messagesFor, reportMessagesFor } from "../i18n/messages";
import { agreementList } from "../lists/agreements";
import { agreementWhere } from "../services/agreement/list";
import { yearStart } from "../services/shared/dates";
import { callerFor, TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { fontStylesheet, printHtml } from "../test/print-html";
import { chromiumMissingMessage, chromiumPath, closePdfBrowser, pdfBrowser, pdfExportUnavailable } from "./pdf-browser";
import { checkPdf } from "./pdf-check";
import { PdfUnavailableError } from "./pdf-errors";
import { PDF_KINDS } from "./pdf-kinds";
import { appOrigin, headerFooterTemplates } from "./pdf-print";
import {
  chartedProgress,
  collectPages,
  loadAgreementDossier,
  loadAnnualReport,
  loadPartnershipReport,
} from "./report-data";
import { agreementFilterInWords } from "./report-filter";
import { fileSlug, parseAgreementId, parseReportYear, reportFileName } from "./report-params";
import { type ExportContext, ExportParameterError } from "./types";

let db: Db;

/** 14:05 in Cologne on 24 November 2026; just after midnight on 1 January 2027 in Cologne it is 2027 already. */
const NOW = new Date("2026-11-24T13:05:09.000Z");
const NEW_YEAR_IN_COLOGNE = new Date("2026-12-31T23:30:00.000Z");

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
});

function refusal(call: () => unknown): ExportParameterError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ExportParameterError);
    return error as ExportParameterError;
  }
  throw new Error("expected a refusal");
}

describe("parameters and file names", () => {
  it("reads the agreement id strictly", () => {
    expect(parseAgreementId("27")).toBe(27);
    for (const bad of ["", "0", "-1", "1.5", "abc", "1e3", " 5", "99999999999"]) {
      expect(refusal(() => parseAgreementId(bad)).parameter).toBe("id");
    }
    expect(refusal(() => parseAgreementId(null)).message).toMatch(/^id: missing/);
  });

  it("accepts the years from 1950 to this year in Cologne", () => {
    expect(parseReportYear("1950", NOW)).toBe(1950);
    expect(parseReportYear("2026", NOW)).toBe(2026);
    expect(parseReportYear("2027", NEW_YEAR_IN_COLOGNE)).toBe(2027);
    for (const bad of ["1949", "2027", "20x5", "2025.0", "02025", "", "year"]) {
      const error = refusal(() => parseReportYear(bad, NOW));
      expect(error.parameter).toBe("year");
    }
    expect(refusal(() => parseReportYear("1949", NOW)).message).toContain("from 1950 to 2026");
  });

  it("names the files by report, language and day", () => {
    expect(reportFileName({ kind: "partnership-report" }, "de", NOW)).toBe("partnerschaftsbericht-2026-11-24.pdf");
    expect(reportFileName({ kind: "partnership-report" }, "en", NOW)).toBe("partnership-report-2026-11-24.pdf");
    expect(reportFileName({ kind: "annual-report", year: 2025 }, "de", NOW)).toBe("jahresbericht-2025.pdf");
    expect(reportFileName({ kind: "annual-report", year: 2025 }, "en", NOW)).toBe("annual-report-2025.pdf");
    expect(reportFileName({ kind: "agreement-dossier", id: 27, partner: "Chongqing" }, "de", NOW)).toBe(
      "dossier-27-chongqing-2026-11-24.pdf",
    );
    // The day is Cologne's: 00:30 on 1 January in Cologne is still 31 December in UTC.
    expect(reportFileName({ kind: "partnership-report" }, "de", NEW_YEAR_IN_COLOGNE)).toBe(
      "partnerschaftsbericht-2027-01-01.pdf",
    );
  });

  it("turns names into ASCII file-name parts", () => {
    expect(fileSlug("Lüttich")).toBe("luettich");
    expect(fileSlug("Liège")).toBe("liege");
    expect(fileSlug("Esch-sur-Alzette")).toBe("esch-sur-alzette");
    expect(fileSlug("Corinto/El Realejo")).toBe("corinto-el-realejo");
    expect(fileSlug("Tel Aviv-Yafo · תל אביב-יפו")).toBe("tel-aviv-yafo");
    expect(fileSlug("重庆")).toBe("");
  });
});

describe("the filter in words", () => {
  const areas = [{ code: "CULTURE", nameDe: "Kultur", nameEn: "Culture" }];
  const words = (query: string, locale: "de" | "en" = "de") =>
    agreementFilterInWords(agreementList.fromSearchParams(new URLSearchParams(query)), {
      locale,
      m: messagesFor(locale),
      r: reportMessagesFor(locale),
      areas,
    });

  it("says when there is no filter, and the order", () => {
    expect(words("")).toEqual({
      lines: ["Alle Vereinbarungen (ohne Filter)"],
      order: "sortiert nach Unterzeichnet (aufsteigend)",
      filtered: false,
    });
    expect(words("", "en").lines).toEqual(["All agreements (no filter)"]);
  });

  it("names every filter in the report's language", () => {
    const query =
      "status=ACTIVE&status=DORMANT&status=SUSPENDED&type=PARTNERSHIP&area=CULTURE&areaStatus=PLANNED" +
      "&continent=ASIA&country=CN&from=1950&to=1969&quiet=1&q=重庆&sort=partner&dir=desc";
    expect(words(query).lines).toEqual([
      "Status: Aktiv, Ruhend oder Ausgesetzt",
      "Art: Städtepartnerschaft",
      "Kooperationsfeld: Kultur",
      "Status des Kooperationsfelds: Geplant",
      "Kontinent: Asien",
      "Land: China",
      "unterzeichnet 1950 bis 1969",
      "Ohne Aktivität seit 3 Jahren",
      "Suche: „重庆“",
    ]);
    expect(words(query).order).toBe("sortiert nach Partner (absteigend)");
    expect(words(query, "en").lines.slice(0, 2)).toEqual([
      "Status: Active, Dormant or Suspended",
      "Type: City partnership",
    ]);
    expect(words("from=2000", "en").lines).toEqual(["signed in or after 2000"]);
    expect(words("to=1960").lines).toEqual(["unterzeichnet bis 1960"]);
  });
});

describe("report data, loaded as the user", () => {
  const viewer = () => callerFor(db, TEST_ACTORS.VIEWER);

  it("lists every agreement of the filter, in the list's order, across pages", async () => {
    const input = agreementList.fromSearchParams(new URLSearchParams("continent=EUROPE&sort=partner&dir=asc"));
    const data = await loadPartnershipReport(viewer(), input);
    const expected = await db.agreement.findMany({
      where: { partner: { continent: "EUROPE" } },
      select: { id: true },
      orderBy: [{ partner: { nameDe: "asc" } }, { id: "asc" }],
    });
    expect(data.total).toBe(expected.length);
    expect(data.agreements.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(data.areas.length).toBeGreaterThan(0);

    const all = await loadPartnershipReport(viewer(), {});
    expect(all.total).toBe(await db.agreement.count());
    expect(all.agreements.map((a) => a.partner.nameLocal)).toContain("重庆");
  });

  it("stops at the limit and still tells the total", async () => {
    const data = await loadPartnershipReport(viewer(), {}, 5);
    expect(data.agreements).toHaveLength(5);
    expect(data.total).toBe(await db.agreement.count());
    const pages: number[] = [];
    const collected = await collectPages(async (page, pageSize) => {
      pages.push(page);
      const items = Array.from({ length: Math.max(0, Math.min(pageSize, 450 - (page - 1) * 200)) }, (_, i) => i);
      return { items, total: 450, totalCapped: false, page, pageSize, pageCount: 3 };
    }, 1000);
    expect(collected.items).toHaveLength(450);
    expect(pages).toEqual([1, 2, 3]);
  });

  it("reads the filter of a URL exactly as the list and the table exports do", async () => {
    const query = new URLSearchParams("status=ACTIVE&type=CLIMATE_PARTNERSHIP");
    const input = agreementList.fromSearchParams(query);
    const data = await loadPartnershipReport(viewer(), input);
    const { page: _p, pageSize: _s, sort: _o, dir: _d, ...filters } = { ...input, page: 1, pageSize: 1 };
    expect(data.total).toBe(await db.agreement.count({ where: agreementWhere(filters) }));
    expect(data.agreements.every((a) => a.status === "ACTIVE" && a.type === "CLIMATE_PARTNERSHIP")).toBe(true);
  });

  it("gathers an agreement's dossier: history, areas, working groups with milestones, activities, people", async () => {
    const chongqing = await db.agreement.findFirstOrThrow({
      where: { partner: { nameLocal: "重庆" }, type: "MEMORANDUM_OF_UNDERSTANDING" },
      select: { id: true },
    });
    const dossier = await loadAgreementDossier(viewer(), db, chongqing.id);
    expect(dossier.agreement.partner.nameLocal).toBe("重庆");
    expect(dossier.agreement.areas.length).toBe(await db.agreementArea.count({ where: { agreementId: chongqing.id } }));
    expect(dossier.agreement.statusChanges.length).toBe(
      await db.statusChange.count({ where: { agreementId: chongqing.id } }),
    );
    expect(dossier.groups.map((g) => g.name)).toEqual(
      (
        await db.workingGroup.findMany({
          where: { agreementId: chongqing.id },
          select: { name: true },
          orderBy: { id: "asc" },
        })
      ).map((g) => g.name),
    );
    expect(dossier.groups.flatMap((g) => g.milestones).length).toBe(
      await db.milestone.count({ where: { workingGroup: { agreementId: chongqing.id } } }),
    );

    // Everyone named by its activities and working groups, once each.
    const activityPeople = await db.activityParticipant.findMany({
      where: { activity: { agreements: { some: { agreementId: chongqing.id } } } },
      select: { personId: true },
    });
    const groups = await db.workingGroup.findMany({
      where: { agreementId: chongqing.id },
      select: { leadCologneId: true, leadPartnerId: true, members: { select: { personId: true } } },
    });
    const expected = new Set<number>(
      [
        ...activityPeople.map((p) => p.personId),
        ...groups.flatMap((g) => [g.leadCologneId, g.leadPartnerId, ...g.members.map((m) => m.personId)]),
      ].filter((id): id is number => id !== null),
    );
    const ids = dossier.people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(expected);
    expect(dossier.people.every((p) => p.involvedIn.length > 0)).toBe(true);
    // No contact data in a dossier, whoever asks.
    expect(JSON.stringify(dossier.people)).not.toContain("@");

    // The activities' outcomes, each the one of its activity.
    const withOutcome = await db.activity.findMany({
      where: { agreements: { some: { agreementId: chongqing.id } }, outcome: { not: null } },
      select: { id: true, outcome: true },
    });
    expect(withOutcome.length).toBeGreaterThan(0);
    expect(Object.fromEntries(dossier.outcomes)).toEqual(Object.fromEntries(withOutcome.map((a) => [a.id, a.outcome])));
    // The milestone chart's rows: per group with milestones, its milestones counted by status.
    for (const row of dossier.progress) {
      const counts = await db.milestone.groupBy({
        by: ["status"],
        where: { workingGroupId: row.id },
        _count: { _all: true },
      });
      expect(row.total).toBe(counts.reduce((sum, c) => sum + c._count._all, 0));
      for (const count of counts) expect(row[count.status]).toBe(count._count._all);
    }
    expect(dossier.progress.length).toBe(
      await db.workingGroup.count({ where: { agreementId: chongqing.id, milestones: { some: {} } } }),
    );
  });

  it("answers NOT_FOUND for an agreement that does not exist", async () => {
    await expect(loadAgreementDossier(viewer(), db, 999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gathers the year: signed in it, status changes effective in it, activities in it", async () => {
    for (const year of [1952, 2019, 2022]) {
      const data = await loadAnnualReport(viewer(), db, year);
      const within = { gte: yearStart(year), lt: yearStart(year + 1) };
      const signed = await db.agreement.findMany({
        where: { signedOn: within },
        select: { id: true },
        orderBy: [{ signedOn: "asc" }, { id: "asc" }],
      });
      expect(data.signed.map((a) => a.id)).toEqual(signed.map((a) => a.id));
      expect(data.signedTotal).toBe(signed.length);
      const changes = await db.statusChange.findMany({
        where: { effectiveOn: within },
        select: { id: true },
        orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
      });
      expect(data.statusChanges.map((c) => c.id)).toEqual(changes.map((c) => c.id));
      expect(data.statusChanges.every((c) => c.effectiveOn.getUTCFullYear() === year)).toBe(true);
      const activities = await db.activity.findMany({ where: { startOn: within }, select: { id: true, type: true } });
      expect(new Set(data.activities.map((a) => a.id))).toEqual(new Set(activities.map((a) => a.id)));
      expect(data.visits).toBe(activities.filter((a) => a.type === "VISIT" || a.type === "DELEGATION").length);
      const outcomes = await db.activity.findMany({
        where: { startOn: within, outcome: { not: null } },
        select: { id: true, outcome: true },
      });
      expect(Object.fromEntries(data.outcomes)).toEqual(Object.fromEntries(outcomes.map((a) => [a.id, a.outcome])));
    }
    const y2019 = await loadAnnualReport(viewer(), db, 2019);
    expect(y2019.outcomes.size).toBeGreaterThan(0);
    const y2022 = await loadAnnualReport(viewer(), db, 2022);
    expect(
      y2022.statusChanges.some((c) => c.toStatus === "SUSPENDED" && c.agreement.partner.nameEn === "Volgograd"),
    ).toBe(true);
    expect(y2019.signed.some((a) => a.partner.nameLocal === "重庆")).toBe(true);
  });

  it("gathers the working groups' milestones due or done in the year, per group, and counts those done", async () => {
    const group = await db.workingGroup.findFirstOrThrow({ select: { id: true, name: true } });
    const day = (text: string) => new Date(`${text}T00:00:00.000Z`);
    const made = await db.milestone.createManyAndReturn({
      data: [
        // Due in 2023, done in 2024: in both years; counted as done in 2024 only.
        {
          workingGroupId: group.id,
          title: "Test: due 2023, done 2024",
          status: "DONE",
          dueOn: day("2023-11-30"),
          doneOn: day("2024-02-01"),
        },
        { workingGroupId: group.id, title: "Test: due 2023, open", status: "OPEN", dueOn: day("2023-12-31") },
        { workingGroupId: group.id, title: "Test: due 2022", status: "CANCELLED", dueOn: day("2022-12-31") },
      ],
      select: { id: true },
    });
    try {
      const y2023 = await loadAnnualReport(viewer(), db, 2023);
      const mine = y2023.workingGroups.find((g) => g.id === group.id);
      expect(mine?.milestones.map((m) => m.title)).toEqual(["Test: due 2023, done 2024", "Test: due 2023, open"]);
      expect(y2023.milestonesDone).toBe(0);
      expect(y2023.milestonesTotal).toBe(
        await db.milestone.count({
          where: {
            OR: [
              { dueOn: { gte: yearStart(2023), lt: yearStart(2024) } },
              { doneOn: { gte: yearStart(2023), lt: yearStart(2024) } },
            ],
          },
        }),
      );
      expect(y2023.progress.find((row) => row.id === group.id)).toMatchObject({
        total: 2,
        DONE: 1,
        OPEN: 1,
        CANCELLED: 0,
      });
      const y2024 = await loadAnnualReport(viewer(), db, 2024);
      expect(y2024.milestonesDone).toBe(1);
      expect(y2024.workingGroups.find((g) => g.id === group.id)?.milestones).toHaveLength(1);
      // At most the limit, and the total still told.
      const limited = await loadAnnualReport(viewer(), db, 2023, 1);
      expect(limited.milestonesShown).toBe(1);
      expect(limited.milestonesTotal).toBe(y2023.milestonesTotal);
    } finally {
      await db.milestone.deleteMany({ where: { id: { in: made.map((m) => m.id) } } });
    }
  });

  it("charts at most twelve groups, those with the most milestones", () => {
    const row = (id: number, total: number) => ({
      id,
      name: `G${String(id).padStart(2, "0")}`,
      total,
      OPEN: total,
      IN_PROGRESS: 0,
      DONE: 0,
      CANCELLED: 0,
    });
    const rows = Array.from({ length: 15 }, (_, i) => row(i + 1, i % 3));
    const charted = chartedProgress(rows);
    expect(charted).toHaveLength(12);
    expect(charted.map((r) => r.total)).toEqual([2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 0, 0]);
    expect(charted[0]?.name).toBe("G03");
  });

  it("refuses a caller without a session, before any query", async () => {
    const error = await loadAnnualReport(callerFor(db, null), db, 2022).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("UNAUTHORIZED");
    await expect(loadPartnershipReport(callerFor(db, null), {})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("the PDF export kinds", () => {
  function context(params: string, actor: Actor = TEST_ACTORS.VIEWER): ExportContext {
    return {
      db,
      actor,
      locale: "de",
      format: "pdf",
      params: new URLSearchParams(`format=pdf&${params}`),
      now: NOW,
      signal: new AbortController().signal,
    };
  }
  const kind = (name: string) => {
    const entry = PDF_KINDS[name];
    if (!entry) throw new Error(`no PDF kind ${name}`);
    return entry;
  };

  it("are PDF only, for viewers and above", () => {
    expect(Object.keys(PDF_KINDS).sort()).toEqual(["agreement-dossier", "annual-report", "partnership-report"]);
    for (const entry of Object.values(PDF_KINDS)) {
      expect(entry.minRole).toBe("VIEWER");
      expect(entry.formats).toEqual(["pdf"]);
    }
  });

  it("refuse bad parameters before printing (400 naming them) and unknown agreements (404)", async () => {
    const refused = async (name: string, params: string) => {
      const error = await kind(name)
        .run(context(params))
        .catch((e: unknown) => e);
      return error as Error;
    };
    expect(await refused("agreement-dossier", "")).toMatchObject({ parameter: "id" });
    expect(await refused("agreement-dossier", "id=abc")).toMatchObject({ parameter: "id" });
    const missing = await refused("agreement-dossier", "id=999999");
    expect(missing).toBeInstanceOf(DomainError);
    expect(missing).toMatchObject({ code: "NOT_FOUND" });
    expect(await refused("annual-report", "")).toMatchObject({ parameter: "year" });
    expect(await refused("annual-report", "year=1949")).toMatchObject({ parameter: "year" });
    expect(await refused("annual-report", "year=2027")).toMatchObject({ parameter: "year" });
    expect(await refused("partnership-report", "status=NOPE")).toMatchObject({ parameter: "status" });
    expect(await refused("partnership-report", "from=19x0")).toMatchObject({ parameter: "from" });
  });

  it("answer 503 when there is no Chromium", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const error = await kind("annual-report")
        .run(context("year=2022"))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfUnavailableError);
      expect((error as PdfUnavailableError).status).toBe(503);
      expect((error as Error).message).toContain("/nonexistent/chromium");
      // Says how to get it, in the same words as the start's log line.
      expect((error as Error).message).toBe(chromiumMissingMessage("/nonexistent/chromium"));
      expect((error as Error).message).toContain("apt-get install -y chromium");
      expect((error as Error).message).toContain("CHROMIUM_PATH");
      expect(pdfExportUnavailable()).toBe(chromiumMissingMessage("/nonexistent/chromium"));
      expect(pdfExportUnavailable({ ...process.env, CHROMIUM_PATH: process.execPath })).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});

describe("printing helpers", () => {
  it("prints from the app's own loopback address", () => {
    const env = (vars: Record<string, string>) => ({ NODE_ENV: "test", ...vars }) as NodeJS.ProcessEnv;
    expect(appOrigin(env({}))).toBe("http://127.0.0.1:3000");
    expect(appOrigin(env({ PORT: "3920", HOST: "0.0.0.0" }))).toBe("http://127.0.0.1:3920");
    expect(appOrigin(env({ PORT: "8080", HOST: "10.0.0.5" }))).toBe("http://10.0.0.5:8080");
    expect(appOrigin(env({ PORT: "8080", HOST: "fd00::5" }))).toBe("http://[fd00::5]:8080");
  });

  it("numbers the pages in the report's language and escapes the title", () => {
    const de = headerFooterTemplates("Dossier: <Köln & Liège>", "24. November 2026", "de");
    expect(de.footerTemplate).toContain('Seite <span class="pageNumber"></span> von <span class="totalPages"></span>');
    expect(de.headerTemplate).toContain("Stadt Köln · Dossier: &lt;Köln &amp; Liège&gt;");
    expect(de.headerTemplate).not.toContain("<Köln");
    const en = headerFooterTemplates("Annual report 2025", "24 November 2026", "en");
    expect(en.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });
});

describe.skipIf(!existsSync(chromiumPath()))("the PDF check, on a PDF Chromium prints here", () => {
  afterAll(closePdfBrowser);

  const print = (html: string) => printHtml(html);

  it("reads pages, text (CJK too), tags and outline", async () => {
    const bytes = await print(
      // The font the reports ship (app/reports/layout.tsx): no CJK font need be installed for 重庆.
      `<html lang="de"><title>Partnerschaftsbericht</title>${fontStylesheet("@fontsource/noto-sans-sc/400.css")}` +
        `<body style="font-family: 'Noto Sans SC'"><h1>Partnerschaftsbericht</h1>` +
        `<h2>Liverpool</h2><p style="break-after: page">seit 1952</p><h2>Chongqing</h2><p>重庆 · Köln</p></body></html>`,
    );
    const result = checkPdf(bytes, { minPages: 2 });
    expect(result.pages).toBe(2);
    expect(result.tagged).toBe(true);
    expect(result.outline).toBe(true);
    expect(result.title).toBe("Partnerschaftsbericht");
    expect(result.text).toContain("Liverpool");
    expect(result.text).toContain("重庆");
    expect(result.text).toContain("Seite 2 von 2");
    // Two browser contexts, one browser.
    expect(await pdfBrowser()).toBe(await pdfBrowser());
  });

  it("refuses what is not a valid PDF or misses an expectation", async () => {
    expect(() => checkPdf(new TextEncoder().encode("<html>not a pdf</html>"))).toThrow(/not a PDF/);
    expect(() => checkPdf(new TextEncoder().encode("%PDF-1.4\nbroken"))).toThrow(/pdfinfo failed/);
    const untagged = await (async () => {
      const browser = await pdfBrowser();
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent("<h1>Ohne Tags</h1>");
      const pdf = new Uint8Array(await page.pdf({ format: "A4", tagged: false, outline: false }));
      await context.close();
      return pdf;
    })();
    expect(() => checkPdf(untagged)).toThrow(/not tagged/);
    expect(() => checkPdf(untagged, { tagged: false })).toThrow(/no document outline/);
    expect(checkPdf(untagged, { tagged: false, outline: false }).pages).toBe(1);
    const bytes = await print("<h1>Eine Seite</h1>");
    expect(() => checkPdf(bytes, { minPages: 2 })).toThrow(/at least 2 pages, found 1/);
  });
});
