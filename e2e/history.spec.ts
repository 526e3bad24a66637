import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { partnerIdByName, trpcMutation, trpcQuery } from "./api";

// A record's history in words: the partner by name, the date at its precision, a long text as a word diff that
// says in words what was deleted and inserted; nothing for fields that did not change.
test("an agreement's history names the partner, shows dates at their precision and long texts as a word diff", async ({
  page,
  request,
}) => {
  const [kyoto, turku] = await Promise.all([partnerIdByName(request, "Kyoto"), partnerIdByName(request, "Turku")]);
  const notes =
    "Die Stadt Köln und die Partnerstadt vereinbaren einen jährlichen Austausch von Schulklassen, " +
    "Künstlerinnen und Künstlern sowie Fachleuten der Verwaltung.";
  const base = { type: "FRIENDSHIP", title: "Verlaufsprobe im Browser", signedOn: "2021-06", notes, areas: [] };
  const { id } = await trpcMutation<{ id: number }>(request, "agreement.create", {
    ...base,
    partnerId: kyoto,
    status: "SIGNED",
  });
  const { version } = await trpcQuery<{ version: number }>(request, "agreement.byId", { id });
  await trpcMutation(request, "agreement.update", {
    ...base,
    id,
    version,
    partnerId: turku,
    signedOn: "2021-06-15",
    notes: notes.replace("jährlichen", "zweijährlichen"),
  });

  await page.goto(`/agreements/${id}`);
  const history = page.getByRole("region", { name: "Änderungsverlauf" });
  const latest = history.getByRole("listitem").first();
  // "→" is for the eye; a screen reader hears "geändert zu".
  await expect(latest).toContainText(/Partner: Kyoto →\s+geändert zu Turku/);
  await expect(latest).toContainText(/Unterzeichnet: Juni 2021 →\s+geändert zu 15\. Juni 2021/);
  await expect(latest).not.toContainText("Genauigkeit");
  await expect(latest).not.toContainText("Titel");
  await latest.getByText("Änderungen im Text").click();
  await expect(latest.locator("del")).toHaveText("gelöscht: jährlichen");
  await expect(latest.locator("ins")).toHaveText("eingefügt: zweijährlichen");
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations).toEqual([]);
});
