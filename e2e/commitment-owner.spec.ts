// A commitment's owner on the Cologne side as a Person: chosen in the form with the server-searching picker (an
// erased person is never offered), shown on the detail page, the list's column and its filter by owner person in
// the URL, in the CSV and the dossier PDF; axe in both languages; screenshots at 1366 and 390 px.
import { writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { checkPdf } from "../server/export/pdf-check";
import { csvRecords, readCsv } from "../server/export/test-readers";
import { createAgreement, trpcMutation } from "./api";
import { ORIGIN, storageStateOf } from "./auth";

const SHOTS = path.resolve("test-results/commitment-owner");

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

test("the owner person: picked (never an erased one), shown, filtered in the URL, exported; axe in both languages", async ({
  page,
  request,
  browser,
  context,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const name = `Greta Zuständig ${stamp}`;
  const person = await trpcMutation<{ id: number }>(request, "person.create", {
    name,
    organisation: "Amt für Internationale Angelegenheiten",
    email: `greta.${stamp}@stadt-koeln.example`,
  });
  // A Cologne-side person whom an admin erased (GDPR Art. 17): the picker must not offer them.
  const erasedName = `Erika Gelöscht ${stamp}`;
  const erased = await trpcMutation<{ id: number; version: number }>(request, "person.create", { name: erasedName });
  const admin = await browser.newContext({ storageState: storageStateOf("ADMIN"), baseURL: ORIGIN });
  await trpcMutation(admin.request, "person.erase", { id: erased.id, version: erased.version });
  await admin.close();
  const agreement = await createAgreement(request, `Vereinbarung mit Zuständigkeit ${stamp}`);
  const title = `Jugendaustausch organisieren ${stamp}`;

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/commitments/new?agreementId=${agreement.id}`);
  await page.getByLabel("Zusage", { exact: true }).fill(title);
  const picker = page.getByRole("combobox", { name: "Verantwortliche Person in Köln" });
  // The erased person is not found by what remains of them (the erasure marker), nor by the old name.
  await picker.fill("Erika Gelöscht");
  await expect(page.getByText("Keine Treffer")).toBeVisible();
  await picker.fill("");
  await picker.fill(`Greta Zuständig ${stamp}`);
  const option = page.getByRole("option", { name: new RegExp(`Greta Zuständig ${stamp}`) });
  await expect(option).toHaveCount(1);
  await option.click();
  await expect(picker).toHaveValue(name);
  await page.getByLabel("Verantwortliche Stelle in Köln").fill("Büro für Internationale Angelegenheiten");
  await page.getByLabel("Fällig").fill("2020-03");
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "form-de-1366.png"), fullPage: true });
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page).toHaveURL(/\/commitments\/\d+$/);
  const commitmentId = Number(page.url().split("/").at(-1));

  // The detail page: the person as a link to their page, the unit beside it.
  const owner = page.locator(`dd[data-owner-person="${person.id}"]`);
  await expect(owner.getByRole("link", { name })).toHaveAttribute("href", `/people/${person.id}`);
  await expect(owner).toContainText("Amt für Internationale Angelegenheiten");
  await expect(
    page.getByRole("definition").filter({ hasText: "Büro für Internationale Angelegenheiten" }),
  ).toBeVisible();
  // The history names the person, not their id.
  await expect(
    page.getByRole("listitem").filter({ hasText: new RegExp(`^Verantwortliche Person in Köln: ${name}$`) }),
  ).toHaveCount(1);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "detail-de-1366.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(owner.getByRole("link", { name })).toBeVisible();
  await noSideScroll(page);
  await page.screenshot({ path: path.join(SHOTS, "detail-de-390.png"), fullPage: true });

  // The list: the filter picker sets ?ownerPerson=<id>; the column links the person; a chip names them.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/commitments");
  const filter = page.getByRole("combobox", { name: "Verantwortliche Person", exact: true });
  await filter.fill(name);
  await page.getByRole("option", { name: new RegExp(name) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]ownerPerson=${person.id}(&|$)`));
  const rows = page.locator("table.list-table tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(title);
  await expect(rows.first().locator(`td[data-owner-person="${person.id}"]`).getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Verantwortliche Person: ${name}`) })).toBeVisible();
  await expect(filter).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "list-de-1366.png"), fullPage: true });

  // The URL alone reproduces it (the picker shows the name at first paint).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/commitments?ownerPerson=${person.id}`);
  await expect(rows).toHaveCount(1);
  await page
    .getByRole("button", { name: /Filter/ })
    .first()
    .click();
  await expect(page.getByRole("combobox", { name: "Verantwortliche Person", exact: true })).toHaveValue(name);
  await noSideScroll(page);
  await page.screenshot({ path: path.join(SHOTS, "list-de-390.png"), fullPage: true });

  // The CSV of the filtered list, and the agreement's dossier PDF.
  const csv = await request.get(`/api/export/commitments?format=csv&lang=de&ownerPerson=${person.id}`);
  expect(csv.status()).toBe(200);
  const records = csvRecords(readCsv(new Uint8Array(await csv.body())).rows);
  expect(records.map((r) => r["Verantwortliche Person in Köln"])).toEqual([name]);
  expect(records[0]?.["Verantwortliche Person Nr."]).toBe(String(person.id));
  const dossier = await request.get(`/api/export/agreement-dossier?format=pdf&id=${agreement.id}&lang=de`);
  expect(dossier.status()).toBe(200);
  const pdf = new Uint8Array(await dossier.body());
  writeFileSync(path.join(SHOTS, "dossier-de.pdf"), pdf);
  const text = checkPdf(pdf).text.replace(/\s+/g, " ");
  // The table's cells wrap, and pdftotext reads a row's lines side by side: the person, then the unit in brackets.
  // Whether the title's stamp still fits on its first line depends on the stamp's width.
  expect(text).toMatch(
    new RegExp(`Zusagen Zusage Verantwortlich Fällig Status Jugendaustausch organisieren (${stamp} )?Greta Zuständig`),
  );
  expect(text).toContain("(Büro für Internationale");

  // English: the form and the list pass axe too.
  await context.addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/commitments/${commitmentId}/edit`);
  await expect(page.getByRole("combobox", { name: "Owner person in Cologne" })).toHaveValue(name);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "form-en-1366.png"), fullPage: true });
  await page.goto(`/commitments?ownerPerson=${person.id}`);
  await expect(rows).toHaveCount(1);
  expect(await axe(page)).toEqual([]);
});
