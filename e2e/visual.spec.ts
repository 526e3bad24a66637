// What a person sees, compared with committed pictures: every page (dashboard, lists, a detail page of a seed record
// of each kind, the create forms, the administration, the own account, sign-in and the reports' print pages) in
// German and English, at a desktop (1366 px) and a phone (390 px) width, as Playwright screenshots against the
// baselines in e2e/visual.spec.ts-snapshots/. A blank chart, a broken layout or a missing font changes far more
// than the threshold allows. Every page (and the phone's open menu and open filters) is scanned with axe as well.
//
// Deterministic: the spec runs in its own project before the other specs change the seed (playwright.config.ts);
// it waits for the fonts, for every chart to say it is drawn and for the print pages' ready signal; animations are
// off; what depends on the day or the clock (dates of today, times of sign-ins and changes) is masked.
// Baselines are made with Debian's Chromium and its fonts, as CI has them:
//   npx playwright test e2e/visual.spec.ts --update-snapshots
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { trpcQuery } from "./api";
import { storageStateOf } from "./auth";

const WIDTHS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const LOCALES = ["de", "en"] as const;
/** The pictures stop here: the long lists' later rows add nothing but time and bytes. */
const MAX_HEIGHT = { desktop: 1800, phone: 2400 } as const;
/**
 * A pixel counts as changed when its colour differs by more than `threshold` (Playwright's YIQ distance, 0–1); a page
 * fails when more than 0.1 % of its pixels changed: a chart of 520 × 280 px left empty is 3 % of a desktop page, a
 * line of text in another font far more than 0.1 %. Two runs on the same machine give identical pictures.
 */
const SCREENSHOT = { maxDiffPixelRatio: 0.001, threshold: 0.2, animations: "disabled", caret: "hide" } as const;

interface VisualPage {
  /** The picture's name. */
  name: string;
  path: (ids: SeedIds) => string;
  /** What else depends on today or the clock, besides every <time>. */
  mask?: (page: Page) => Locator[];
  /** A print page (for the PDF, so at desktop width only): ready when it says so (<html data-report-ready>). */
  report?: boolean;
}

/** The seed records whose pages are pictured. */
interface SeedIds {
  mou: number;
  partner: number;
  workingGroup: number;
  activity: number;
  person: number;
  commitment: number;
  /** Dnipro: its two agreements, one line on its page's timeline. */
  dnipro: number;
  editor: string;
}

async function firstId(request: APIRequestContext, path: string, input: object = {}): Promise<number> {
  const page = await trpcQuery<{ items: { id: number }[] }>(request, path, input);
  const first = page.items[0];
  if (!first) throw new Error(`${path} returned no rows`);
  return first.id;
}

let seedIds: SeedIds | undefined;
async function idsOf(request: APIRequestContext): Promise<SeedIds> {
  if (seedIds) return seedIds;
  const accounts = await trpcQuery<{ id: string; email: string }[]>(request, "account.list", {});
  const editor = accounts.find((account) => account.email.startsWith("redaktion@"));
  if (!editor) throw new Error("no demo editor account");
  seedIds = {
    mou: await firstId(request, "agreement.list", { q: "Chongqing" }),
    partner: await firstId(request, "partner.list", { q: "Chongqing" }),
    workingGroup: await firstId(request, "workingGroup.list", {}),
    activity: await firstId(request, "activity.list", {}),
    person: await firstId(request, "person.list", { q: "Reker" }),
    commitment: await firstId(request, "commitment.list", { q: "Bahn" }),
    dnipro: await firstId(request, "partner.list", { q: "Dnipro" }),
    editor: editor.id,
  };
  return seedIds;
}

const reportMask = (page: Page) => [
  page.locator(".report-title-page__date"),
  page.locator(".report-title-page__prepared"),
];

/** The pages of a signed-in administrator. */
const PAGES: readonly VisualPage[] = [
  { name: "dashboard", path: () => "/", mask: (page) => [page.locator(".page-header p").first()] },
  { name: "agreements", path: () => "/agreements" },
  { name: "agreement", path: (ids) => `/agreements/${ids.mou}` },
  { name: "agreement-new", path: () => "/agreements/new" },
  { name: "partners", path: () => "/partners" },
  { name: "partner", path: (ids) => `/partners/${ids.partner}` },
  { name: "partner-new", path: () => "/partners/new" },
  // The partner map (issue 21), drawn on the server: its land, markers, legend and table.
  { name: "map", path: () => "/map" },
  { name: "working-groups", path: () => "/working-groups" },
  { name: "working-group", path: (ids) => `/working-groups/${ids.workingGroup}` },
  { name: "working-group-new", path: () => "/working-groups/new" },
  { name: "activities", path: () => "/activities" },
  { name: "activity", path: (ids) => `/activities/${ids.activity}` },
  { name: "activity-new", path: () => "/activities/new" },
  { name: "commitments", path: () => "/commitments" },
  { name: "commitment", path: (ids) => `/commitments/${ids.commitment}` },
  { name: "commitment-new", path: () => "/commitments/new" },
  // The agenda's entries are the next 12 months from today: what is pictured is the page around them.
  {
    name: "agenda",
    path: () => "/agenda",
    mask: (page) => [page.locator(".page-header p"), page.locator(".agenda-group"), page.locator("p[role=status]")],
  },
  { name: "import", path: () => "/import" },
  { name: "people", path: () => "/people" },
  { name: "person", path: (ids) => `/people/${ids.person}` },
  { name: "person-new", path: () => "/people/new" },
  { name: "accounts", path: () => "/admin/accounts" },
  { name: "account-new", path: () => "/admin/accounts/new" },
  { name: "account-editor", path: (ids) => `/admin/accounts/${encodeURIComponent(ids.editor)}` },
  // The audit trail: every entry's time and the sign-ins of the test run itself.
  { name: "audit", path: () => "/admin/audit", mask: (page) => [page.locator("table tbody")] },
  { name: "own-account", path: () => "/account" },
  // The timeline (issue 21): its whole span ends with this year, so its picture changes at New Year.
  { name: "timeline", path: () => "/timeline" },
  { name: "report-partnership", path: () => "/reports/partnership", report: true, mask: reportMask },
  { name: "report-agreement", path: (ids) => `/reports/agreements/${ids.mou}`, report: true, mask: reportMask },
  { name: "report-annual-2019", path: () => "/reports/annual/2019", report: true, mask: reportMask },
];

/** Scrolls through the page (the dashboard's charts load as they near the viewport) and waits for it to be still. */
async function settle(page: Page, report: boolean) {
  if (report) await page.waitForSelector("html[data-report-ready]", { state: "attached", timeout: 30_000 });
  else await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Hydrated (app/_components/site-header.tsx), then two frames: what the first effects render (the filters' chips)
  // is drawn.
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))),
  );
  await page.waitForLoadState("networkidle");
  for (const box of await page.locator(".chart-box").all()) {
    await box.scrollIntoViewIfNeeded();
    await expect(box.locator("[data-chart-drawn]")).toBeAttached();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll(".chart-box")].filter((box) => !box.querySelector("[data-chart-drawn]"))
              .length,
        ),
      { message: "every chart drawn" },
    )
    .toBe(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The whole page, up to the width's maximum height. */
async function picture(page: Page, name: string, mask: Locator[], maxHeight: number) {
  const { width } = page.viewportSize() ?? { width: 0 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await expect(page).toHaveScreenshot(`${name}.png`, {
    ...SCREENSHOT,
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, maxHeight) },
    // Times of day (a record's last change, its history, sign-ins) are when the test run seeded or signed in.
    mask: [page.locator("time"), page.getByText(/\d{1,2}:\d{2}/), ...mask],
  });
}

/**
 * Words of the list's cells that the layout broke across two lines without a hyphen ("Kooperationsbeziehung|en"):
 * each word's text range laid out on more than one line. Debian's Chromium has no hyphenation dictionaries, so any
 * such break here is a break inside a word.
 */
async function wordsBrokenInCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll(".list-table td")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const word of text.matchAll(/[^\s\u00ad–-]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
      }
    }
    return broken;
  });
}

async function axeViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

for (const size of WIDTHS) {
  for (const locale of LOCALES) {
    test.describe(`${size.name} (${size.width} px), ${locale}`, () => {
      test.use({
        viewport: { width: size.width, height: size.height },
        storageState: storageStateOf("ADMIN"),
        // No smooth scrolling while the charts are scrolled into view (globals.css).
        reducedMotion: "reduce",
      });

      test.beforeEach(async ({ context, baseURL }) => {
        await context.addCookies([{ name: "locale", value: locale, url: baseURL ?? "" }]);
      });

      for (const visual of PAGES.filter((entry) => !entry.report || size.name === "desktop")) {
        test(`${visual.name} looks as in its picture and passes axe`, async ({ page, request }) => {
          const errors: string[] = [];
          page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
          const path = visual.path(await idsOf(request));
          await page.goto(path);
          await settle(page, visual.report ?? false);
          await picture(
            page,
            `${visual.name}-${locale}-${size.name}`,
            visual.mask?.(page) ?? [],
            MAX_HEIGHT[size.name],
          );
          expect([...errors, ...(await axeViolations(page, path))]).toEqual([]);
          expect(await wordsBrokenInCells(page), "words broken inside without a hyphen").toEqual([]);
        });
      }

      test("timeline section of a partner's page looks as in its picture and passes axe", async ({ page, request }) => {
        const path = `/partners/${(await idsOf(request)).dnipro}`;
        await page.goto(path);
        await settle(page, false);
        const section = page.getByTestId("partner-timeline");
        await section.scrollIntoViewIfNeeded();
        await expect(section).toHaveScreenshot(`partner-timeline-${locale}-${size.name}.png`, SCREENSHOT);
        expect(await axeViolations(page, path)).toEqual([]);
      });

      test("sign-in looks as in its picture and passes axe", async ({ browser, baseURL }) => {
        // Signed out (a new context would otherwise get the project's signed-in state).
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          storageState: { cookies: [], origins: [] },
        });
        await context.addCookies([{ name: "locale", value: locale, url: baseURL ?? "" }]);
        const page = await context.newPage();
        await page.goto(`${baseURL}/sign-in`);
        await settle(page, false);
        await picture(page, `sign-in-${locale}-${size.name}`, [], MAX_HEIGHT[size.name]);
        expect(await axeViolations(page, "/sign-in")).toEqual([]);
        await context.close();
      });

      if (size.name === "desktop") {
        test("the header's links fit one row, and the administration opens below its button", async ({ page }) => {
          await page.goto("/admin/audit");
          await settle(page, false);
          const nav = page.getByRole("navigation", { name: locale === "de" ? "Hauptnavigation" : "Main navigation" });
          // One row of links at 1366 px: every top-level entry on the same line.
          const tops = await nav
            .locator(":scope > ul > li")
            .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
          expect(new Set(tops).size).toBe(1);
          const toggle = nav.getByRole("button", { name: locale === "de" ? "Verwaltung" : "Administration" });
          await expect(toggle).toHaveAttribute("aria-expanded", "false");
          const accounts = nav.getByRole("link", { name: locale === "de" ? "Benutzerkonten" : "Accounts" });
          await expect(accounts).toBeHidden();
          await toggle.click();
          await expect(toggle).toHaveAttribute("aria-expanded", "true");
          await expect(accounts).toBeVisible();
          await expect(nav.locator("a[aria-current=page]")).toHaveCount(1);
          await expect(page).toHaveScreenshot(`administration-open-${locale}-desktop.png`, {
            ...SCREENSHOT,
            clip: { x: 0, y: 0, width: 1366, height: 320 },
          });
          expect(await axeViolations(page, "administration open")).toEqual([]);
          await page.keyboard.press("Escape");
          await expect(accounts).toBeHidden();
          await expect(toggle).toBeFocused();
          await toggle.press("Enter");
          await accounts.click();
          await expect(page).toHaveURL(/\/admin\/accounts$/);
          await expect(accounts).toBeHidden();
        });
      }

      if (size.name === "phone") {
        test("the open menu and the open filters with their chips look as in their pictures", async ({ page }) => {
          const mainNav = locale === "de" ? "Hauptnavigation" : "Main navigation";
          await page.goto("/agreements?status=ACTIVE&quiet=1");
          await settle(page, false);
          // The header's menu: a disclosure that Escape closes, the focus back on its button.
          const menuButton = page.getByRole("button", { name: locale === "de" ? "Menü" : "Menu", exact: true });
          await expect(menuButton).toHaveAttribute("aria-expanded", "false");
          await expect(page.getByRole("navigation", { name: mainNav })).toBeHidden();
          await menuButton.click();
          await expect(menuButton).toHaveAttribute("aria-expanded", "true");
          await expect(page.getByRole("navigation", { name: mainNav })).toBeVisible();
          await expect(page).toHaveScreenshot(`menu-open-${locale}-phone.png`, SCREENSHOT);
          expect(await axeViolations(page, "menu open")).toEqual([]);
          await page.keyboard.press("Escape");
          await expect(page.getByRole("navigation", { name: mainNav })).toBeHidden();
          await expect(menuButton).toBeFocused();

          // The filters: folded behind their button, which counts the active ones shown as chips.
          const filters = page.getByRole("region", { name: locale === "de" ? "Filtern" : "Filter" });
          const toggle = filters.getByRole("button", {
            name: locale === "de" ? "Filter (2 aktiv)" : "Filters (2 active)",
          });
          await expect(toggle).toHaveAttribute("aria-expanded", "false");
          await expect(filters.getByLabel("Status", { exact: true })).toBeHidden();
          await expect(
            filters.getByRole("list", { name: locale === "de" ? "Aktive Filter" : "Active filters" }),
          ).toBeVisible();
          await toggle.click();
          await expect(filters.getByLabel("Status", { exact: true })).toBeVisible();
          await expect(page).toHaveScreenshot(`filters-open-${locale}-phone.png`, SCREENSHOT);
          expect(await axeViolations(page, "filters open")).toEqual([]);
        });
      }
    });
  }
}
