// Downloads through the export menus, read back with independent readers: the Excel workbook and the CSV of the
// filtered agreement list, the partnership report and a dossier as PDF; a viewer's menus and refusals.
import { readFileSync } from "node:fs";
import { type Download, expect, type Page, test } from "@playwright/test";
import { checkPdf } from "../server/export/pdf-check";
import { readCsv, readXlsx, sheetValues } from "../server/export/test-readers";
import { trpcQuery } from "./api";
import { ORIGIN, storageStateOf } from "./auth";

const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

async function download(page: Page, menu: string, item: string | RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const details = page.locator("details.export-menu").filter({ hasText: menu }).first();
  // A disclosure: open it unless the previous download left it open.
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: item }).click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

test("the filtered agreement list downloads as Excel and CSV with exactly the rows on screen", async ({ page }) => {
  await page.goto("/agreements?status=SUSPENDED&status=DORMANT");
  const onScreen = page.getByRole("table").first().getByRole("row");
  await expect(onScreen.filter({ hasText: "Wolgograd" })).toHaveCount(1);
  const rowsOnScreen = (await onScreen.count()) - 1;

  const xlsx = await download(page, "Exportieren", "Excel-Arbeitsmappe (XLSX)");
  expect(xlsx.file.suggestedFilename()).toBe(`vereinbarungen-${TODAY}.xlsx`);
  const workbook = readXlsx(new Uint8Array(xlsx.bytes));
  const sheet = workbook.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const values = sheetValues(sheet);
  expect(values.length - 1).toBe(rowsOnScreen);
  expect(values.flat().join(" ")).toContain("Wolgograd");
  expect(sheet.frozen?.ySplit).toBe(1);
  expect(sheet.autoFilter).toBeTruthy();
  // The sheet that says what was exported names the filter and who exported it.
  const about = workbook.sheets.at(-1);
  expect(
    sheetValues(about ?? sheet)
      .flat()
      .join(" "),
  ).toContain("Demo Redaktion");

  const csv = await download(page, "Exportieren", "CSV (Excel, Semikolon)");
  expect(csv.file.suggestedFilename()).toBe(`vereinbarungen-${TODAY}.csv`);
  const parsed = readCsv(new Uint8Array(csv.bytes));
  expect(parsed.bom).toBe(true);
  expect(parsed.rows.length - 1).toBe(rowsOnScreen);
  expect(csv.bytes.toString("utf8")).toContain(";");
});

test("the dashboard's partnership report and an agreement's dossier are real, tagged PDFs", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  const report = await download(page, "Exportieren", "Partnerschaftsbericht (PDF)");
  expect(report.file.suggestedFilename()).toBe(`partnerschaftsbericht-${TODAY}.pdf`);
  const pdf = checkPdf(new Uint8Array(report.bytes), { minPages: 2 });
  expect(pdf.tagged).toBe(true);
  expect(pdf.text).toContain("Partnerschaftsbericht");
  expect(pdf.text).toContain("Liverpool");
  expect(pdf.text).toContain("重庆");

  const { items } = await trpcQuery<{ items: { id: number }[] }>(request, "agreement.list", { q: "Chongqing" });
  await page.goto(`/agreements/${items[0]?.id}`);
  const dossier = await download(page, "Exportieren", "Dossier dieser Vereinbarung (PDF)");
  const text = checkPdf(new Uint8Array(dossier.bytes)).text;
  expect(text).toContain("Chongqing");
  expect(text).toContain("Reker");
});

test("a record page's exports of its own rows carry the list's filter, which the export accepts", async ({
  page,
  request,
}) => {
  // An export refuses a parameter its list does not have (400): the agreement page once linked its working groups as
  // `agreementId=…` (the list's parameter is `agreement`), and the "filtered" file held every working group.
  const { items } = await trpcQuery<{ items: { id: number }[] }>(request, "agreement.list", { q: "Chongqing" });
  const agreementId = items[0]?.id;
  const partners = await trpcQuery<{ items: { id: number }[] }>(request, "partner.list", { q: "Chongqing" });
  const pages = [`/agreements/${agreementId}`, `/partners/${partners.items[0]?.id}`];
  let checked = 0;
  for (const path of pages) {
    await page.goto(path);
    const links = page.locator("details.export-menu a[href^='/api/export/']");
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""))) {
      if (href.includes("format=pdf")) continue;
      const response = await request.get(href);
      expect(response.status(), `${href}: ${response.status() === 200 ? "" : await response.text()}`).toBe(200);
      expect(href).not.toMatch(/[?&](agreementId|partnerId)=/);
      if (path.startsWith("/agreements")) expect(href).toContain(`agreement=${agreementId}`);
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(4);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("VIEWER") });

  test("gets the exports a viewer may have and is refused the people's", async ({ page, request }) => {
    await page.goto("/agreements");
    await page.getByText("Exportieren", { exact: true }).first().click();
    await expect(page.getByRole("link", { name: "CSV (Excel, Semikolon)" })).toBeVisible();
    await page.goto("/people");
    await expect(page.getByText("Exportieren", { exact: true })).toHaveCount(0);
    const refused = await request.get(`${ORIGIN}/api/export/people?format=csv`);
    expect(refused.status()).toBe(403);
    const audit = await request.get(`${ORIGIN}/api/export/audit?format=xlsx`);
    expect(audit.status()).toBe(403);
  });
});
