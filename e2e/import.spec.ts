// The import walkthrough in German and English: our own XLSX export, edited by another writer (a changed row, a new
// row, a row with an unknown partner), uploaded, mapped, previewed and applied; axe finds nothing at any step.
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { type WriterCell, writeXlsx } from "../server/test/xlsx-writer";
import { trpcQuery } from "./api";
import { ORIGIN } from "./auth";
import { axeClean, exportedCells, shoot } from "./import-helpers";

/**
 * Our export of the agreements (in the given language), cut to its header and one record, that record's responsible
 * unit changed; a new agreement and one whose partner does not exist added below.
 */
async function editedExport(page: Page, lang: "de" | "en", suffix: string) {
  const { header, rows, col } = await exportedCells(page, `/api/export/agreements?format=xlsx&lang=${lang}&sort=title`);
  const changed = [...(rows[1] ?? [])];
  const unit = lang === "de" ? `Büro für Städtepartnerschaften ${suffix}` : `Twinning office ${suffix}`;
  changed[col(lang === "de" ? "Zuständige Stelle (Köln)" : "Responsible unit (Cologne)")] = unit;
  const title = lang === "de" ? "Titel" : "Title";
  const type = lang === "de" ? "Art" : "Type";
  const country = lang === "de" ? "Ländercode" : "Country code";
  const signed = lang === "de" ? "Unterzeichnet" : "Signed";
  const fresh: WriterCell[] = header.map(() => null);
  fresh[col(title)] = `Schulpartnerschaft Turku ${suffix}`;
  fresh[col(type)] = lang === "de" ? "Kontakt" : "Contact";
  fresh[col("Partner")] = "Turku";
  fresh[col(country)] = "FI";
  fresh[col(signed)] = "06/1988";
  const bad: WriterCell[] = header.map(() => null);
  bad[col(title)] = `Gibt es nicht ${suffix}`;
  bad[col(type)] = lang === "de" ? "Kontakt" : "Contact";
  bad[col("Partner")] = "Atlantis";
  const id = Number(changed[0]);
  return { bytes: Buffer.from(writeXlsx([header, changed, fresh, bad])), id, unit };
}

async function walkthrough(page: Page, testInfo: TestInfo, lang: "de" | "en") {
  const suffix = `${lang}-${Date.now().toString(36)}`;
  const file = await editedExport(page, lang, suffix);
  const de = lang === "de";
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: de ? "Daten importieren" : "Import data" })).toBeVisible();
  await axeClean(page, "upload");
  await shoot(page, testInfo, `${lang}-1-upload`);

  await page.getByLabel(de ? "Datei (XLSX oder CSV)" : "File (XLSX or CSV)").setInputFiles({
    name: `vereinbarungen-${lang}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file.bytes,
  });
  await page.getByRole("button", { name: de ? "Hochladen und prüfen" : "Upload and check" }).click();

  // The columns, mapped from our export's headers; the preview.
  await expect(page.locator("[data-detected]")).toHaveText(de ? "Erkannt: XLSX, 3 Zeilen" : "Found: XLSX, 3 rows");
  await expect(page.getByRole("combobox", { name: de ? "Titel" : "Title", exact: true })).toHaveValue("title");
  await expect(page.locator("[data-summary]")).toHaveText(
    de
      ? "1 neu, 1 geändert, 0 unverändert, 0 Konflikte, 1 abgelehnt"
      : "1 new, 1 changed, 0 unchanged, 0 conflicts, 1 refused",
  );
  await expect(page.locator('[data-section="created"]')).toContainText(`Schulpartnerschaft Turku ${suffix}`);
  const changedRow = page.locator('[data-section="changed"] tbody tr').first();
  await expect(changedRow).toContainText(de ? "Zuständige Stelle (Köln)" : "Responsible unit (Cologne)");
  await expect(changedRow).toContainText(file.unit);
  const refusedRow = page.locator('[data-section="refused"] tbody tr').first();
  await expect(refusedRow).toContainText("4");
  await expect(refusedRow).toContainText(de ? "kein Partner heißt „Atlantis“" : "no partner is called “Atlantis”");
  await axeClean(page, "preview");
  await shoot(page, testInfo, `${lang}-2-preview`);

  await page.getByRole("button", { name: de ? "2 Einträge übernehmen" : "Apply 2 records" }).click();
  await expect(page.getByRole("status").filter({ hasText: de ? "übernommen" : "applied" })).toContainText(
    de ? "1 Eintrag angelegt, 1 geändert" : "1 record created, 1 changed",
  );
  await axeClean(page, "applied");
  await shoot(page, testInfo, `${lang}-3-applied`);

  const agreement = await trpcQuery<{ responsibleUnit: string | null }>(page.request, "agreement.byId", {
    id: file.id,
  });
  expect(agreement.responsibleUnit).toBe(file.unit);
  const list = await trpcQuery<{ items: { title: string }[] }>(page.request, "agreement.list", {
    q: `Turku ${suffix}`,
  });
  expect(list.items.map((item) => item.title)).toEqual([`Schulpartnerschaft Turku ${suffix}`]);
}

test("import walkthrough in German: upload, mapping, preview with good, changed and refused rows, apply", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await walkthrough(page, testInfo, "de");
});

test("import walkthrough in English", async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await context.addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await walkthrough(page, testInfo, "en");
});

test("a file that is not a spreadsheet is refused with a clear message", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("Datei (XLSX oder CSV)").setInputFiles({
    name: "vertrag.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n\u0000\u0001binary"),
  });
  await page.getByRole("button", { name: "Hochladen und prüfen" }).click();
  await expect(page.locator("[data-import-error]")).toHaveText(
    "Das ist keine Tabelle: bitte eine XLSX- oder CSV-Datei wählen.",
  );
});
