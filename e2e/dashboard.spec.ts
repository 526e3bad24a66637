import { expect, test } from "@playwright/test";

test("the dashboard shows the Chongqing MoU with its five areas and the rail-link working group", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();

  const recent = page.getByRole("region", { name: "Zuletzt unterzeichnete Vereinbarungen" });
  const mou = recent.getByRole("listitem").filter({
    has: page.getByRole("link", {
      name:
        "Memorandum of Understanding bezüglich des Aufbaus von freundschaftlichen Kooperationsbeziehungen zwischen " +
        "Chongqing, Volksrepublik China, und Köln, Bundesrepublik Deutschland",
      exact: true,
    }),
  });
  await expect(mou).toContainText("重庆");
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
