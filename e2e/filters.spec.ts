// The list filters kept in the URL: the keyboard focus stays where it is while they apply, several values in the URL
// are shown as such, the active filters' chips are in the page's first HTML (seen with JavaScript off), the dashboard's
// figures open the lists filtered to them, and the 404 page. The filters are reached and changed with the keyboard.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { createAgreement, trpcMutation } from "./api";
import { tabTo } from "./keyboard";

const results = (page: Page) => page.getByRole("status").filter({ hasText: "Treffer" });

/** Marks the element so that a later check can tell whether it is still the same one (not mounted afresh). */
async function mark(locator: Locator): Promise<void> {
  await locator.evaluate((element) => {
    (element as HTMLElement & { e2eMark?: boolean }).e2eMark = true;
  });
}

/** The WCAG 2.1 AA violations axe finds on the page, by rule. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

/** The id of the focused element, and whether it is the very element `mark` marked. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as (HTMLElement & { e2eMark?: boolean }) | null;
    return { id: element?.id ?? null, marked: element?.e2eMark === true };
  });
}

test("the focus stays on a filter select while its choice applies", async ({ page }) => {
  await page.goto("/agreements");
  const total = (await results(page).textContent()) ?? "";

  const continent = page.getByLabel("Kontinent");
  await mark(continent);
  await tabTo(page, continent);
  await page.keyboard.type("Asien");
  await expect(page).toHaveURL(/continent=ASIA/);
  await expect(results(page)).not.toHaveText(total);
  await expect(page.getByRole("link", { name: "Städtepartnerschaft Köln–Kyoto" })).toBeVisible();
  expect(await focused(page)).toEqual({ id: "filter-continent", marked: true });

  // A second filter: the form (and the first select) stay, the second keeps the focus.
  const type = page.getByLabel("Art", { exact: true });
  await mark(type);
  await tabTo(page, type);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/type=PARTNERSHIP/);
  await expect(page).toHaveURL(/continent=ASIA/);
  await expect(page.getByRole("link", { name: "Städtepartnerschaft Köln–Kyoto" })).toBeVisible();
  expect(await focused(page)).toEqual({ id: "filter-type", marked: true });
  expect(await continent.evaluate((element) => (element as { e2eMark?: boolean }).e2eMark)).toBe(true);
});

test("arrow keys on a filter select step through its options without losing the focus", async ({ page }) => {
  await page.goto("/working-groups");
  const status = page.getByLabel("Status", { exact: true });
  await mark(status);
  await tabTo(page, status);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/status=ANNOUNCED/);
  await expect(status).toHaveValue("ANNOUNCED");
  expect(await focused(page)).toEqual({ id: "filter-status", marked: true });
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/status=FORMING/);
  await expect(status).toHaveValue("FORMING");
  expect(await focused(page)).toEqual({ id: "filter-status", marked: true });
});

test("the typed fields show what the URL holds, also after a reset", async ({ page }) => {
  await page.goto("/agreements?from=1950&q=Partnerschaft");
  const from = page.getByLabel("Jahr von");
  const search = page.getByLabel("Suche", { exact: true });
  await expect(from).toHaveValue("1950");
  await expect(search).toHaveValue("Partnerschaft");

  await from.fill("1960");
  await page.getByRole("button", { name: "Filtern", exact: true }).click();
  await expect(page).toHaveURL(/from=1960/);
  await expect(from).toHaveValue("1960");

  await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
  await expect(page).toHaveURL(/\/agreements$/);
  await expect(from).toHaveValue("");
  await expect(search).toHaveValue("");

  // Applying the search leaves the focus in the search field.
  await search.fill("Kyoto");
  await mark(search);
  await search.press("Enter");
  await expect(page).toHaveURL(/q=Kyoto/);
  await expect(page.getByRole("link", { name: "Städtepartnerschaft Köln–Kyoto" })).toBeVisible();
  await expect(search).toHaveValue("Kyoto");
  expect(await focused(page)).toEqual({ id: "filter-q", marked: true });
});

test("a filter with several values in the URL says so; one choice replaces them, “Alle” clears them", async ({
  page,
}) => {
  await page.goto("/agreements?status=SIGNED&status=ACTIVE&status=DORMANT&status=SUSPENDED");
  const status = page.getByLabel("Status", { exact: true });
  await expect(status.locator("option:checked")).toHaveText("Mehrere (4): Unterzeichnet, Aktiv, Ruhend, …");
  const several = Number((await results(page).textContent())?.match(/\d+/)?.[0]);

  await mark(status);
  await tabTo(page, status);
  await page.keyboard.type("Aktiv");
  await expect(page).toHaveURL(/[?&]status=ACTIVE(&|$)/);
  await expect(page).not.toHaveURL(/status=SIGNED|status=DORMANT|status=SUSPENDED/);
  await expect(status).toHaveValue("ACTIVE");
  await expect(status.locator("option", { hasText: "Mehrere" })).toHaveCount(0);
  const active = Number((await results(page).textContent())?.match(/\d+/)?.[0]);
  expect(active).toBeLessThan(several);
  expect(await focused(page)).toEqual({ id: "filter-status", marked: true });

  await status.selectOption({ label: "Alle" });
  await expect(page).not.toHaveURL(/status=/);
  await expect(status).toHaveValue("");

  await page.goto("/working-groups?status=FORMING&status=ACTIVE&milestones=overdue");
  await expect(page.getByLabel("Status", { exact: true }).locator("option:checked")).toHaveText(
    "Mehrere (2): In Gründung, Aktiv",
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("/agreements?status=SIGNED&status=ACTIVE&quiet=1");
  await expect(page.getByLabel("Ohne Aktivität seit 3 Jahren")).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the active filters show as chips in the page as the server sends it, at desktop and phone width", async ({
    page,
  }) => {
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(
        "/agreements?q=Kyoto&status=ACTIVE&area=CULTURE&continent=ASIA&country=JP&from=1950&quiet=1&validUntil=none",
      );
      const chips = page.getByRole("list", { name: "Aktive Filter" }).getByRole("listitem");
      await expect(chips).toHaveText([
        "Filter entfernen: Suche: Kyoto",
        "Filter entfernen: Status: Aktiv",
        "Filter entfernen: Kooperationsfeld: Kultur",
        "Filter entfernen: Kontinent: Asien",
        "Filter entfernen: Land: Japan",
        "Filter entfernen: Jahr von: 1950",
        "Filter entfernen: Gültig bis: unbefristet (kein Ablaufdatum)",
        "Filter entfernen: Ohne Aktivität seit 3 Jahren: ja",
      ]);
      // On a phone the form is folded behind its button, which counts them.
      if (width === 390) await expect(page.getByRole("button", { name: "Filter (8 aktiv)" })).toBeVisible();
      // Seen, not only present: each chip has a box on the screen.
      for (const chip of await chips.all()) expect((await chip.boundingBox())?.height ?? 0).toBeGreaterThan(10);
      await page.screenshot({ path: test.info().outputPath(`chips-no-js-${width}.png`), fullPage: false });
    }

    await page.goto("/partners?country=CN&kind=CITY");
    await expect(page.getByRole("list", { name: "Aktive Filter" }).getByRole("listitem")).toHaveText([
      "Filter entfernen: Land: China",
      "Filter entfernen: Art: Stadt",
    ]);
    await page.goto("/agreements");
    await expect(page.getByRole("list", { name: "Aktive Filter" })).toHaveCount(0);
  });
});

test("in English, several values and the dashboard's decades are said in English", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "locale", value: "en", url: baseURL ?? "" }]);
  await page.goto("/working-groups?status=FORMING&status=ACTIVE");
  await expect(page.getByLabel("Status", { exact: true }).locator("option:checked")).toHaveText(
    "Several (2): Forming, Active",
  );

  await page.goto("/");
  const decades = page.getByRole("region", { name: "City partnerships per decade" });
  await decades.getByText("Data as a table").click();
  await expect(decades.getByRole("table").getByRole("link").first()).toHaveText(/^\d{4}s$/);
});

test("the dashboard's figures open the lists filtered to them", async ({ page }) => {
  await page.goto("/");

  // The quiet agreements are a card of their own (beside "needs attention"), split by type; each type opens the
  // list filtered to it.
  const quietType = page.locator("#quiet").getByRole("link").first();
  const quiet = Number(
    (await quietType.locator("xpath=ancestor::tr").locator("td").last().textContent())?.replace(/\D/g, ""),
  );
  await quietType.click();
  await expect(page).toHaveURL(/\/agreements\?quiet=1&type=[A-Z_]+$/);
  await expect(page.getByLabel("Ohne Aktivität seit 3 Jahren")).toBeChecked();
  await expect(results(page)).toHaveText(`${quiet} Treffer`);
  await page.goto("/agreements?quiet=1");

  // Unchecking removes the filter, and the checkbox keeps the focus.
  const checkbox = page.getByLabel("Ohne Aktivität seit 3 Jahren");
  await mark(checkbox);
  await checkbox.uncheck();
  await expect(page).toHaveURL(/\/agreements$/);
  expect(await focused(page)).toEqual({ id: "filter-quiet", marked: true });

  for (const [label, value] of [
    ["Meilensteine überfällig", "overdue"],
    ["Meilensteine fällig (30 Tage)", "dueSoon"],
  ] as const) {
    await page.goto("/");
    await page.locator(".grid--figures").getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`/working-groups\\?milestones=${value}$`));
    const select = page.getByLabel("Meilensteine", { exact: true });
    await expect(select).toHaveValue(value);
    await expect(select.locator("option:checked")).toHaveText(label);
  }
  // Every group the overdue filter lists has an overdue milestone.
  await page.goto("/working-groups?milestones=overdue");
  const rows = page.getByRole("region", { name: "Arbeitsgruppen" }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText(/überfällig|Keine Einträge/);
});

test("the dashboard's active agreements by type have their own section; the quiet one links its rest", async ({
  page,
}) => {
  await page.goto("/");
  const byType = page.getByRole("region", { name: "Aktive Vereinbarungen nach Art" });
  await expect(byType.getByRole("heading", { level: 2 })).toHaveText("Aktive Vereinbarungen nach Art");
  await expect(byType.getByRole("link", { name: "Städtepartnerschaft" })).toHaveAttribute(
    "href",
    "/agreements?status=ACTIVE&type=PARTNERSHIP",
  );

  const quiet = page.getByRole("region", { name: "Ohne Aktivität seit 3 Jahren" });
  await expect(quiet.getByRole("heading", { name: "Aktive Vereinbarungen nach Art" })).toHaveCount(0);
  const more = quiet.getByRole("link", { name: /weitere/ });
  if ((await more.count()) > 0) {
    await more.click();
    await expect(page).toHaveURL(/\/agreements\?quiet=1$/);
    await expect(page.getByLabel("Ohne Aktivität seit 3 Jahren")).toBeChecked();
  }
});

test("the status form sends the version it shows and starts afresh after a change", async ({ page, request }) => {
  const { id } = await createAgreement(request, `E2E Version ${Date.now()}`, "ACTIVE");
  await page.goto(`/agreements/${id}`);
  const form = page.getByRole("form", { name: "Status ändern" });
  await form.getByLabel("Neuer Status").selectOption({ label: "Ausgesetzt" });
  await form.getByLabel("Begründung").fill("Kontakte ruhen vorerst");
  await form.getByRole("button", { name: "Status ändern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status geändert." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Statusverlauf" }).getByRole("listitem").first()).toContainText(
    "Aktiv → Ausgesetzt",
  );
  // The form now offers the changes from "Ausgesetzt", its fields are empty (no status chosen in advance), and the
  // message has the focus.
  await expect(form.getByLabel("Neuer Status")).toHaveValue("");
  await expect(form.getByLabel("Geltungsbereich")).toHaveCount(0);
  await expect(form.getByLabel("Begründung")).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Status geändert." })).toBeFocused();

  // Someone else changes it meanwhile: the change made here is refused, and nothing is recorded.
  await form.getByLabel("Neuer Status").selectOption({ label: "Aktiv" });
  await trpcMutation(request, "agreement.transition", { id, to: "ACTIVE", reason: "Von anderer Stelle geändert" });
  await form.getByLabel("Begründung").fill("Veraltete Ansicht");
  await form.getByRole("button", { name: "Status ändern" }).click();
  await expect(form.getByRole("alert")).toContainText("inzwischen von Demo Redaktion geändert");
  await page.reload();
  await expect(page.getByRole("list", { name: "Statusverlauf" })).not.toContainText("Veraltete Ansicht");
});

test("a record that does not exist shows the 404 page, in German or English", async ({ page, baseURL }) => {
  const response = await page.goto("/agreements/999999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Zur Übersicht" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();

  await page.context().addCookies([{ name: "locale", value: "en", url: baseURL ?? "" }]);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the dashboard" })).toBeVisible();
});
