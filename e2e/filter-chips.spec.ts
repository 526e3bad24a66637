// The active filters' chips remove their filter with and without JavaScript: each chip is a link to the list's
// address without that value (and on its first page), so it works before the page's JavaScript has loaded or
// without it; with JavaScript the list stays mounted and the focus goes back into the filters.
import { expect, test } from "@playwright/test";

const START = "/activities?type=MEETING&type=VISIT&year=2019&sort=title&page=2";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a chip is a link to the list without its filter", async ({ page }) => {
    await page.goto(START);
    const chips = page.getByRole("list", { name: "Aktive Filter" }).getByRole("link");
    await expect(chips).toHaveText([/Art: Treffen$/, /Art: Besuch$/, /Jahr: 2019$/]);
    await chips.filter({ hasText: "Art: Treffen" }).click();
    await expect(page).toHaveURL(/\/activities\?type=VISIT&year=2019&sort=title$/);
    await expect(chips).toHaveText([/Art: Besuch$/, /Jahr: 2019$/]);
    await expect(page.getByLabel("Art", { exact: true }).locator("option:checked")).toHaveText("Besuch");
    // The last chips, one after the other: then the list has no filter left, and no chips.
    await chips.filter({ hasText: "Jahr: 2019" }).click();
    await expect(page).toHaveURL(/\/activities\?type=VISIT&sort=title$/);
    await chips.filter({ hasText: "Art: Besuch" }).click();
    await expect(page).toHaveURL(/\/activities\?sort=title$/);
    await expect(page.getByRole("list", { name: "Aktive Filter" })).toHaveCount(0);
  });
});

test("with JavaScript a chip removes its filter in place and the focus stays in the filters", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(START);
  const chips = page.getByRole("list", { name: "Aktive Filter" }).getByRole("link");
  await expect(chips).toHaveCount(3);
  await chips.filter({ hasText: "Jahr: 2019" }).click();
  await expect(page).toHaveURL(/\/activities\?type=MEETING&type=VISIT&sort=title$/);
  await expect(page.getByLabel("Suche", { exact: true })).toBeFocused();
  await expect(chips).toHaveCount(2);
});
