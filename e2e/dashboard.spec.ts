import { expect, test } from "@playwright/test";
import { storageStateOf } from "./auth";

const MOU_TITLE =
  "Memorandum of Understanding bezüglich des Aufbaus von freundschaftlichen Kooperationsbeziehungen zwischen " +
  "Chongqing, Volksrepublik China, und Köln, Bundesrepublik Deutschland";

test("the dashboard shows the Chongqing MoU once pinned, with its five areas, and the rail-link working group", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();

  // Nothing is pinned in the seed: the MoU is not shown merely because it was signed last.
  const pinned = page.getByRole("region", { name: "Angeheftete Vereinbarungen" });
  await expect(pinned).toContainText("Noch keine Vereinbarung angeheftet");
  await expect(pinned.getByRole("link", { name: MOU_TITLE, exact: true })).toHaveCount(0);

  // An editor pins it on its page (a toggle button), and the dashboard shows it.
  await page.goto("/agreements?q=Chongqing");
  await page.getByRole("link", { name: MOU_TITLE, exact: true }).click();
  const pin = page.getByRole("button", { name: "An Übersicht anheften" });
  await expect(pin).toHaveAttribute("aria-pressed", "false");
  await pin.click();
  await expect(page.getByRole("status").filter({ hasText: "Auf der Übersicht angeheftet." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Von Übersicht lösen" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/");
  const mou = pinned.getByRole("listitem").filter({ has: page.getByRole("link", { name: MOU_TITLE, exact: true }) });
  await expect(mou).toContainText("重庆");
  await expect(mou).toContainText("angeheftet von");
  const areas = mou.getByRole("list", { name: "Kooperationsfelder" });
  for (const area of ["Wirtschaft", "Kultur", "Sport", "Umwelttechnologie", "Altenpflege"]) {
    await expect(areas).toContainText(area);
  }
  // Exactly the press release's five: the rail link is the working group's topic, not an area of the MoU.
  await expect(areas.getByRole("listitem")).toHaveCount(5);
  await expect(areas).not.toContainText("Mobilität");

  const groups = page.getByRole("region", { name: "Arbeitsgruppen" });
  const railLink = groups.getByRole("listitem").filter({ hasText: "Direkte Bahnverbindung Chongqing–Köln" });
  await expect(railLink).toContainText("Angekündigt");
  await expect(railLink).toContainText("Nicht belegt");

  // Every chart has a table alternative; the milestone chart lists the rail-link group.
  const milestones = page.getByRole("region", { name: "Fortschritt der Arbeitsgruppen (Meilensteine)" });
  await milestones.getByText("Daten als Tabelle").click();
  await expect(milestones.getByRole("table")).toContainText("Direkte Bahnverbindung Chongqing–Köln");

  // Unpinned from the dashboard: gone, and said so.
  await pinned.getByRole("button", { name: `„${MOU_TITLE}“ von der Übersicht lösen` }).click();
  await expect(pinned.getByRole("status")).toHaveText("Von der Übersicht gelöst.");
  await expect(pinned.getByRole("link", { name: MOU_TITLE, exact: true })).toHaveCount(0);
});

test('"needs attention" shows its definition and each agreement with its reasons', async ({ page }) => {
  await page.goto("/");
  const attention = page.getByRole("region", { name: /Vereinbarungen, die Aufmerksamkeit brauchen/ });
  await expect(attention).toContainText("bei der das Büro etwas entscheiden muss");
  await expect(attention).toContainText("Ausgesetzt (wieder aufnehmen, beibehalten oder beenden)");
  const volgograd = attention
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Städtepartnerschaft Köln–Wolgograd" }) });
  await expect(volgograd.getByRole("list", { name: "Gründe" })).toHaveText("ausgesetzt seit 3. März 2022");
  const bassam = attention
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Städtepartnerschaft Köln–Grand-Bassam (Vorschlag)" }) });
  await expect(bassam.getByRole("list", { name: "Gründe" })).toContainText("„Vorgeschlagen“ seit");

  // The figure equals the agreements the list shows with the same filter.
  const figure = page.getByRole("link", { name: /Brauchen Aufmerksamkeit/ });
  const count = Number((await figure.locator(".figure__value").textContent())?.trim());
  await page.goto("/agreements?attention=1");
  await expect(page.getByRole("status").filter({ hasText: "Treffer" })).toHaveText(`${count} Treffer`);

  // "In force" counts agreements in force today, and says so.
  await page.goto("/");
  await expect(page.getByText(/In Kraft heute: begonnen/)).toBeVisible();
});

test("viewers see the pinned agreements but no pin button", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("VIEWER") });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Angeheftete Vereinbarungen" })).toBeVisible();
  await page.getByRole("link", { name: "Städtepartnerschaft Köln–Wolgograd" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Städtepartnerschaft Köln–Wolgograd" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Übersicht anheften|Übersicht lösen/ })).toHaveCount(0);
  await context.close();
});

test("a chart's table links open the list filtered to that segment", async ({ page }) => {
  await page.goto("/");
  const byStatus = page.getByRole("region", { name: "Vereinbarungen nach Status" });
  await byStatus.getByText("Daten als Tabelle").click();
  const row = byStatus.getByRole("row").filter({ has: page.getByRole("link", { name: "Ausgesetzt", exact: true }) });
  const suspended = Number(await row.getByRole("cell").nth(1).textContent());
  expect(suspended).toBeGreaterThanOrEqual(1);
  await byStatus.getByRole("link", { name: "Ausgesetzt" }).click();
  await expect(page).toHaveURL(/\/agreements\?status=SUSPENDED/);
  await expect(page.getByRole("link", { name: "Städtepartnerschaft Köln–Wolgograd" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Treffer" })).toHaveText(`${suspended} Treffer`);
});

test("a cell of the area × status table opens the agreements with that area in that status", async ({ page }) => {
  await page.goto("/");
  const chart = page.getByRole("region", { name: "Kooperationsfelder nach Status" });
  await chart.getByText("Daten als Tabelle").click();
  const economy = chart.getByRole("row").filter({ has: page.getByRole("link", { name: "Wirtschaft", exact: true }) });
  const planned = economy.getByRole("cell").nth(1); // columns: area, Geplant, Aktiv, Ruhend, Beendet
  const count = Number(await planned.textContent());
  await planned.getByRole("link").click();
  await expect(page).toHaveURL(/area=ECONOMY&areaStatus=PLANNED/);
  await expect(page.getByRole("status").filter({ hasText: "Treffer" })).toHaveText(`${count} Treffer`);
  await expect(page.getByRole("link", { name: /Kooperationsbeziehungen zwischen Chongqing/ })).toBeVisible();
});
