// Bulk changes and saved views on the agreement list, in the browser: rows chosen and a status changed for all of
// them by keyboard (with a refused row listed with its reason), the change seen through the API; a saved view
// created, shared, reopened from its menu and from its URL, seen by a viewer; viewers get no checkboxes and the
// API refuses them; axe in German and English; the selection bar on a phone's card list, by its pixels. A saved view
// with hidden columns reopened from its URL (desktop and phone, German and English); a bulk change of activities.
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

/** The column heads a list's table shows (the selection column's is said to screen readers only). */
const heads = async (page: Page) =>
  (await page.locator("table.list-table thead th").allInnerTexts()).map((text) => text.replace(/\s*[▲▼]$/, ""));

test("columns hidden by keyboard are kept in the URL and a saved view, and come back from its URL on desktop and phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/activities?sort=title");
  await expect(page.getByRole("heading", { level: 1, name: "Aktivitäten" })).toBeVisible();
  expect(await heads(page)).toEqual(["Auswahl", "Zeitraum", "Titel", "Art", "Ort", "Partner"]);

  // The disclosure, opened and used with the keyboard.
  const columns = page.locator("details.list-columns");
  const summary = columns.locator("summary");
  await expect(summary).toHaveText("Spalten (5 von 5)");
  await tabTo(page, summary);
  await page.keyboard.press("Enter");
  const panel = columns.getByRole("group", { name: "Angezeigte Spalten" });
  await expect(panel).toBeVisible();
  // The title links to the record: it cannot be hidden.
  await expect(panel.getByRole("checkbox", { name: "Titel" })).toBeDisabled();
  await expect(panel.getByRole("checkbox", { name: "Titel" })).toBeChecked();
  for (const name of ["Ort", "Partner"]) {
    await tabTo(page, panel.getByRole("checkbox", { name }));
    await page.keyboard.press("Space");
  }
  await expect(page).toHaveURL(/\/activities\?sort=title&cols=dates&cols=title&cols=type$/);
  await expect(summary).toHaveText("Spalten (3 von 5)");
  expect(await heads(page)).toEqual(["Auswahl", "Zeitraum", "Titel", "Art"]);
  // Each row has as many cells as heads.
  await expect(page.locator("table.list-table tbody tr").first().locator("td")).toHaveCount(4);
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(summary).toBeFocused();
  await expect(panel).toBeHidden();

  // Saved as a view: its address holds the columns.
  const name = `Ohne Ort ${Date.now().toString(36)}`;
  const menu = page.locator("details.saved-views");
  await menu.locator("summary").click();
  await menu.getByLabel("Name der Ansicht").fill(name);
  await menu.getByRole("button", { name: "Ansicht speichern" }).click();
  const link = menu.getByRole("link", { name });
  await expect(link).toHaveAttribute("href", "/activities?sort=title&cols=dates&cols=title&cols=type");
  const href = (await link.getAttribute("href")) as string;

  // Reopened from its URL, in a fresh page: the same three columns, from the first HTML on.
  await page.goto("/activities");
  expect((await heads(page)).length).toBe(6);
  await page.goto(href);
  expect(await heads(page)).toEqual(["Auswahl", "Zeitraum", "Titel", "Art"]);
  const shot = test.info().outputPath("columns-1366.png");
  await page.screenshot({ path: shot, fullPage: true });
  // The table is no wider than the card it sits in (three columns fit without scrolling).
  const widths = await page
    .locator(".table-wrap")
    .first()
    .evaluate((wrap) => ({ scroll: wrap.scrollWidth, client: wrap.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  // "Filter zurücksetzen" clears filter and sort, not the columns.
  await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
  await expect(page).toHaveURL(/\/activities\?cols=dates&cols=title&cols=type$/);
  expect(await heads(page)).toEqual(["Auswahl", "Zeitraum", "Titel", "Art"]);

  // On a phone, in English: the cards hold only the shown columns.
  await page.context().addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(href);
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
  await expect(page.locator("details.list-columns summary")).toHaveText("Columns (3 of 5)");
  const card = page.locator("table.list-table tbody tr").first();
  await expect(card.locator("td")).toHaveCount(4);
  await expect(card.locator('td[data-label="Place"], td[data-label="Partner"]')).toHaveCount(0);
  await expect(card.locator('td[data-label="Type"]')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("columns-cards-390.png"), fullPage: true });
  await page.locator("details.list-columns summary").click();
  const phonePanel = await page.locator(".list-columns__panel").boundingBox();
  expect(phonePanel).toBeTruthy();
  expect(phonePanel?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((phonePanel?.x ?? 0) + (phonePanel?.width ?? 0)).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("columns-390.png"), fullPage: true });

  // The export keeps every column: its link carries the parameter, which the export accepts and ignores.
  const response = await page.request.get(`/api/export/activities?format=csv&sort=title&cols=title`);
  expect(response.status()).toBe(200);
  const header = (await response.text()).replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
  expect(header.split(";").length).toBeGreaterThan(3);

  // Removed again by its owner.
  type View = { id: number; name: string };
  const views = await trpcQuery<View[]>(page.request, "savedView.list", { list: "activities" });
  const view = views.find((candidate) => candidate.name === name);
  await trpcMutation(page.request, "savedView.remove", { id: view?.id });
});

test("an editor adds a cooperation area to two chosen activities through the bulk bar, one audit event each", async ({
  page,
  request,
}) => {
  type ActivityRow = { id: number; title: string; version: number; areas: { area: { code: string } }[] };
  type Area = { code: string; nameDe: string };
  const listed = await trpcQuery<{ items: ActivityRow[] }>(request, "activity.list", { sort: "title" });
  const chosen = listed.items.slice(0, 2);
  const areas = await trpcQuery<Area[]>(request, "cooperationArea.list");
  const area = areas.find((candidate) =>
    chosen.every((row) => !row.areas.some((link) => link.area.code === candidate.code)),
  );
  if (chosen.length < 2 || !area) throw new Error("the seed has two activities without some area");

  await page.goto("/activities?sort=title");
  const bar = page.getByRole("region", { name: "Sammeländerung" });
  for (const row of chosen) {
    await tabTo(page, page.getByRole("checkbox", { name: `„${row.title}“ auswählen` }));
    await page.keyboard.press("Space");
  }
  await expect(bar.getByText("2 ausgewählt")).toBeVisible();
  await bar.getByLabel("Was ändern?").selectOption({ label: "Kooperationsfeld hinzufügen oder entfernen" });
  await bar.getByLabel("Hinzufügen oder entfernen").selectOption({ label: "Hinzufügen" });
  await bar.getByLabel("Kooperationsfeld", { exact: true }).selectOption({ label: area.nameDe });
  await bar.getByRole("button", { name: "Vorschau" }).click();
  const preview = bar.getByRole("region", { name: "Vorschau der Sammeländerung" });
  await expect(
    preview.getByText("2 werden geändert, keine abgelehnt, keine unverändert, keine Konflikte."),
  ).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("activity-bulk-1366.png"), fullPage: true });
  await preview.getByRole("button", { name: "2 Aktivitäten ändern" }).click();
  await expect(bar.getByRole("status").filter({ hasText: "2 Aktivitäten wurden geändert." })).toBeVisible();

  const after = await Promise.all(
    chosen.map((row) =>
      trpcQuery<{ version: number; areas: { code: string }[] }>(request, "activity.byId", { id: row.id }),
    ),
  );
  for (const [index, row] of after.entries()) {
    expect(row.areas.map((link) => link.code)).toContain(area.code);
    expect(row.version).toBe((chosen[index]?.version ?? 0) + 1);
  }
  // Back as it was.
  await trpcMutation(request, "activity.bulkApply", {
    items: chosen.map((row, index) => ({ id: row.id, version: after[index]?.version })),
    change: { kind: "area", action: "REMOVE", area: area.code },
  });
});

test("in English, an editor sets the organisation of a chosen person through the people list's bulk bar", async ({
  page,
  request,
}) => {
  type PersonRow = { id: number; name: string; organisation: string | null; version: number };
  const listed = await trpcQuery<{ items: PersonRow[] }>(request, "person.list", { sort: "name" });
  const person = listed.items[0];
  if (!person) throw new Error("the seed has people");
  const organisation = `Büro für Städtepartnerschaften ${Date.now().toString(36)}`;

  await page.context().addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/people?sort=name");
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  const bar = page.getByRole("region", { name: "Bulk change" });
  await tabTo(page, page.getByRole("checkbox", { name: `Select “${person.name}”` }));
  await page.keyboard.press("Space");
  await bar.getByLabel("What to change?").selectOption({ label: "Organisation" });
  await bar.getByLabel("New organisation (empty: none)").fill(organisation);
  await bar.getByRole("button", { name: "Preview" }).click();
  const preview = bar.getByRole("region", { name: "Preview of the bulk change" });
  await expect(preview.getByText(/^1 will change/)).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await preview.getByRole("button", { name: "Change 1 person" }).click();
  await expect(bar.getByRole("status").filter({ hasText: "1 person was changed." })).toBeVisible();
  await expect(page.locator("table.list-table tbody").getByText(organisation)).toBeVisible();
  const after = await trpcQuery<PersonRow>(request, "person.byId", { id: person.id });
  expect(after.organisation).toBe(organisation);
  expect(after.version).toBe(person.version + 1);

  // Back as it was.
  await trpcMutation(request, "person.bulkApply", {
    items: [{ id: person.id, version: after.version }],
    change: { kind: "organisation", value: person.organisation ?? "" },
  });
});
