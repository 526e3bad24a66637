import { expect, type Page, test } from "@playwright/test";
import { createAgreement, partnerIdByName, trpcMutation } from "./api";

async function statusCount(page: Page, label: string): Promise<number> {
  await page.goto("/");
  const chart = page.getByRole("region", { name: "Vereinbarungen nach Status" });
  await chart.getByText("Daten als Tabelle").click();
  const row = chart.getByRole("row").filter({ has: page.getByRole("link", { name: label, exact: true }) });
  return Number(await row.getByRole("cell").nth(1).textContent());
}

test("changing an agreement's status records a history entry and changes the chart", async ({ page, request }) => {
  const title = `E2E Freundschaft ${Date.now()}`;
  const { id } = await createAgreement(request, title, "ACTIVE");
  const suspendedBefore = await statusCount(page, "Ausgesetzt");

  await page.goto(`/agreements/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const form = page.getByRole("form", { name: "Status ändern" });
  await form.getByLabel("Neuer Status").selectOption({ label: "Ausgesetzt" });
  await form.getByLabel("Begründung").fill("Offizielle Kontakte ruhen bis auf Weiteres");
  await form.getByLabel("Geltungsbereich").fill("Nur offizielle Kontakte");
  await form.getByRole("button", { name: "Status ändern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status geändert." })).toBeVisible();

  const history = page.getByRole("list", { name: "Statusverlauf" });
  await expect(history.getByRole("listitem").first()).toContainText("Aktiv → Ausgesetzt");
  await expect(history.getByRole("listitem").first()).toContainText("Offizielle Kontakte ruhen bis auf Weiteres");
  await expect(history.getByRole("listitem").first()).toContainText("Nur offizielle Kontakte");

  // A second change on the same page starts from the new status: only its allowed transitions are offered, and none
  // is chosen in advance.
  await expect(form.getByLabel("Neuer Status").locator("option")).toHaveText([
    "Bitte wählen",
    "Aktiv",
    "Ruhend",
    "Beendet",
  ]);
  await expect(form.getByLabel("Neuer Status")).toHaveValue("");
  await form.getByLabel("Neuer Status").selectOption({ label: "Aktiv" });
  await form.getByLabel("Begründung").fill("Kontakte wieder aufgenommen");
  await form.getByRole("button", { name: "Status ändern" }).click();
  await expect(history.getByRole("listitem").first()).toContainText("Ausgesetzt → Aktiv");

  expect(await statusCount(page, "Ausgesetzt")).toBe(suspendedBefore);
});

test("a change made through the API shows on the dashboard's next render, though its figures are cached", async ({
  page,
  request,
}) => {
  const { id } = await createAgreement(request, `E2E Zwischenspeicher ${Date.now()}`, "ACTIVE");
  // Rendered (and so cached) first; the change then goes through /api/trpc, which Next.js bundles apart from the
  // page: its invalidation must still reach the figures the page renders.
  const suspendedBefore = await statusCount(page, "Ausgesetzt");
  await trpcMutation(request, "agreement.transition", { id, to: "SUSPENDED", reason: "Über die API geändert" });
  expect(await statusCount(page, "Ausgesetzt")).toBe(suspendedBefore + 1);
  await trpcMutation(request, "agreement.transition", { id, to: "ACTIVE", reason: "Zurückgesetzt" });
  expect(await statusCount(page, "Ausgesetzt")).toBe(suspendedBefore);
});

test("a status change decided on an outdated page is refused, and nothing changes", async ({ browser, request }) => {
  const { id } = await createAgreement(request, `E2E Zwei Fenster ${Date.now()}`, "ACTIVE");
  const first = await browser.newPage();
  const second = await browser.newPage();
  await first.goto(`/agreements/${id}`);
  await second.goto(`/agreements/${id}`);

  const decide = async (page: typeof first, to: string, reason: string) => {
    const form = page.getByRole("form", { name: "Status ändern" });
    await form.getByLabel("Neuer Status").selectOption({ label: to });
    await form.getByLabel("Begründung").fill(reason);
    return form;
  };
  // The second person is in the middle of deciding (the form has the focus) when the first one saves: the live
  // update does not render the page again under them, so they act on what they saw, and the server's version
  // check is the guard.
  const form = await decide(second, "Beendet", "Zweite Person, sah noch Aktiv");
  await expect(second.locator("body")).toHaveAttribute("data-live", "on");
  const firstForm = await decide(first, "Ausgesetzt", "Erste Person");
  await firstForm.getByRole("button", { name: "Status ändern" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Status geändert." })).toBeVisible();
  await expect(second.locator("body")).toHaveAttribute("data-live-change-at", /\d+/);
  await expect(form.getByLabel("Begründung")).toHaveValue("Zweite Person, sah noch Aktiv");

  await form.getByRole("button", { name: "Status ändern" }).click();
  await expect(form.getByRole("alert")).toContainText("inzwischen von Demo Redaktion geändert");
  await second.reload();
  const history = second.getByRole("list", { name: "Statusverlauf" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText("Aktiv → Ausgesetzt");
});

test("a rule the server checks is explained at the field in German, and nothing changes", async ({ page, request }) => {
  const { id } = await createAgreement(request, `E2E Zukunft ${Date.now()}`, "ACTIVE");
  await page.goto(`/agreements/${id}`);
  const form = page.getByRole("form", { name: "Status ändern" });
  await form.getByLabel("Neuer Status").selectOption({ label: "Ruhend" });
  await form.getByLabel("Begründung").fill("Datum in der Zukunft");
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Wirksam am").fill(inTwoDays);
  await form.getByRole("button", { name: "Status ändern" }).click();
  // Named in the error summary and at the field.
  await expect(form.getByRole("link", { name: "Wirksam am: darf nicht in der Zukunft liegen" })).toBeVisible();
  await expect(form.getByLabel("Wirksam am")).toHaveAccessibleDescription(/darf nicht in der Zukunft liegen/);
  await expect(form.getByLabel("Begründung")).toHaveValue("Datum in der Zukunft");
  await page.reload();
  await expect(page.getByRole("list", { name: "Statusverlauf" }).getByRole("listitem")).toHaveCount(1);
});

test("an ended agreement offers no further status change", async ({ page, request }) => {
  const { id } = await createAgreement(request, `E2E beendet ${Date.now()}`, "ENDED");
  await page.goto(`/agreements/${id}`);
  await expect(page.getByText("Aus diesem Status ist keine Änderung mehr möglich.")).toBeVisible();
});

test("a filter is kept in the URL and changes the list", async ({ page }) => {
  await page.goto("/agreements");
  const results = page.getByRole("status").filter({ hasText: "Treffer" });
  const totalText = (await results.textContent()) ?? "";

  await page.getByLabel("Kontinent").selectOption({ label: "Asien" });
  await expect(page).toHaveURL(/continent=ASIA/);
  await expect(results).not.toHaveText(totalText);
  await expect(page.getByRole("link", { name: "Städtepartnerschaft Köln–Kyoto" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Städtepartnerschaft Köln–Liverpool" })).toHaveCount(0);

  await page.getByLabel("Suche", { exact: true }).fill("重庆");
  await page.getByRole("button", { name: "Suche", exact: true }).click();
  await expect(page).toHaveURL(/q=%E9%87%8D%E5%BA%86/);
  await expect(results).toHaveText("1 Treffer");

  // The URL alone reproduces the view: a shared link.
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByRole("link", { name: /Kooperationsbeziehungen zwischen Chongqing/ })).toBeVisible();
  await expect(other.getByRole("status").filter({ hasText: "Treffer" })).toHaveText("1 Treffer");
});

test("a bad input in the form is refused with the field named and nothing typed is lost", async ({ page }) => {
  await page.goto("/agreements/new");
  await page.getByLabel("Titel").fill("Vereinbarung mit falschem Datum");
  await page.getByLabel("Unterzeichnet").fill("2023-02-30");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(
    page.getByRole("link", {
      name: "Unterzeichnet: „2023-02-30“ ist kein Datum (ein Jahr, Monat oder Tag, z. B. 1958, 06/1988, 27.06.1984 oder 1984-06-27)",
    }),
  ).toBeVisible();
  // No partner chosen: the picker says so, in German, and is marked invalid for assistive technology.
  const partner = page.getByRole("combobox", { name: "Partner" });
  await expect(partner).toHaveAttribute("aria-invalid", "true");
  await expect(partner).toHaveAccessibleDescription("Zum Suchen Namen eingeben Pflichtfeld");
  await expect(page.getByLabel("Titel")).toHaveValue("Vereinbarung mit falschem Datum");
  await expect(page).toHaveURL(/\/agreements\/new$/);
});

test("editing an agreement keeps what the form does not change, such as an area's note", async ({ page, request }) => {
  const partnerId = await partnerIdByName(request, "Turku");
  const { id } = await trpcMutation<{ id: number }>(request, "agreement.create", {
    type: "FRIENDSHIP",
    title: `E2E Bearbeiten ${Date.now()}`,
    partnerId,
    signedOn: "1999",
    status: "ACTIVE",
    areas: [{ code: "CULTURE", status: "ACTIVE", notes: "Chorfestival alle zwei Jahre" }],
  });
  await page.goto(`/agreements/${id}/edit`);
  await expect(page.getByLabel("Notiz zum Feld: Kultur")).toHaveValue("Chorfestival alle zwei Jahre");
  await expect(page.getByLabel("Unterzeichnet")).toHaveValue("1999");
  await page.getByLabel("Zuständige Stelle (Köln)").fill("Kulturamt");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page).toHaveURL(new RegExp(`/agreements/${id}$`));
  const areas = page.getByRole("region", { name: "Kooperationsfelder" });
  await expect(areas.getByRole("row", { name: /Kultur/ })).toContainText("Chorfestival alle zwei Jahre");
  await expect(page.locator("dl.facts dd").getByText("Kulturamt", { exact: true })).toBeVisible();
  await expect(page.locator("dl.facts dd").getByText("1999", { exact: true })).toBeVisible();
});
