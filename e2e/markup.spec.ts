// Text with markup is shown as text everywhere: lists, detail pages, the change history, the dashboard and the
// exports. A script that ran would open a dialog (the test fails on any) or leave an element behind.
import { expect, test } from "@playwright/test";
import { CLASSIC_MARKUP } from "../server/reliability/markup";
import { trpcMutation } from "./api";
import { ORIGIN } from "./auth";

test("markup in titles, names and notes shows as text on every page and in the exports", async ({ page, request }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const stamp = Date.now();
  const [script, image, svg] = CLASSIC_MARKUP as unknown as [string, string, string];
  const title = `Markup ${stamp} ${script} ${image}`;
  const partner = await trpcMutation<{ id: number }>(request, "partner.create", {
    nameDe: `Markupstadt ${stamp} ${svg}`,
    nameEn: `Markup City ${stamp} ${svg}`,
    countryCode: "FR",
    continent: "EUROPE",
    kind: "CITY",
  });
  const { id } = await trpcMutation<{ id: number }>(request, "agreement.create", {
    type: "FRIENDSHIP",
    title,
    partnerId: partner.id,
    signedOn: "2024-01-15",
    status: "ACTIVE",
    notes: `${image} Notiz`,
    areas: [{ code: "CULTURE", status: "ACTIVE", notes: script }],
  });

  for (const path of [`/agreements?q=${stamp}`, `/agreements/${id}`, `/partners/${partner.id}`, "/"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (path !== "/") await expect(page.getByText(`Markup ${stamp}`).first()).toBeVisible();
    // No element made from the strings: no <img src=x>, no <svg onload>, no injected <script> with alert.
    expect(await page.locator('img[src="x"], svg[onload], [onerror]').count()).toBe(0);
    expect(await page.locator("script", { hasText: "alert(1)" }).count()).toBe(0);
  }
  await page.goto(`/agreements/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(dialogs).toEqual([]);

  const csv = await request.get(`${ORIGIN}/api/export/agreements?format=csv&q=${stamp}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(script);
});
