// The forms by keyboard alone (Tab and Shift+Tab to each field, typing, Enter, Escape, Backspace; no clicks, no
// focus() from the test, so every control used is proven reachable by keyboard): the error summary that takes the
// focus after a refused save and leads to each field, every error at once (cross-field date rules too while another
// field fails to parse), the country chosen by name, the date input saying what it understood, pickers with chips,
// the status form choosing nothing in advance, the warning before leaving unsaved changes and the confirmation
// after a save (by link, by the browser's Back button; none when nothing changed). axe finds nothing on the forms in
// their error state, in German and in English.
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import pg from "pg";
import { createAgreement, partnerIdByName, trpcQuery } from "./api";
import { tabTo } from "./keyboard";

/** Replaces a field's text by typing (an empty text: the old one deleted). */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+a");
  if (text === "") await page.keyboard.press("Backspace");
  else await page.keyboard.type(text);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

function summaryOf(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 2 }) });
}

test("a new partner by keyboard: the error summary leads to the fields, UK is refused, Ukr finds Ukraine", async ({
  page,
}) => {
  await page.goto("/partners/new");
  const nameDe = page.getByLabel("Name (Deutsch)");
  await tabTo(page, nameDe);
  await page.keyboard.press("Enter");

  // Refused: the summary has the focus and lists every field at fault, by its label.
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("4 Fehler verhindern das Speichern");
  await expect(summary.getByRole("listitem")).toHaveText([
    "Name (Deutsch): Pflichtfeld",
    "Name (Englisch): Pflichtfeld",
    "Land: Pflichtfeld",
    "Kontinent: bitte einen der angebotenen Werte wählen",
  ]);
  expect(await axeViolations(page)).toEqual([]);

  // Tab to the third link and follow it with Enter: the focus is in the country field.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link", { name: "Land: Pflichtfeld" })).toBeFocused();
  await page.keyboard.press("Enter");
  const country = page.getByRole("combobox", { name: "Land" });
  await expect(country).toBeFocused();

  // "UK" typed and left without choosing: the server's own schema says which code is meant.
  await page.keyboard.type("UK");
  const countries = page.getByRole("listbox", { name: "Land" }).getByRole("option");
  await expect(countries.first()).toHaveText(/Vereinigtes Königreich/);
  await page.keyboard.press("Escape");
  await typeInto(page, nameDe, `Testort ${Date.now()}`);
  await typeInto(page, page.getByLabel("Name (Englisch)"), "Test town");
  await tabTo(page, page.getByLabel("Kontinent"));
  await page.keyboard.type("Europa");
  await tabTo(page, nameDe);
  await page.keyboard.press("Enter");
  await expect(summary.getByRole("listitem")).toHaveText([
    "Land: „UK“ ist kein Ländercode nach ISO 3166-1 – meinten Sie GB (Vereinigtes Königreich)?",
  ]);
  await expect(summary).toBeFocused();

  // Typing part of the name in German finds the country; Enter chooses it.
  await typeInto(page, country, "Ukr");
  await expect(countries).toHaveText(["UkraineUA"]);
  await page.keyboard.press("Enter");
  await expect(country).toHaveValue("Ukraine");
  await expect(countries).toHaveCount(0);
  await tabTo(page, nameDe);
  await page.keyboard.press("Enter");

  // Saved: the partner's page says so, and the message has the focus.
  await expect(page).toHaveURL(/\/partners\/\d+$/);
  const saved = page.getByRole("status").filter({ hasText: "Gespeichert: Der Eintrag wurde angelegt." });
  await expect(saved).toBeVisible();
  await expect(saved).toBeFocused();
  await expect(page.getByText("Ukraine").first()).toBeVisible();
});

test("an agreement by keyboard: every error at once, cross-field dates among them; the date input says what it read; areas as chips", async ({
  page,
}) => {
  await page.goto("/agreements/new");
  const signed = page.getByLabel("Unterzeichnet", { exact: true });
  const understood = (field: Locator) => field.locator("xpath=following-sibling::span[@data-understood]");

  // The date input reads a year, a month or a day as people write them, and says what it understood.
  for (const [typed, said] of [
    ["1958", "Jahr: 1958"],
    ["06/1988", "Monat: Juni 1988"],
    ["1988-06", "Monat: Juni 1988"],
    ["27.6.1984", "Tag: 27. Juni 1984"],
    ["1984-06-27", "Tag: 27. Juni 1984"],
  ] as const) {
    await typeInto(page, signed, typed);
    await expect(understood(signed)).toHaveText(said);
  }
  await typeInto(page, signed, "31.02.1984");
  await expect(understood(signed)).toHaveText("Nicht erkannt – bitte z. B. 1958, 06/1988 oder 27.06.1984 eingeben");

  // A title, a partner chosen by typing, a council decision that is no date, valid until before valid from and
  // before the signature: all of it reported at once.
  await typeInto(page, page.getByLabel("Titel"), `Testvereinbarung ${Date.now()}`);
  await typeInto(page, page.getByRole("combobox", { name: "Partner" }), "Cork");
  await expect(page.getByRole("listbox", { name: "Partner" }).getByRole("option").first()).toContainText("Cork");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Partner" })).toHaveValue("Cork");
  await typeInto(page, page.getByLabel("Ratsbeschluss"), "im Sommer");
  await typeInto(page, signed, "2020");
  await typeInto(page, page.getByLabel("Gültig ab"), "2021");
  await typeInto(page, page.getByLabel("Gültig bis"), "2019");

  // Areas as chips: Enter chooses, Backspace in the empty input removes the last one.
  const areas = page.getByRole("combobox", { name: "Kooperationsfelder" });
  await typeInto(page, areas, "Wirt");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Kult");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Sport");
  await page.keyboard.press("Enter");
  const chips = page.getByRole("list", { name: "Ausgewählt: Kooperationsfelder" }).getByRole("listitem");
  await expect(chips).toHaveText(["Wirtschaft×", "Kultur×", "Sport×"]);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Backspace");
  await expect(chips).toHaveText(["Wirtschaft×", "Kultur×"]);

  await tabTo(page, page.getByLabel("Titel"));
  await page.keyboard.press("Enter");
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("listitem")).toHaveText([
    "Status bei Erfassung: bitte einen der angebotenen Werte wählen",
    "Ratsbeschluss: „im Sommer“ ist kein Datum (ein Jahr, Monat oder Tag, z. B. 1958, 06/1988, 27.06.1984 oder 1984-06-27)",
    "Unterzeichnet: darf nicht nach „Gültig bis“ liegen",
    "Gültig bis: darf nicht vor „Gültig ab“ liegen",
  ]);
  expect(await axeViolations(page)).toEqual([]);

  // Put right: the agreement is saved with its two areas, and the page confirms it.
  await tabTo(page, page.getByLabel("Status bei Erfassung"));
  await page.keyboard.type("Aktiv");
  await typeInto(page, page.getByLabel("Ratsbeschluss"), "06/2019");
  await typeInto(page, page.getByLabel("Gültig bis"), "");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeFocused();
  await expect(page.getByText("Wirtschaft").first()).toBeVisible();
  await expect(page.getByText("Kultur").first()).toBeVisible();
});

test("an activity by keyboard: the end before the start is refused; linked agreements and participants as chips", async ({
  page,
}) => {
  await page.goto("/activities/new");
  const title = `Tastaturbesuch ${Date.now()}`;
  await typeInto(page, page.getByLabel("Titel"), title);
  await typeInto(page, page.getByLabel("Beginn"), "10.05.2024");
  await typeInto(page, page.getByLabel("Ende", { exact: true }), "09.05.2024");

  // Two pickers with chips, searched on the server: an agreement and a participant, each chosen with Enter.
  const agreements = page.getByRole("combobox", { name: "Vereinbarungen" });
  await typeInto(page, agreements, "Kyoto");
  await expect(page.getByRole("listbox", { name: "Vereinbarungen" }).getByRole("option").first()).toContainText(
    "Kyoto",
  );
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  const agreementChips = page.getByRole("list", { name: "Ausgewählt: Vereinbarungen" }).getByRole("listitem");
  await expect(agreementChips).toHaveCount(1);
  await expect(agreementChips.first()).toContainText("Kyoto");

  const participants = page.getByRole("combobox", { name: "Teilnehmende" });
  await typeInto(page, participants, "Reker");
  await expect(page.getByRole("listbox", { name: "Teilnehmende" }).getByRole("option").first()).toContainText(
    "Henriette Reker",
  );
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("list", { name: "Ausgewählt: Teilnehmende" }).getByRole("listitem")).toHaveText([
    "Henriette Reker×",
  ]);
  await typeInto(page, page.getByLabel("Funktion von Henriette Reker (optional)"), "Delegationsleitung");

  // Refused: the summary names the end, and the focus is on it.
  await tabTo(page, page.getByLabel("Titel"));
  await page.keyboard.press("Enter");
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("listitem")).toHaveText(["Ende: darf nicht vor dem Beginn liegen"]);
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, summary.getByRole("link", { name: "Ende: darf nicht vor dem Beginn liegen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Ende", { exact: true })).toBeFocused();

  // Put right (a one-day visit: no end) and saved, with its links.
  await typeInto(page, page.getByLabel("Ende", { exact: true }), "");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activities\/\d+$/);
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeFocused();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main").getByRole("link", { name: /Kyoto/ }).first()).toBeVisible();
  await expect(page.getByRole("main").getByText("Henriette Reker").first()).toBeVisible();
  await expect(page.getByRole("main").getByText("Delegationsleitung").first()).toBeVisible();
});

test("the status form chooses nothing in advance; a status must be chosen", async ({ page, request }) => {
  const { id } = await createAgreement(request, `E2E Statuswahl ${Date.now()}`, "ACTIVE");
  await page.goto(`/agreements/${id}`);
  const form = page.getByRole("form", { name: "Status ändern" });
  await expect(form.getByLabel("Neuer Status")).toHaveValue("");
  await typeInto(page, form.getByLabel("Begründung"), "Ohne Wahl");
  await tabTo(page, form.getByRole("button", { name: "Status ändern" }));
  await page.keyboard.press("Enter");
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("listitem")).toHaveText(["Neuer Status: bitte einen der angebotenen Werte wählen"]);
  await expect(page.getByRole("list", { name: "Statusverlauf" })).not.toContainText("Ohne Wahl");
});

test("leaving a changed form asks first; a form left unchanged does not", async ({ page, request }) => {
  const id = await partnerIdByName(request, "Cork");
  await page.goto(`/partners/${id}/edit`);
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Vereinbarungen" });

  // Unchanged: no question.
  await tabTo(page, page.getByLabel("Name (Englisch)"));
  await tabTo(page, nav);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/agreements$/);

  await page.goto(`/partners/${id}/edit`);
  await typeInto(page, page.getByLabel("Notizen"), "Noch nicht gespeichert");
  const asked: string[] = [];
  page.once("dialog", async (dialog) => {
    asked.push(dialog.message());
    await dialog.dismiss();
  });
  await tabTo(page, nav);
  await page.keyboard.press("Enter");
  await expect.poll(() => asked).toEqual(["Ihre Änderungen sind noch nicht gespeichert. Seite trotzdem verlassen?"]);
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByLabel("Notizen")).toHaveValue("Noch nicht gespeichert");

  page.once("dialog", (dialog) => dialog.accept());
  await tabTo(page, nav);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/agreements$/);
});

/** Opens a partner's edit form as a user does: its page, then Tab to the edit link and Enter (no new document). */
async function openEditForm(page: Page, id: number) {
  await page.goto(`/partners/${id}`);
  await tabTo(page, page.getByRole("main").getByRole("link", { name: "Bearbeiten", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/partners/${id}/edit$`));
  await expect(page.getByLabel("Notizen")).toBeVisible();
}

/** The browser's Back button; resolves whether or not a navigation happened (a cancelled one commits nothing). */
function pressBack(page: Page) {
  return page.goBack({ timeout: 3_000 }).catch(() => null);
}

test("the browser's Back button asks before unsaved changes are lost; staying keeps them and the history as it was", async ({
  page,
  request,
}) => {
  const id = await partnerIdByName(request, "Cork");
  await openEditForm(page, id);
  const historyLength = await page.evaluate(() => history.length);
  await typeInto(page, page.getByLabel("Notizen"), "Noch nicht gespeichert (zurück)");

  // Back, and stay: the form, its text and the address are as they were, and no history entry was added.
  const asked: string[] = [];
  page.once("dialog", async (dialog) => {
    asked.push(dialog.message());
    await dialog.dismiss();
  });
  await pressBack(page);
  await expect.poll(() => asked).toEqual(["Ihre Änderungen sind noch nicht gespeichert. Seite trotzdem verlassen?"]);
  await expect(page).toHaveURL(new RegExp(`/partners/${id}/edit$`));
  await expect(page.getByLabel("Notizen")).toHaveValue("Noch nicht gespeichert (zurück)");
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // Back again, and leave: the partner's page, unchanged; Forward returns to the form (the entry is still there).
  page.once("dialog", (dialog) => dialog.accept());
  await pressBack(page);
  await expect(page).toHaveURL(new RegExp(`/partners/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cork");
  await expect(page.getByText("Noch nicht gespeichert (zurück)")).toHaveCount(0);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`/partners/${id}/edit$`));
});

test("the browser's Back button leaves an unchanged form without asking", async ({ page, request }) => {
  const id = await partnerIdByName(request, "Cork");
  await openEditForm(page, id);
  const asked: string[] = [];
  page.on("dialog", async (dialog) => {
    asked.push(dialog.message());
    await dialog.dismiss();
  });
  // Through the form's fields by keyboard, changing nothing.
  await tabTo(page, page.getByLabel("Notizen"));
  await tabTo(page, page.getByLabel("Name (Englisch)"));
  await pressBack(page);
  await expect(page).toHaveURL(new RegExp(`/partners/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cork");
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`/partners/${id}/edit$`));
  expect(asked).toEqual([]);
});

/** SQL on the test server's database as the app's own role (playwright.config.ts: .data/e2e, E2E_PG_PORT). */
async function withAppDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const dataDir = path.resolve(".data/e2e");
  const password = readFileSync(path.join(dataDir, "postgres-app-password"), "utf8").trim();
  const client = new pg.Client({
    connectionString: `postgresql://partnerships_app:${encodeURIComponent(password)}@127.0.0.1:${Number(process.env.E2E_PG_PORT ?? 54339)}/partnerships`,
  });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

test("a stored country code no migration could match (YU) says so on the partner's and its agreement's page, in the list and in the form", async ({
  page,
}) => {
  const name = `Migrationsrest ${Date.now()}`;
  const id = await withAppDatabase(async (client) => {
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO "Partner" ("nameDe", "nameEn", "countryCode", "continent", "updatedAt")
       VALUES ($1, $1, 'YU', 'EUROPE', now()) RETURNING id`,
      [name],
    );
    return inserted.rows[0]?.id as number;
  });
  // An agreement with it: its page names the partner's country the same way.
  const agreementId = await withAppDatabase(async (client) => {
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO "Agreement" ("type", "title", "partnerId", "status", "updatedAt")
       VALUES ('FRIENDSHIP', $1, $2, 'PROPOSED', now()) RETURNING id`,
      [`Freundschaft mit ${name}`, id],
    );
    return inserted.rows[0]?.id as number;
  });
  try {
    const invalid = "„YU“: kein gültiger Ländercode – bitte das Land wählen";
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/partners/${id}`);
      await expect(page.getByRole("main").getByText(invalid)).toHaveCount(2);
      await expect(page.getByRole("main").getByText("Serbien")).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`partner-invalid-country-${width}.png`), fullPage: true });

      await page.goto(`/partners?q=${encodeURIComponent(name)}`);
      await expect(page.locator("table.list-table tbody tr")).toHaveCount(1);
      await expect(page.locator("table.list-table tbody")).toContainText(invalid);
      // The country filter names it as what it is, not as a country.
      await expect(
        page.getByLabel("Land", { exact: true }).locator("option", { hasText: "„YU“ (ungültiger Ländercode) (1)" }),
      ).toHaveCount(1);
      await page.screenshot({ path: test.info().outputPath(`partner-list-invalid-country-${width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/agreements/${agreementId}`);
    await expect(page.getByRole("main").getByText(invalid)).toHaveCount(1);
    await expect(page.getByRole("main").getByText("Serbien")).toHaveCount(0);

    // The form shows no country chosen and says what was stored; the country is chosen by keyboard and saved.
    await page.setViewportSize({ width: 1366, height: 900 });
    await openEditForm(page, id);
    const country = page.getByRole("combobox", { name: "Land" });
    await expect(country).toHaveValue("");
    await expect(page.getByText("Gespeichert ist „YU“, kein Ländercode nach ISO 3166-1")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath("partner-form-invalid-country-1366.png"), fullPage: true });
    await typeInto(page, country, "Serbien");
    await page.keyboard.press("Enter");
    await expect(country).toHaveValue("Serbien");
    await tabTo(page, page.getByRole("button", { name: "Speichern" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/partners/${id}$`));
    await expect(page.getByRole("main").getByText("Serbien").first()).toBeVisible();
    await expect(page.getByText(invalid)).toHaveCount(0);
  } finally {
    await withAppDatabase(async (client) => {
      await client.query(`DELETE FROM "Agreement" WHERE id = $1`, [agreementId]);
      await client.query(`DELETE FROM "Partner" WHERE id = $1`, [id]);
    });
  }
});

test("the forms on a record's page ask too: the status form and the human-rights review, until saved", async ({
  page,
  request,
}) => {
  const asked: string[] = [];
  let leave = false;
  page.on("dialog", async (dialog) => {
    asked.push(dialog.message());
    await (leave ? dialog.accept() : dialog.dismiss());
  });
  const question = "Ihre Änderungen sind noch nicht gespeichert. Seite trotzdem verlassen?";
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Vereinbarungen" });

  // A status chosen and not applied: following a link asks, and staying keeps the choice.
  const { id } = await createAgreement(request, `E2E Statusfrage ${Date.now()}`, "ACTIVE");
  await page.goto(`/agreements/${id}`);
  const status = page.getByRole("form", { name: "Status ändern" }).getByLabel("Neuer Status");
  await tabTo(page, status);
  await page.keyboard.press("ArrowDown");
  await expect(status).not.toHaveValue("");
  await tabTo(page, nav);
  await page.keyboard.press("Enter");
  await expect.poll(() => asked).toEqual([question]);
  await expect(page).toHaveURL(new RegExp(`/agreements/${id}$`));
  await expect(status).not.toHaveValue("");
  leave = true;
  await tabTo(page, nav);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/agreements$/);
  expect(asked).toEqual([question, question]);
  leave = false;

  // The partner's human-rights review: a typed note asks before leaving; once saved, leaving asks nothing.
  const partnerId = await partnerIdByName(request, "Cork");
  await page.goto(`/partners/${partnerId}`);
  asked.length = 0;
  const note = page.getByRole("form", { name: "Prüfung speichern" }).getByLabel("Notiz zur Prüfung");
  await typeInto(page, note, `Notiz ${Date.now()}`);
  await tabTo(page, nav);
  await page.keyboard.press("Enter");
  await expect.poll(() => asked).toEqual([question]);
  await expect(page).toHaveURL(new RegExp(`/partners/${partnerId}$`));
  await tabTo(page, page.getByRole("button", { name: "Prüfung speichern" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Prüfung gespeichert.")).toBeVisible();
  await tabTo(page, nav);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/agreements$/);
  expect(asked).toEqual([question]);
});

test("the forms in their error state have no axe violations in English either", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "locale", value: "en", url: baseURL ?? "" }]);
  for (const path of ["/partners/new", "/agreements/new", "/activities/new", "/working-groups/new", "/people/new"]) {
    await page.goto(path);
    await tabTo(page, page.getByRole("button", { name: "Save" }));
    await page.keyboard.press("Enter");
    await expect(summaryOf(page), path).toBeFocused();
    expect(await axeViolations(page), path).toEqual([]);
  }
  await page.goto("/activities/new");
  await typeInto(page, page.getByLabel("Start"), "10.05.2024");
  await expect(page.getByText("Day: 10 May 2024")).toBeVisible();
});

test("the inline forms of record pages ask before unsaved text is lost: a new milestone, a commitment's status", async ({
  page,
  request,
}) => {
  const message = "Ihre Änderungen sind noch nicht gespeichert. Seite trotzdem verlassen?";
  const asked: string[] = [];
  // Leaving on purpose (the next page.goto) accepts the browser's own question; otherwise the test stays.
  let leave = false;
  page.on("dialog", async (dialog) => {
    if (leave) return dialog.accept();
    asked.push(dialog.message());
    await dialog.dismiss();
  });
  const groups = await trpcQuery<{ items: { id: number }[] }>(request, "workingGroup.list", { q: "Bahnverbindung" });
  const groupId = groups.items[0]?.id;
  expect(groupId).toBeDefined();
  await page.goto(`/working-groups/${groupId}`);
  await typeInto(page, page.getByRole("textbox", { name: "Titel", exact: true }), "Noch nicht gespeichert");
  await page.getByRole("link", { name: "Arbeitsgruppen", exact: true }).first().click();
  await expect.poll(() => asked).toEqual([message]);
  await expect(page).toHaveURL(new RegExp(`/working-groups/${groupId}$`));

  const commitments = await trpcQuery<{ items: { id: number }[] }>(request, "commitment.list", { q: "Kultur" });
  const commitmentId = commitments.items[0]?.id;
  expect(commitmentId).toBeDefined();
  leave = true;
  await page.goto(`/commitments/${commitmentId}`);
  leave = false;
  await typeInto(page, page.getByLabel("Begründung"), "Noch nicht gespeichert");
  await page.getByRole("link", { name: "Zusagen", exact: true }).first().click();
  await expect.poll(() => asked).toEqual([message, message]);
  await expect(page).toHaveURL(new RegExp(`/commitments/${commitmentId}$`));
});
