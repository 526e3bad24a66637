// E-mail reminders in the browser: the own settings form (refused without a kind, saved, kept after a reload; axe in
// German and English; no horizontal scrolling at phone width), and the admin page of mail runs, which shows the
// demo start's digest run — the digest that the demo's mail sink received as an .eml file, read back here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { simpleParser } from "mailparser";
import { trpcQuery } from "./api";
import { demoAccount, ORIGIN, storageStateOf } from "./auth";

const SINK = path.resolve(".data/e2e/mail-sink");
const SHOTS = path.resolve("test-results/mail");

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function noSideScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

test("the own e-mail settings: refused without a kind, saved, kept; axe in both languages", async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/account");
  const card = page.getByRole("region", { name: "Erinnerungen per E-Mail" });
  await expect(card).toBeVisible();
  const form = card.getByRole("form", { name: "Erinnerungen per E-Mail" });
  const digest = form.getByRole("checkbox", { name: "Tägliche Übersicht per E-Mail erhalten" });
  await expect(digest).not.toBeChecked();
  // Every kind is pre-selected; five boxes in the group.
  const kinds = form.getByRole("group", { name: "Was die Übersicht enthält" }).getByRole("checkbox");
  await expect(kinds).toHaveCount(5);
  expect(await axe(page)).toEqual([]);

  await digest.check();
  for (const box of await kinds.all()) await box.uncheck();
  await form.getByRole("button", { name: "Speichern" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Was die Übersicht enthält" });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Pflichtfeld");
  await expect(kinds.first()).toHaveAttribute("aria-invalid", "true");
  expect(await axe(page)).toEqual([]);

  await form.getByRole("checkbox", { name: "Zusage", exact: true }).check();
  await form.getByRole("checkbox", { name: "Meilenstein", exact: true }).check();
  await form.getByLabel("Sprache der E-Mails").selectOption("en");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(card.getByText("Gespeichert.")).toBeVisible();
  await card.screenshot({ path: path.join(SHOTS, "account-mail-de-1366.png") });
  await page.screenshot({ path: path.join(SHOTS, "account-de-1366.png"), fullPage: true });

  await page.reload();
  await expect(digest).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Zusage", exact: true })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Jubiläum", exact: true })).not.toBeChecked();
  await expect(form.getByLabel("Sprache der E-Mails")).toHaveValue("en");

  // The notice's checkbox beside its two-line label keeps its full size (it was once squeezed to a dot).
  const notices = form.getByRole("checkbox", { name: /^Sofort benachrichtigen/ });
  expect((await notices.boundingBox())?.width).toBeGreaterThanOrEqual(18);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(card).toBeVisible();
  await noSideScroll(page);
  expect((await notices.boundingBox())?.width).toBeGreaterThanOrEqual(18);
  const box = await card.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(SHOTS, "account-de-390.png"), fullPage: true });

  await context.addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const english = page.getByRole("region", { name: "E-mail reminders" });
  await expect(english.getByRole("group", { name: "What the summary contains" })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "account-en-1366.png"), fullPage: true });

  // Back as it was for the other tests (the editor's digest off).
  await page.getByRole("checkbox", { name: "Receive a daily summary by e-mail" }).uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(english.getByText("Saved.")).toBeVisible();
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("ADMIN") });

  test("the runs page shows the demo start's digest, which the mail sink received once", async ({ page, context }) => {
    test.setTimeout(120_000);
    // The demo start subscribes the demo admin and queues today's digest; the worker takes it within its polling.
    await expect
      .poll(
        async () => {
          await page.goto("/admin/mail");
          return page.locator('tr[data-run-kind="DIGEST"]').count();
        },
        { timeout: 90_000, intervals: [2_000] },
      )
      .toBeGreaterThan(0);
    await expect(page.getByRole("heading", { level: 1, name: "E-Mail-Erinnerungen" })).toBeVisible();
    await expect(page.locator("[data-sink-folder]")).toHaveAttribute("data-sink-folder", SINK);
    const run = page.locator('tr[data-run-kind="DIGEST"]').first();
    await expect(run.locator("th")).toHaveText("Tägliche Übersicht");
    await expect(run).toHaveAttribute("data-failed", "0");
    const admin = demoAccount("ADMIN").email;
    const sentRow = page.locator('tr[data-status="SENT"]').filter({ hasText: admin });
    await expect(sentRow).toHaveCount(1);
    await expect(sentRow).toContainText("Was fällig ist:");
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, "admin-mail-de-1366.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await noSideScroll(page);
    await page.screenshot({ path: path.join(SHOTS, "admin-mail-de-390.png"), fullPage: true });

    // The sink's .eml files: the admin's digest once, in German, linking back to the app.
    const mails = await Promise.all(
      readdirSync(SINK)
        .filter((name) => name.endsWith(".eml"))
        .map((name) => simpleParser(readFileSync(path.join(SINK, name)))),
    );
    const toAdmin = mails.filter((mail) => JSON.stringify(mail.to).includes(admin));
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]?.subject).toMatch(/^Was fällig ist: \d+ Einträge? – Städtepartnerschaften Köln/);
    expect(toAdmin[0]?.text).toContain("Guten Tag Demo Administration,");
    expect(toAdmin[0]?.text).toMatch(/\/agreements\/\d+|\/commitments\/\d+|\/working-groups\/\d+|\/partners\/\d+/);

    await context.addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/admin/mail");
    await expect(page.getByRole("heading", { level: 1, name: "E-mail reminders" })).toBeVisible();
    await expect(page.locator('tr[data-run-kind="DIGEST"] th').first()).toHaveText("Daily summary");
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "admin-mail-en-1366.png"), fullPage: true });
  });

  test("send now: confirmed, run through the same jobs, its result shown, nothing sent twice, audited", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    // The demo start's runs (digest and overdue) must have finished: a run still waiting refuses another.
    await expect
      .poll(
        async () => {
          const overview = await trpcQuery<{ runs: { kind: string; finishedAt: Date | null }[] }>(
            page.request,
            "mail.overview",
          );
          const kinds = new Set(overview.runs.map((run) => run.kind));
          return kinds.has("DIGEST") && kinds.has("OVERDUE") && overview.runs.every((run) => run.finishedAt);
        },
        { timeout: 90_000, intervals: [2_000] },
      )
      .toBe(true);
    const sinkBefore = readdirSync(SINK).filter((name) => name.endsWith(".eml")).length;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/admin/mail");
    const runRows = page.locator('[data-mail-table="mail-runs"] tbody tr');
    const runsBefore = await runRows.count();
    const panel = page.getByRole("region", { name: "Jetzt senden" });
    const open = panel.getByRole("button", { name: "Jetzt senden …" });

    // A confirmation first; Cancel sends nothing and gives the focus back.
    await open.click();
    const yes = panel.getByRole("button", { name: "Ja, jetzt senden" });
    await expect(yes).toBeFocused();
    await expect(panel.getByRole("group", { name: /jetzt verschicken\?/ })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await panel.screenshot({ path: path.join(SHOTS, "admin-mail-send-now-confirm-de-1366.png") });
    await panel.getByRole("button", { name: "Abbrechen" }).click();
    await expect(open).toBeFocused();

    await open.click();
    await yes.click();
    const status = panel.getByRole("status");
    await expect(status.locator('li[data-job-state="completed"]')).toHaveCount(2, { timeout: 90_000 });
    // Today's digest was sent at the start: this run sends nothing again, and says so.
    const digest = status.locator('li[data-job-queue="digest"]');
    await expect(digest).toContainText("Tägliche Übersicht: fertig – 0 E-Mails verschickt");
    await expect(digest).not.toContainText(" 0 schon verschickt");
    await expect(status.locator('li[data-job-queue="overdue"]')).toContainText("Überfällig-Benachrichtigung: fertig");
    // The tables are read again: two more runs.
    await expect(runRows).toHaveCount(runsBefore + 2);
    await expect(open).toBeEnabled();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "admin-mail-send-now-de-1366.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await noSideScroll(page);
    // An address is not broken letter by letter on a phone, nor a header.
    const recipient = page.locator('[data-mail-table="mail-deliveries"] tbody th').first();
    expect((await recipient.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(90);
    const header = page.locator('[data-mail-table="mail-deliveries"] thead th').first();
    expect((await header.boundingBox())?.height ?? 99).toBeLessThan(60);
    await page.screenshot({ path: path.join(SHOTS, "admin-mail-send-now-de-390.png"), fullPage: true });
    expect(readdirSync(SINK).filter((name) => name.endsWith(".eml")).length).toBe(sinkBefore);

    // Audited: one event, by the admin, for the e-mail reminders.
    const events = await trpcQuery<{ items: { action: string; actorEmail: string | null }[] }>(
      page.request,
      "audit.list",
      { entityType: "MAIL" },
    );
    expect(events.items.filter((event) => event.action === "RUN_NOW").length).toBeGreaterThanOrEqual(1);
    expect(events.items[0]?.actorEmail).toBe(demoAccount("ADMIN").email);
  });
});
