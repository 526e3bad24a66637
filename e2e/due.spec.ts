// What is due: commitments and the agenda in the browser. An editor marks the Chongqing rail-link commitment done
// and it leaves the dashboard's overdue figure and the agenda; the agenda's filters live in the URL; the new pages
// pass axe in both languages.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { trpcMutation, trpcQuery } from "./api";
import { ORIGIN } from "./auth";

const RAIL = "Arbeitsgruppe zur direkten Bahnverbindung Chongqing–Köln bilden";

interface Commitment {
  id: number;
  version: number;
  title: string;
  agreement: { id: number };
}

async function railCommitment(request: Parameters<typeof trpcQuery>[0]) {
  const page = await trpcQuery<{ items: Commitment[] }>(request, "commitment.list", { q: "Bahnverbindung" });
  const found = page.items.find((item) => item.title === RAIL);
  if (!found) throw new Error("the seed has no rail-link commitment");
  return trpcQuery<Commitment & { version: number }>(request, "commitment.byId", { id: found.id });
}

async function overdueFigure(page: Page): Promise<number> {
  await page.goto("/");
  const figure = page.getByRole("link", { name: /Überfällig$/ }).filter({ hasText: /^\d/ });
  await expect(figure.first()).toBeVisible();
  const link = page.locator('a.figure[href="/agenda?due=overdue"]');
  return Number((await link.locator(".figure__value").textContent())?.replace(/\D/g, ""));
}

test("an editor marks the rail-link commitment done: it leaves the overdue figure and the agenda", async ({
  page,
  request,
}) => {
  // The source gives no date ("shortly"); this test sets one in the past, as an editor could, to make it overdue.
  const rail = await railCommitment(request);
  await trpcMutation(request, "commitment.update", {
    id: rail.id,
    version: rail.version,
    agreementId: rail.agreement.id,
    title: RAIL,
    quote: "a working group is to be formed shortly",
    quoteLanguage: "en",
    dueOn: "2020-06",
    verified: false,
  });
  const before = await overdueFigure(page);
  expect(before).toBeGreaterThanOrEqual(1);

  await page.locator('a.figure[href="/agenda?due=overdue"]').click();
  await expect(page).toHaveURL(/\/agenda\?due=overdue/);
  await expect(page.getByRole("heading", { level: 2, name: /Überfällig/ })).toBeVisible();
  await expect(page.getByRole("link", { name: RAIL })).toBeVisible();

  await page.getByRole("link", { name: RAIL }).click();
  await expect(page.getByRole("heading", { level: 1, name: RAIL })).toBeVisible();
  await expect(page.getByText("Überfällig", { exact: true })).toBeVisible();
  const form = page.getByRole("form", { name: "Status ändern" });
  await form.getByLabel("Neuer Status").selectOption("DONE");
  // Without a reason the form refuses and names the field.
  await form.getByRole("button", { name: "Status ändern" }).click();
  await expect(form.locator(".field__error").filter({ hasText: "bitte einen Grund angeben" })).toBeVisible();
  await expect(form.getByRole("link", { name: /Begründung: bitte einen Grund angeben/ })).toBeVisible();
  await form.getByLabel("Begründung").fill("Die Arbeitsgruppe wurde gebildet (Testdaten).");
  await form.getByRole("button", { name: "Status ändern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status gespeichert." })).toBeVisible();
  await expect(page.locator("dd").getByText(/^Status geändert von Demo Redaktion am/)).toBeVisible();

  expect(await overdueFigure(page)).toBe(before - 1);
  await page.goto("/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Fristen und Termine" })).toBeVisible();
  await expect(page.getByRole("link", { name: RAIL })).toHaveCount(0);
  // The five areas to explore are still there, without a deadline.
  const none = page.getByRole("region", { name: /Keine Frist gesetzt/ });
  await expect(none.getByRole("listitem")).toHaveCount(5);
});

test("the agenda's filters are kept in the URL", async ({ page }) => {
  await page.goto("/agenda");
  await page.getByLabel("Art", { exact: true }).selectOption("ANNIVERSARY");
  await expect(page).toHaveURL(/kind=ANNIVERSARY/);
  const entries = page.locator(".agenda-entry");
  await expect(entries.first()).toBeVisible();
  const count = await entries.count();
  for (let index = 0; index < count; index++) await expect(entries.nth(index)).toContainText("Jubiläum");

  await page.getByLabel("Kooperationsfeld").selectOption("ELDERLY_CARE");
  await expect(page).toHaveURL(/kind=ANNIVERSARY.*area=ELDERLY_CARE|area=ELDERLY_CARE.*kind=ANNIVERSARY/);
  await page.reload();
  await expect(page.getByLabel("Art", { exact: true })).toHaveValue("ANNIVERSARY");
  await expect(page.getByLabel("Kooperationsfeld")).toHaveValue("ELDERLY_CARE");

  await page.goto("/agenda?kind=COMMITMENT");
  await expect(page.getByLabel("Art", { exact: true })).toHaveValue("COMMITMENT");
  await expect(page.locator(".agenda-entry").first()).toContainText("Zusage");
});

test("the commitment list filters by 'no deadline' in the URL", async ({ page }) => {
  await page.goto("/commitments");
  await page.getByLabel("Nur ohne Frist").check();
  await expect(page).toHaveURL(/noDeadline=1/);
  await expect(page.getByRole("cell", { name: "Keine Frist gesetzt" }).first()).toBeVisible();
});

for (const locale of ["de", "en"] as const) {
  test(`the new pages pass axe in ${locale === "de" ? "German" : "English"}`, async ({ page, context, request }) => {
    test.setTimeout(120_000);
    await context.addCookies([{ name: "locale", value: locale, url: ORIGIN }]);
    const rail = await railCommitment(request);
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(`page error ${error.message}`));
    for (const path of [
      "/agenda",
      "/commitments",
      `/commitments/${rail.id}`,
      "/commitments/new",
      `/agreements/${rail.agreement.id}`,
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.waitForLoadState("networkidle");
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const violation of result.violations) failures.push(`${path}: ${violation.id} ${violation.help}`);
    }
    expect(failures).toEqual([]);
  });
}

test("the calendar feed: set up on the account page, subscribed without a session, revoked → 404", async ({
  page,
  playwright,
}) => {
  await page.goto("/account");
  const card = page.getByRole("region", { name: "Kalender-Abo" });
  await card.getByRole("button", { name: "Kalender-Abo einrichten" }).click();
  const address = await card.getByLabel("Adresse des Kalender-Abos").inputValue();
  expect(address).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics\?lang=de$/);
  await expect(card.getByRole("status")).toContainText("Kalender-Abo eingerichtet am");

  // A calendar program has no session: the address alone opens the feed.
  const anonymous = await playwright.request.newContext();
  const feed = await anonymous.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const text = await feed.text();
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text).toMatch(/UID:anniversary-\d+-\d+@/);

  await card.getByRole("button", { name: "Kalender-Abo widerrufen" }).click();
  await expect(card.getByRole("status")).toHaveText("Kein Kalender-Abo eingerichtet.");
  expect((await anonymous.get(address)).status()).toBe(404);
  await anonymous.dispose();
});
