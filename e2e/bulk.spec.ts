// Bulk changes and saved views on the agreement list, in the browser: rows chosen and a status changed for all of
// them by keyboard (with a refused row listed with its reason), the change seen through the API; a saved view
// created, shared, reopened from its menu and from its URL, seen by a viewer; viewers get no checkboxes and the
// API refuses them; axe in German and English; the selection bar on a phone's card list, by its pixels.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { trpcMutation, trpcQuery } from "./api";
import { ORIGIN, storageStateOf } from "./auth";
import { tabTo } from "./keyboard";

type Row = { id: number; title: string; status: string; version: number };
type ListPage = { items: Row[] };

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

const FILTER = { status: ["ACTIVE", "ENDED"], sort: "title" } as const;
const FILTER_URL = "/agreements?status=ACTIVE&status=ENDED&sort=title";

test("an editor changes the status of chosen agreements by keyboard; the refused one is listed with its reason", async ({
  page,
  request,
}) => {
  const first = await trpcQuery<ListPage>(request, "agreement.list", FILTER);
  const active = first.items.filter((row) => row.status === "ACTIVE").slice(0, 2);
  const ended = first.items.find((row) => row.status === "ENDED");
  expect(active).toHaveLength(2);
  if (!ended) throw new Error("the seed's first page has an ended agreement");

  await page.goto(FILTER_URL);
  await expect(page.getByRole("heading", { level: 1, name: "Vereinbarungen" })).toBeVisible();
  const bar = page.getByRole("region", { name: "Sammeländerung" });
  await expect(bar.getByText("Keine ausgewählt")).toBeVisible();

  // Rows chosen with the space bar.
  for (const row of [...active, ended]) {
    await tabTo(page, page.getByRole("checkbox", { name: `„${row.title}“ auswählen` }));
    await page.keyboard.press("Space");
  }
  await expect(bar.getByText("3 ausgewählt")).toBeVisible();

  // The change, typed and confirmed with the keyboard.
  await tabTo(page, bar.getByLabel("Neuer Status"));
  await page.keyboard.type("Ruhend");
  await tabTo(page, bar.getByLabel("Begründung (für alle)"));
  await page.keyboard.type("Sammelprüfung im Browser");
  await tabTo(page, bar.getByRole("button", { name: "Vorschau" }));
  await page.keyboard.press("Enter");

  const preview = bar.getByRole("region", { name: "Vorschau der Sammeländerung" });
  await expect(preview).toBeFocused();
  await expect(preview.getByText("2 werden geändert, 1 abgelehnt, keine unverändert, keine Konflikte.")).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: ended.title })).toContainText(
    "Von „Beendet“ ist dieser Status nicht erlaubt",
  );

  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("bulk-preview-1366.png"), fullPage: true });

  await tabTo(page, preview.getByRole("button", { name: "2 Vereinbarungen ändern" }));
  await page.keyboard.press("Enter");
  await expect(bar.getByRole("status").filter({ hasText: "2 Vereinbarungen wurden geändert." })).toBeFocused();

  for (const row of active) {
    const after = await trpcQuery<Row & { status: string }>(request, "agreement.byId", { id: row.id });
    expect(after.status).toBe("DORMANT");
    expect(after.version).toBe(row.version + 1);
  }
  const stillEnded = await trpcQuery<Row>(request, "agreement.byId", { id: ended.id });
  expect(stillEnded.status).toBe("ENDED");
});

test("the selection bar works on a phone's card list (390 px), and axe is clean in English", async ({ page }) => {
  await page.context().addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/agreements?status=ACTIVE&sort=title");
  await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
  const bar = page.getByRole("region", { name: "Bulk change" });
  const boxes = page.getByRole("checkbox", { name: /^Select “/ });
  await expect(boxes.first()).toBeVisible();
  // Each card's checkbox sits inside the screen, above the card's title, large enough to hit (24 px).
  const box = await boxes.first().boundingBox();
  const title = await page.locator(".list-table__name").first().boundingBox();
  expect(box && title).toBeTruthy();
  if (!box || !title) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.y).toBeLessThan(title.y);

  await bar.getByLabel("Select all on this page").check();
  await expect(bar.getByText(/^\d+ selected$/)).toBeVisible();
  await bar.getByLabel("What to change?").selectOption({ label: "Responsible unit" });
  await bar.getByRole("button", { name: "Preview" }).click();
  await expect(bar.getByText(/will change/)).toBeVisible();
  // Nothing of the bar sticks out of the phone's screen.
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("bulk-390.png"), fullPage: true });

  // The views menu opens inside the phone's screen.
  await page.locator("details.saved-views summary").click();
  const panel = await page.locator(".saved-views__panel").boundingBox();
  expect(panel).toBeTruthy();
  expect(panel?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual(390);
  await expect(page.getByLabel("Name of the view")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("views-390.png") });
});

test("a saved view is created, shared, reopened from the menu and from its URL, and seen by a viewer", async ({
  page,
  browser,
}) => {
  const name = `Aktive nach Titel ${Date.now().toString(36)}`;
  await page.goto("/agreements?status=ACTIVE&sort=title&page=2");
  const menu = page.locator("details.saved-views");
  await menu.locator("summary").click();
  await menu.getByLabel("Name der Ansicht").fill(name);
  await menu.getByLabel("Mit allen teilen").check();
  await menu.getByRole("button", { name: "Ansicht speichern" }).click();
  await expect(menu.getByRole("status")).toHaveText(`Die Ansicht „${name}“ wurde gespeichert.`);
  const link = menu.getByRole("link", { name });
  // Filter and sort are kept, the page is not.
  await expect(link).toHaveAttribute("href", "/agreements?status=ACTIVE&sort=title");
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("saved-views-1366.png"), fullPage: true });

  // Reopened from the menu on an unfiltered list.
  await page.goto("/agreements");
  await page.locator("details.saved-views summary").click();
  await page.locator("details.saved-views").getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/agreements\?status=ACTIVE&sort=title$/);
  const rows = page.locator("table.list-table tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const badge of await page.locator("table.list-table tbody tr td:nth-child(5)").allInnerTexts()) {
    expect(badge).toContain("Aktiv");
  }

  // A viewer opens the shared view from its URL and finds it in the menu, without checkboxes or a bulk bar.
  const viewerContext = await browser.newContext({ storageState: storageStateOf("VIEWER") });
  const viewer = await viewerContext.newPage();
  await viewer.goto("/agreements?status=ACTIVE&sort=title");
  await viewer.locator("details.saved-views summary").click();
  await expect(viewer.locator("details.saved-views").getByRole("link", { name })).toBeVisible();
  await expect(viewer.getByRole("checkbox", { name: /auswählen/ })).toHaveCount(0);
  await expect(viewer.getByRole("region", { name: "Sammeländerung" })).toHaveCount(0);
  // The API refuses a viewer's bulk change.
  const row = (await trpcQuery<ListPage>(viewer.request, "agreement.list", { status: ["ACTIVE"] })).items[0];
  const refused = await trpcMutation(viewer.request, "agreement.bulkApply", {
    items: [{ id: row?.id, version: row?.version }],
    change: { kind: "responsibleUnit", value: "Viewer" },
  }).then(
    () => "accepted",
    (error: Error) => error.message,
  );
  expect(refused).toContain("403");
  await viewerContext.close();

  // The owner deletes it (confirmed in a second step).
  await page.goto("/agreements");
  await page.locator("details.saved-views summary").click();
  const own = page.locator("details.saved-views");
  await own.getByRole("button", { name: `„${name}“ löschen` }).click();
  await own.getByRole("button", { name: `Ansicht „${name}“ wirklich löschen?` }).click();
  await expect(own.getByRole("status")).toHaveText(`Die Ansicht „${name}“ wurde gelöscht.`);
  await expect(own.getByRole("link", { name })).toHaveCount(0);
});

test("an editor sets one human-rights review for chosen partners; the partners show it", async ({ page, request }) => {
  type PartnerRow = { id: number; nameDe: string };
  const partners = await trpcQuery<{ items: PartnerRow[] }>(request, "partner.list", { continent: ["ASIA"] });
  const chosen = partners.items.slice(0, 2);
  expect(chosen).toHaveLength(2);

  await page.goto("/partners?continent=ASIA");
  const bar = page.getByRole("region", { name: "Sammeländerung" });
  for (const partner of chosen) {
    await tabTo(page, page.getByRole("checkbox", { name: `„${partner.nameDe}“ auswählen` }));
    await page.keyboard.press("Space");
  }
  await expect(bar.getByText("2 ausgewählt")).toBeVisible();
  await bar.getByLabel("Stand der Prüfung").selectOption({ label: "Geprüft" });
  await bar.getByLabel("Letzte Prüfung").fill("2026-03-02");
  await bar.getByRole("button", { name: "Vorschau" }).click();
  const preview = bar.getByRole("region", { name: "Vorschau der Sammeländerung" });
  await expect(preview.getByText(/^2 werden geändert/)).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await preview.getByRole("button", { name: "2 Partner ändern" }).click();
  await expect(bar.getByRole("status").filter({ hasText: "2 Partner wurden geändert." })).toBeVisible();

  for (const partner of chosen) {
    const detail = await trpcQuery<{ humanRightsReview: { status: string; lastReviewedOn: Date | null } | null }>(
      request,
      "partner.byId",
      { id: partner.id },
    );
    expect(detail.humanRightsReview?.status).toBe("REVIEWED");
    expect(detail.humanRightsReview?.lastReviewedOn?.toISOString().slice(0, 10)).toBe("2026-03-02");
  }
});

test("an editor sets one status for a page of commitments by keyboard; the list shows it", async ({
  page,
  request,
}) => {
  type CommitmentRow = { id: number; title: string; status: string; version: number };
  const seed = await trpcQuery<{ items: CommitmentRow[] }>(request, "commitment.list", { q: "Engere Zusammenarbeit" });
  expect(seed.items.length).toBeGreaterThan(1);
  expect(seed.items.every((row) => row.status === "OPEN")).toBe(true);

  await page.goto("/commitments?q=Engere+Zusammenarbeit");
  const bar = page.getByRole("region", { name: "Sammeländerung" });
  await tabTo(page, bar.getByLabel("Alle auf dieser Seite auswählen"));
  await page.keyboard.press("Space");
  await expect(bar.getByText(`${seed.items.length} ausgewählt`)).toBeVisible();
  await bar.getByLabel("Neuer Status").selectOption({ label: "In Arbeit" });
  await tabTo(page, bar.getByRole("button", { name: "Vorschau" }));
  await page.keyboard.press("Enter");
  const preview = bar.getByRole("region", { name: "Vorschau der Sammeländerung" });
  await expect(preview.getByText(`${seed.items.length} werden geändert`, { exact: false })).toBeVisible();
  await tabTo(page, preview.getByRole("button", { name: `${seed.items.length} Zusagen ändern` }));
  await page.keyboard.press("Enter");
  await expect(
    bar.getByRole("status").filter({ hasText: `${seed.items.length} Zusagen wurden geändert.` }),
  ).toBeFocused();
  await expect(page.locator("table.list-table tbody").getByText("In Arbeit")).toHaveCount(seed.items.length);

  // Back as they were, through the API's own bulk change (the other specs expect the seed's open commitments).
  const changed = await trpcQuery<{ items: CommitmentRow[] }>(request, "commitment.list", {
    q: "Engere Zusammenarbeit",
  });
  await trpcMutation(request, "commitment.bulkApply", {
    items: changed.items.map(({ id, version }) => ({ id, version })),
    change: { status: "OPEN" },
  });
});

test("an editor sets the status of a working group through the bulk bar; the list shows it", async ({
  page,
  request,
}) => {
  type GroupRow = { id: number; name: string; status: string; version: number };
  const seed = await trpcQuery<{ items: GroupRow[] }>(request, "workingGroup.list", { q: "Bahnverbindung" });
  const group = seed.items[0];
  if (!group) throw new Error("the seed has the rail-link working group");
  const target =
    group.status === "PAUSED" ? { value: "ACTIVE", label: "Aktiv" } : { value: "PAUSED", label: "Pausiert" };

  await page.goto("/working-groups?q=Bahnverbindung");
  const bar = page.getByRole("region", { name: "Sammeländerung" });
  await tabTo(page, page.getByRole("checkbox", { name: `„${group.name}“ auswählen` }));
  await page.keyboard.press("Space");
  await bar.getByLabel("Neuer Status").selectOption({ label: target.label });
  await bar.getByRole("button", { name: "Vorschau" }).click();
  const preview = bar.getByRole("region", { name: "Vorschau der Sammeländerung" });
  await expect(preview.getByText(/^1 wird geändert/)).toBeVisible();
  await preview.getByRole("button", { name: "1 Arbeitsgruppe ändern" }).click();
  await expect(bar.getByRole("status").filter({ hasText: "1 Arbeitsgruppe wurde geändert." })).toBeVisible();
  await expect(page.locator("table.list-table tbody").getByText(target.label, { exact: true })).toBeVisible();
  const after = await trpcQuery<GroupRow>(request, "workingGroup.byId", { id: group.id });
  expect(after.status).toBe(target.value);

  // Back as it was (the other specs show the seed's working group).
  await trpcMutation(request, "workingGroup.bulkApply", {
    items: [{ id: group.id, version: after.version }],
    change: { status: group.status },
  });
});
