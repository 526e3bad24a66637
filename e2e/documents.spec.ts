// Documents on an agreement's page: an editor uploads a PDF through the form, it is listed (name, kind, size, who),
// downloads byte for byte with a safe Content-Disposition, the agreement list's search finds the agreement by a word
// of the PDF's text, a renamed program is refused with a message naming it, a viewer gets no upload form and no
// restricted file; axe is clean in German and English with documents listed, at desktop and phone width.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pdfWithText, windowsProgram } from "../server/test/documents";
import { createAgreement } from "./api";
import { ORIGIN, storageStateOf } from "./auth";

test.use({ storageState: storageStateOf("EDITOR") });

async function axe(page: import("@playwright/test").Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("upload, list, download and search of a PDF on an agreement; refusals; axe in both languages", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(120_000);
  const word = `Domplattenvertrag${Date.now().toString(36)}`;
  const agreement = await createAgreement(request, `Dokumente ${word}`);
  const pdf = pdfWithText(["Partnerschaftsurkunde", `Die Städte schließen den ${word}.`]);

  await page.goto(`/agreements/${agreement.id}`);
  const section = page.getByRole("region", { name: "Dokumente" });
  await expect(section.getByText("Noch keine Dokumente.")).toBeVisible();

  // A program renamed .pdf: refused, naming what it is; nothing listed.
  await section
    .getByLabel(/^Datei/)
    .setInputFiles({ name: "Urkunde.pdf", mimeType: "application/pdf", buffer: windowsProgram() });
  await section.getByRole("button", { name: "Hochladen" }).click();
  await expect(section.getByRole("alert")).toContainText("Diese Art von Datei ist nicht erlaubt (EXE");
  await expect(section.getByRole("table")).toHaveCount(0);

  // The PDF: uploaded, announced and listed.
  await section
    .getByLabel(/^Datei/)
    .setInputFiles({ name: "Urkunde Köln.pdf", mimeType: "application/pdf", buffer: pdf });
  await section.getByRole("button", { name: "Hochladen" }).click();
  await expect(section.getByRole("status")).toHaveText("„Urkunde Köln.pdf“ wurde hochgeladen.");
  const rows = section.getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Urkunde Köln.pdf");
  await expect(rows.nth(1)).toContainText("PDF");
  await expect(rows.nth(1)).toContainText(`${pdf.length} Byte`.replace(/\B(?=(\d{3})+(?!\d))/g, "."));
  await expect(rows.nth(1)).toContainText("Redaktion");

  // Download through the link: the same bytes, as an attachment with the exact name.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: "„Urkunde Köln.pdf“ herunterladen" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Urkunde Köln.pdf");
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(path)).toEqual(pdf);
  const href = await section.getByRole("link", { name: /herunterladen/ }).getAttribute("href");
  const answer = await request.get(href ?? "");
  expect(answer.headers()["content-disposition"]).toBe(
    `attachment; filename="Urkunde Koeln.pdf"; filename*=UTF-8''Urkunde%20K%C3%B6ln.pdf`,
  );
  expect(answer.headers()["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers()["content-type"]).toBe("application/pdf");

  // The agreement list's search finds the agreement by a word inside the PDF.
  await page.goto(`/agreements?q=${encodeURIComponent(word.toLowerCase())}`);
  await expect(page.getByRole("link", { name: `Dokumente ${word}` })).toBeVisible();
  await page.goto(`/agreements?q=${encodeURIComponent(`${word}x`)}`);
  await expect(page.getByRole("link", { name: `Dokumente ${word}` })).toHaveCount(0);

  // A restricted upload through the API (as the form sends it): listed for the viewer without a link.
  const restricted = await request.post(
    `/api/documents?record=agreement&id=${agreement.id}&name=${encodeURIComponent("Vertraulich.pdf")}&restricted=1`,
    { data: pdf, headers: { origin: ORIGIN, "content-type": "application/octet-stream" } },
  );
  expect(restricted.status()).toBe(201);
  const foreign = await request.post(`/api/documents?record=agreement&id=${agreement.id}&name=x.pdf`, {
    data: pdf,
    headers: { origin: "https://evil.example" },
  });
  expect(foreign.status()).toBe(403);

  // axe with the documents listed, German and English, desktop and phone.
  await page.goto(`/agreements/${agreement.id}`);
  await expect(page.getByRole("region", { name: "Dokumente" }).getByRole("row")).toHaveCount(3);
  expect(await axe(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await axe(page)).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.context().addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await page.goto(`/agreements/${agreement.id}`);
  const english = page.getByRole("region", { name: "Documents" });
  await expect(english.getByRole("row")).toHaveCount(3);
  await expect(english.getByRole("button", { name: "Upload" })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // The viewer: both listed, the restricted one without a link, no upload form; the server refuses its download.
  const viewer = await browser.newContext({ storageState: storageStateOf("VIEWER") });
  const viewerPage = await viewer.newPage();
  await viewerPage.goto(`/agreements/${agreement.id}`);
  const seen = viewerPage.getByRole("region", { name: "Dokumente" });
  await expect(seen.getByRole("row")).toHaveCount(3);
  await expect(seen.getByRole("link", { name: /herunterladen/ })).toHaveCount(1);
  await expect(seen.getByText("nur für Bearbeitende")).toBeVisible();
  await expect(seen.getByRole("button", { name: "Hochladen" })).toHaveCount(0);
  const { id } = (await restricted.json()) as { id: number };
  expect((await viewer.request.get(`/api/documents/${id}`)).status()).toBe(403);
  expect(await axe(viewerPage)).toEqual([]);
  await viewer.close();
});
