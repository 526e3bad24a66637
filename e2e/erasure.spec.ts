// GDPR Art. 17 in the browser: an admin erases a person's personal data from the person's page, after a
// confirmation; the page then says so and shows none of it, the history neither; editors see no such action.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { trpcMutation } from "./api";
import { ORIGIN, storageStateOf } from "./auth";

const SHOTS = process.env.E2E_SCREENSHOTS; // a folder: screenshots to look at (desktop and phone, de and en)

test.use({ storageState: storageStateOf("ADMIN") });

async function axe(page: import("@playwright/test").Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test("an admin erases a person's personal data after confirming; the page and its history then hold none", async ({
  page,
  request,
  browser,
}) => {
  const tag = Date.now().toString(36);
  const person = await trpcMutation<{ id: number; version: number }>(request, "person.create", {
    name: `Greta Vergessen ${tag}`,
    role: "Referentin",
    organisation: "Amt für Löschfristen",
    email: `greta.vergessen.${tag}@stadt-koeln.example`,
    notes: "Telefon 0221 555 0123",
    verified: false,
  });

  // An editor has no such action.
  const editor = await browser.newContext({ storageState: storageStateOf("EDITOR") });
  const editorPage = await editor.newPage();
  await editorPage.goto(`${ORIGIN}/people/${person.id}`);
  await expect(editorPage.getByRole("heading", { level: 1 })).toContainText("Greta Vergessen");
  await expect(editorPage.getByRole("button", { name: "Personendaten löschen …" })).toHaveCount(0);
  await editor.close();

  await page.goto(`/people/${person.id}`);
  const section = page.getByRole("region", { name: "Personendaten löschen (DSGVO Art. 17)" });
  await expect(section).toContainText("Das lässt sich nicht rückgängig machen.");
  await axe(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/erase-de-desktop.png`, fullPage: true });

  await section.getByRole("button", { name: "Personendaten löschen …" }).click();
  await expect(section).toContainText(`„Greta Vergessen ${tag}“ endgültig löschen?`);
  // The confirmation takes the focus, and cancelling changes nothing.
  await expect(section.getByRole("button", { name: "Endgültig löschen" })).toBeFocused();
  await section.getByRole("button", { name: "Abbrechen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Greta Vergessen");

  await section.getByRole("button", { name: "Personendaten löschen …" }).click();
  await axe(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/erase-de-confirm.png`, fullPage: true });
  await section.getByRole("button", { name: "Endgültig löschen" }).click();

  const note = page.getByRole("note");
  await expect(note).toContainText("Die personenbezogenen Daten dieser Person wurden am");
  await expect(note).toContainText("(DSGVO Art. 17)");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("GDPR Art. 17");
  await expect(page.getByRole("region", { name: "Personendaten löschen (DSGVO Art. 17)" })).toHaveCount(0);
  const text = (await page.locator("main").textContent()) ?? "";
  for (const trace of ["Vergessen", "Amt für Löschfristen", "greta.vergessen", "555 0123", "Referentin"]) {
    expect(text, trace).not.toContain(trace);
  }
  await axe(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/erase-de-done.png`, fullPage: true });

  // English, and at phone width.
  await page.context().addCookies([{ name: "locale", value: "en", url: ORIGIN }]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("note")).toContainText("This person's personal data was erased on");
  await axe(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/erase-en-phone.png`, fullPage: true });
});
