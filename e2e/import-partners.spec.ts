// The import walkthrough of partners in German and English: the partner export, edited by another writer (a changed
// partner, a new one, and a new row naming a partner that exists in its country already), uploaded with the kind
// "Partner", previewed field by field and applied; axe finds nothing at any step; pictures at 1366 and 390 px.
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { messagesFor } from "../server/i18n/messages";
import { type WriterCell, writeXlsx } from "../server/test/xlsx-writer";
import { trpcQuery } from "./api";
import { ORIGIN } from "./auth";
import { axeClean, exportedCells, shoot } from "./import-helpers";

/** The partner export (in the given language): one partner's English name changed, a new partner, a copy of Lille. */
async function editedExport(page: Page, lang: "de" | "en", suffix: string) {
  const m = messagesFor(lang);
  const { header, rows, col } = await exportedCells(page, `/api/export/partners?format=xlsx&lang=${lang}`);
  const changed = [...(rows[1] ?? [])];
  const nameEn = `Edited ${suffix}`;
  changed[col(m.partner.nameEn)] = nameEn;
  const fresh: WriterCell[] = header.map(() => null);
  fresh[col(m.partner.nameDe)] = `Neustadt ${suffix}`;
  fresh[col(m.partner.nameEn)] = `Newtown ${suffix}`;
  fresh[col(m.partner.countryCode)] = "PL";
  fresh[col(m.common.continent)] = m.enums.continent.EUROPE;
  const copy: WriterCell[] = header.map(() => null);
  copy[col(m.partner.nameDe)] = "Lille";
  copy[col(m.partner.nameEn)] = "Lille";
  copy[col(m.partner.countryCode)] = "FR";
  copy[col(m.common.continent)] = m.enums.continent.EUROPE;
  return { bytes: Buffer.from(writeXlsx([header, changed, fresh, copy])), id: Number(changed[0]), nameEn };
}

async function walkthrough(page: Page, testInfo: TestInfo, lang: "de" | "en") {
  const suffix = `${lang}-${Date.now().toString(36)}`;
  const file = await editedExport(page, lang, suffix);
  const de = lang === "de";
  await page.goto("/import");
  await page.getByLabel(de ? "Art der Einträge" : "Kind of records").selectOption("PARTNERS");
  await axeClean(page, "upload");
  await shoot(page, testInfo, `partners-${lang}-1-upload`);

  await page.getByLabel(de ? "Datei (XLSX oder CSV)" : "File (XLSX or CSV)").setInputFiles({
    name: `partner-${lang}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file.bytes,
  });
  await page.getByRole("button", { name: de ? "Hochladen und prüfen" : "Upload and check" }).click();

  await expect(page.locator("[data-detected]")).toHaveText(de ? "Erkannt: XLSX, 3 Zeilen" : "Found: XLSX, 3 rows");
  // The partner's own fields are offered for the columns (not the agreement's).
  const nameColumn = page.getByRole("combobox", { name: de ? "Name (Englisch)" : "Name (English)", exact: true });
  await expect(nameColumn).toHaveValue("nameEn");
  await expect(nameColumn.locator("option")).toContainText([de ? "Kontinent" : "Continent"]);
  await expect(page.locator("[data-summary]")).toHaveText(
    de
      ? "1 neu, 1 geändert, 0 unverändert, 0 Konflikte, 1 abgelehnt"
      : "1 new, 1 changed, 0 unchanged, 0 conflicts, 1 refused",
  );
  await expect(page.locator('[data-section="created"]')).toContainText(`Neustadt ${suffix}`);
  const changedRow = page.locator('[data-section="changed"] tbody tr').first();
  await expect(changedRow).toContainText(de ? "Name (Englisch)" : "Name (English)");
  await expect(changedRow).toContainText(file.nameEn);
  const refusedRow = page.locator('[data-section="refused"] tbody tr').first();
  await expect(refusedRow).toContainText("4");
  await expect(refusedRow).toContainText(
    de
      ? "einen Partner mit diesem Namen in diesem Land gibt es schon"
      : "a partner of this name in this country exists",
  );
  await axeClean(page, "preview");
  await shoot(page, testInfo, `partners-${lang}-2-preview`);

  await page.getByRole("button", { name: de ? "2 Einträge übernehmen" : "Apply 2 records" }).click();
  await expect(page.getByRole("status").filter({ hasText: de ? "übernommen" : "applied" })).toContainText(
    de ? "1 Eintrag angelegt, 1 geändert" : "1 record created, 1 changed",
  );
  await axeClean(page, "applied");
  await shoot(page, testInfo, `partners-${lang}-3-applied`);

  const partner = await trpcQuery<{ nameEn: string }>(page.request, "partner.byId", { id: file.id });
  expect(partner.nameEn).toBe(file.nameEn);
  const list = await trpcQuery<{ items: { nameDe: string }[] }>(page.request, "partner.list", {
    q: `Neustadt ${suffix}`,
  });
  expect(list.items.map((item) => item.nameDe)).toEqual([`Neustadt ${suffix}`]);
}

test("partner import in German: kind chosen, preview with changed, new and refused rows, apply", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await walkthrough(page, testInfo, "de");
});

test("partner import in English", async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await context.addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await walkthrough(page, testInfo, "en");
});
