import { expect, test } from "@playwright/test";

test("the interface switches between German and English and remembers the choice", async ({ page }) => {
  await page.goto("/agreements");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1, name: "Vereinbarungen" })).toBeVisible();

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toContainText("Working groups");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();

  await page.getByRole("button", { name: "Auf Deutsch umschalten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vereinbarungen" })).toBeVisible();
});
