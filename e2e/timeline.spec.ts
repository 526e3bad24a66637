// The timeline (issue 21) in the browser: bars, segments and marks counted against the API's answer, a click and
// Enter open the right record, the keyboard reaches every bar and mark, the zoom and order live in the URL, the
// agreement list's filters apply, a change made elsewhere shows without a reload, the bars are drawn in their status
// colours (by pixels), and axe finds nothing in German or English.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { AGREEMENT_STATUS_COLORS } from "../server/domain/agreement-status";
import { createAgreement, trpcMutation, trpcQuery } from "./api";
import { tabTo } from "./keyboard";

interface Bar {
  agreementId: number;
  title: string;
  segments: { status: string }[];
  end: unknown | null;
}
interface Line {
  key: number;
  partner: { id: number; nameDe: string };
  bars: Bar[];
  marks: { activityId: number; title: string }[];
}
interface Timeline {
  lines: Line[];
  total: number;
  pageCount: number;
}

const timeline = (request: Parameters<typeof trpcQuery>[0], input: object = {}) =>
  trpcQuery<Timeline>(request, "timeline.list", input);

async function axe(page: Page, where: string): Promise<string[]> {
  for (const summary of await page.locator("details > summary").all()) await summary.click();
  // The table alternative is built when opened: axe reads it once it is there.
  for (const table of await page.getByTestId("timeline-table").all())
    await expect(table.locator("table")).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (violation) => `${where}: ${violation.id} ${violation.help} — ${violation.nodes.map((n) => n.target).join(", ")}`,
  );
}

/**
 * The share of an element's pixels drawn exactly in `hex` (±2 per channel for rounding): the element's screenshot
 * decoded by the browser's own canvas.
 */
async function shareOfColour(page: Page, element: Locator, hex: string): Promise<number> {
  // Inside the element's box by 2 px, so the anti-aliased edges (blended with what is around) are left out.
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box || box.width < 6 || box.height < 6) throw new Error("the element is not drawn large enough to measure");
  const clip = { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 };
  const png = await page.screenshot({ clip, animations: "disabled" });
  return page.evaluate(
    async ({ data, hex }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) return 0;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
      let hits = 0;
      for (let index = 0; index < pixels.length; index += 4) {
        const near =
          Math.abs((pixels[index] as number) - r) <= 2 &&
          Math.abs((pixels[index + 1] as number) - g) <= 2 &&
          Math.abs((pixels[index + 2] as number) - b) <= 2;
        if (near) hits += 1;
      }
      return hits / (pixels.length / 4);
    },
    { data: png.toString("base64"), hex },
  );
}

test("the timeline draws every line, bar and mark the API gives, Dnipro's succession as one line", async ({
  page,
  request,
}) => {
  const data = await timeline(request);
  await page.goto("/timeline");
  await expect(page.getByRole("heading", { level: 1, name: "Zeitleiste" })).toBeVisible();
  const chart = page.getByTestId("timeline-chart");
  await expect(chart.getByTestId("timeline-line")).toHaveCount(data.lines.length);
  await expect(chart.getByTestId("timeline-bar")).toHaveCount(data.lines.reduce((n, line) => n + line.bars.length, 0));
  await expect(chart.getByTestId("timeline-segment")).toHaveCount(
    data.lines.reduce((n, line) => n + line.bars.reduce((s, bar) => s + bar.segments.length, 0), 0),
  );
  await expect(chart.getByTestId("timeline-mark")).toHaveCount(
    data.lines.reduce((n, line) => n + line.marks.length, 0),
  );
  expect(data.lines).toHaveLength(25);
  expect(data.total).toBeGreaterThan(25);

  // Volgograd: active, then suspended with its scope — in the bar's name and in the table.
  const volgograd = chart.getByRole("link", { name: /^Städtepartnerschaft Köln–Wolgograd:/ });
  await expect(volgograd).toHaveAccessibleName(
    /Aktiv 28\. November 1988 bis 3\. März 2022; Ausgesetzt seit 3\. März 2022 \(Offizielle Kontakte ausgesetzt/,
  );
  // Corinto: dormant since 2022, the year only (no invented day).
  await expect(chart.getByRole("link", { name: /^Städtepartnerschaft Köln–Corinto/ })).toHaveAccessibleName(
    /Ruhend seit 2022 \(Kontakte zu den Stadtverwaltungen/,
  );
  const table = page.getByTestId("timeline-table");
  await table.locator("summary").click();
  const rows = table.locator("tbody tr");
  // A row per segment, per end and per activity.
  await expect(rows).toHaveCount(
    data.lines.reduce(
      (n, line) => n + line.marks.length + line.bars.reduce((s, bar) => s + bar.segments.length + (bar.end ? 1 : 0), 0),
      0,
    ),
  );
  await expect(table.locator("tbody tr", { hasText: "Wolgograd" }).filter({ hasText: "Ausgesetzt" })).toContainText(
    "3. März 2022",
  );
  await expect(table.locator("tbody tr", { hasText: "Corinto" }).filter({ hasText: "Ruhend" })).toContainText("2022");

  // The seed's lines on the second page: 25 a page.
  expect(data.pageCount).toBe(Math.ceil(data.total / 25));
  await page.getByRole("navigation", { name: "Seitennavigation" }).getByRole("button", { name: "Weiter" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(chart.getByTestId("timeline-line")).toHaveCount((await timeline(request, { page: 2 })).lines.length);

  // Dnipro's two agreements: one line, the successor after its predecessor.
  const dnipro = (await timeline(request, { q: "Dnipro" })).lines;
  expect(dnipro.map((line) => line.bars.map((bar) => bar.title))).toEqual([
    ["Projektpartnerschaft Köln–Dnipro", "Städtepartnerschaft Köln–Dnipro"],
  ]);
  await page.goto("/timeline?q=Dnipro");
  const dniproRow = chart.locator(`[data-line-key="${dnipro[0]?.key}"]`);
  await expect(dniproRow.getByTestId("timeline-bar")).toHaveCount(2);
  await expect(dniproRow.getByTestId("timeline-lineage")).toHaveCount(1);
  await expect(dniproRow).toContainText("Projektpartnerschaft Köln–Dnipro → Städtepartnerschaft Köln–Dnipro");
});

test("the table alternative is built when opened, from the lines the page sent once as data", async ({
  page,
  request,
}) => {
  const data = await timeline(request);
  const segments = data.lines.reduce((n, line) => n + line.bars.reduce((s, bar) => s + bar.segments.length, 0), 0);
  const html = await (await request.get("/timeline")).text();
  // No table in the page's HTML (it was half of it, thousands of rows at scale) ...
  expect(html).not.toContain("data-kind=");
  // ... and the drawing once: as HTML, not a second time in React's flight data (which carries the lines as data).
  expect(html.split("timeline-segment").length - 1).toBe(segments);
  expect(html).toContain("Städtepartnerschaft Köln–Wolgograd");

  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/timeline");
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
  const table = page.getByTestId("timeline-table");
  await expect(table.locator("table")).toHaveCount(0);
  // By keyboard: the summary is in the tab order; Enter opens the disclosure and the table is there, Enter closes it.
  const summary = table.locator("summary");
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(table).toHaveAttribute("open", "");
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(
    data.lines.reduce(
      (n, line) => n + line.marks.length + line.bars.reduce((s, bar) => s + bar.segments.length + (bar.end ? 1 : 0), 0),
      0,
    ),
  );
  await expect(
    table.getByRole("table", { name: "Abschnitte und Aktivitäten der gezeigten Partnerschaften" }),
  ).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveCount(5);
  await page.keyboard.press("Enter");
  await expect(table.locator("table")).toHaveCount(0);
  // The chart drawn by the server is the chart the browser draws: React took it over without a mismatch.
  expect(errors).toEqual([]);
});

test("a click on a bar opens its agreement, on a mark its activity, on a name the partner", async ({ page }) => {
  await page.goto("/timeline");
  const chart = page.getByTestId("timeline-chart");
  await chart.getByRole("link", { name: /^Städtepartnerschaft Köln–Wolgograd:/ }).click();
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Städtepartnerschaft Köln–Wolgograd");

  await page.goto("/timeline?zoom=2019&q=Chongqing");
  await page.getByTestId("timeline-mark").first().click();
  await expect(page).toHaveURL(/\/activities\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Besuch der Oberbürgermeisterin in Chongqing");

  await page.goto("/timeline?sort=status&q=Dnipro");
  await page.getByTestId("timeline-chart").getByRole("link", { name: "Dnipro", exact: true }).click();
  await expect(page).toHaveURL(/\/partners\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dnipro");
});

test("the keyboard reaches every bar and mark with a visible focus, and Enter opens the agreement", async ({
  page,
  request,
}) => {
  const data = await timeline(request);
  await page.goto("/timeline");
  const chart = page.getByTestId("timeline-chart");
  const targets = await chart.locator('[data-testid="timeline-bar"], [data-testid="timeline-mark"]').count();
  // From the first partner's link, Tab by Tab through the chart.
  await tabTo(page, chart.locator("a").first());
  const reached = new Set<string>();
  for (let step = 0; step < 400; step++) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element?.closest('[data-testid="timeline-chart"]')) return null;
      const id = element.getAttribute("data-agreement-id") ?? element.getAttribute("data-activity-id");
      return id ? `${element.getAttribute("data-testid")}:${id}` : "other";
    });
    if (focused === null) break;
    if (focused !== "other") reached.add(focused);
    await page.keyboard.press("Tab");
  }
  expect(reached.size).toBe(targets);
  expect(targets).toBe(data.lines.reduce((n, line) => n + line.bars.length + line.marks.length, 0));

  // The focused bar shows a ring in the focus colour; Enter opens it.
  const volgograd = chart.getByRole("link", { name: /^Städtepartnerschaft Köln–Wolgograd:/ });
  await tabTo(page, volgograd);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(volgograd).toBeFocused();
  const ring = await volgograd
    .locator("rect")
    .last()
    .evaluate((rect) => {
      const style = getComputedStyle(rect);
      return { stroke: style.stroke, width: style.strokeWidth };
    });
  expect(ring.stroke).not.toBe("none");
  expect(Number.parseFloat(ring.width)).toBeGreaterThanOrEqual(3);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Städtepartnerschaft Köln–Wolgograd");
});

test("zoom and order live in the URL, and the agreement list's filters apply with their chips", async ({
  page,
  request,
}) => {
  await page.goto("/timeline");
  const zoom = page.getByRole("navigation", { name: "Zeitraum" });
  await zoom.getByRole("link", { name: "1980er" }).click();
  await expect(page).toHaveURL(/[?&]zoom=1980s/);
  await expect(page.getByRole("heading", { level: 2, name: "Zeitleiste von 1980 bis 1989" })).toBeVisible();
  const decade = await timeline(request, { zoom: "1980s" });
  await expect(page.getByTestId("timeline-line")).toHaveCount(decade.lines.length);

  await page.getByRole("navigation", { name: "Jahre der 1980er" }).getByRole("link", { name: "1988" }).click();
  await expect(page).toHaveURL(/[?&]zoom=1988/);
  await expect(page.getByRole("heading", { level: 2, name: "Zeitleiste 1988" })).toBeVisible();
  const year = await timeline(request, { zoom: "1988" });
  await expect(page.getByTestId("timeline-line")).toHaveCount(year.lines.length);

  // The URL alone reproduces it, with an order.
  await page.goto("/timeline?zoom=1988&sort=continent");
  await expect(
    page.getByRole("navigation", { name: "Sortierung" }).getByRole("link", { name: "Nach Kontinent" }),
  ).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("heading", { level: 3, name: "Europa" })).toBeVisible();
  await expect(page.getByTestId("timeline-line")).toHaveCount(year.lines.length);

  // A filter of the agreement list: status "suspended" leaves Volgograd, shown as a chip that removes it.
  await page.goto("/timeline");
  await page.getByLabel("Status", { exact: true }).selectOption("SUSPENDED");
  await expect(page).toHaveURL(/[?&]status=SUSPENDED/);
  const suspended = await timeline(request, { status: ["SUSPENDED"] });
  await expect(page.getByTestId("timeline-line")).toHaveCount(suspended.lines.length);
  await expect(page.getByTestId("timeline-chart")).toContainText("Wolgograd");
  await page.getByRole("link", { name: /Status: Ausgesetzt/ }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByTestId("timeline-line")).toHaveCount((await timeline(request)).lines.length);
});

test("bars are drawn in their status colours", async ({ page }) => {
  await page.goto("/timeline?q=Wolgograd");
  const bar = page.getByRole("link", { name: /^Städtepartnerschaft Köln–Wolgograd:/ });
  const active = bar.locator('[data-status="ACTIVE"]').first();
  const suspended = bar.locator('[data-status="SUSPENDED"]').first();
  // Solid active, suspended under its white stripes: most of each is its colour, none of the other's.
  expect(await shareOfColour(page, active, AGREEMENT_STATUS_COLORS.ACTIVE)).toBeGreaterThan(0.8);
  expect(await shareOfColour(page, active, AGREEMENT_STATUS_COLORS.SUSPENDED)).toBe(0);
  expect(await shareOfColour(page, suspended, AGREEMENT_STATUS_COLORS.SUSPENDED)).toBeGreaterThan(0.25);
  expect(await shareOfColour(page, suspended, AGREEMENT_STATUS_COLORS.ACTIVE)).toBe(0);
  // The legend's swatches too.
  const legend = page.getByRole("list", { name: "Legende" });
  expect(
    await shareOfColour(page, legend.locator('li:has([data-status="ACTIVE"]) svg'), AGREEMENT_STATUS_COLORS.ACTIVE),
  ).toBeGreaterThan(0.8);
});

test("a status changed elsewhere shows on the open timeline without a reload", async ({ page, request }) => {
  const title = `Zeitleiste live ${Date.now()}`;
  const { id } = await createAgreement(request, title, "ACTIVE");
  await page.goto(`/timeline?q=${encodeURIComponent(title)}`);
  await expect(page.locator("body")).toHaveAttribute("data-live", "on");
  const bar = page.locator(`[data-agreement-id="${id}"]`);
  await expect(bar.locator('[data-status="ACTIVE"]')).toHaveCount(1);
  await expect(bar.locator('[data-status="SUSPENDED"]')).toHaveCount(0);
  await trpcMutation(request, "agreement.transition", { id, to: "SUSPENDED", reason: "Für die Zeitleiste geändert" });
  await expect(bar.locator('[data-status="SUSPENDED"]')).toHaveCount(1);
});

test("a partner's page shows its timeline section, Dnipro's two agreements on one line", async ({ page, request }) => {
  const partners = await trpcQuery<{ items: { id: number }[] }>(request, "partner.list", { q: "Dnipro" });
  await page.goto(`/partners/${partners.items[0]?.id}`);
  const section = page.getByTestId("partner-timeline");
  await expect(section.getByRole("heading", { level: 2, name: "Zeitleiste" })).toBeVisible();
  await expect(section.getByTestId("timeline-line")).toHaveCount(1);
  await expect(section.getByTestId("timeline-bar")).toHaveCount(2);
  await section.getByRole("link", { name: /^Städtepartnerschaft Köln–Dnipro/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Städtepartnerschaft Köln–Dnipro");
});

for (const locale of ["de", "en"] as const) {
  test(`the timeline and a partner's section pass axe (${locale})`, async ({ page, context, baseURL, request }) => {
    await context.addCookies([{ name: "locale", value: locale, url: baseURL ?? "" }]);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    const partners = await trpcQuery<{ items: { id: number }[] }>(request, "partner.list", { q: "Wolgograd" });
    for (const path of [
      "/timeline",
      "/timeline?zoom=2020s&sort=continent",
      "/timeline?zoom=2022",
      `/partners/${partners.items[0]?.id}`,
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      errors.push(...(await axe(page, `${path} (${locale})`)));
    }
    if (locale === "en") await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the table alternative is reached through a link the server answers with the table built", async ({
    page,
    request,
  }) => {
    const data = await timeline(request);
    await page.goto("/timeline");
    const table = page.getByTestId("timeline-table");
    await table.locator("summary").click();
    await expect(table.locator("tbody tr")).toHaveCount(0);
    await table.getByRole("link", { name: "Tabelle laden (ohne JavaScript)" }).click();
    await expect(page).toHaveURL(/[?&]table=1#timeline-table$/);
    await expect(table).toHaveAttribute("open", "");
    await expect(table.locator("tbody tr")).toHaveCount(
      data.lines.reduce(
        (n, line) =>
          n + line.marks.length + line.bars.reduce((s, bar) => s + bar.segments.length + (bar.end ? 1 : 0), 0),
        0,
      ),
    );
    await expect(table.getByRole("link", { name: "Tabelle laden (ohne JavaScript)" })).toHaveCount(0);
  });
});
