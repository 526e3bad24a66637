// Roles in the browser and at the API: what a viewer sees and may do, an admin creating an editor who then works,
// sign-out, and two editors saving the same agreement.
import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import superjson from "superjson";
import { createAgreement, trpcQuery } from "./api";
import { DEMO_PASSWORD, demoAccount, ORIGIN, storageStateOf } from "./auth";

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("VIEWER") });

  test("sees no edit controls, and the API refuses changes", async ({ page, request, browser }) => {
    const { items } = await trpcQuery<{ items: { id: number }[] }>(request, "agreement.list", { q: "Chongqing" });
    const id = items[0]?.id;
    // The same pages as an editor show the controls the viewer must not see.
    const editorContext = await browser.newContext({ storageState: storageStateOf("EDITOR") });
    const asEditor = await editorContext.newPage();
    await asEditor.goto(`/agreements/${id}`);
    await expect(asEditor.getByRole("link", { name: "Bearbeiten" })).toBeVisible();
    await expect(asEditor.getByRole("form", { name: "Status ändern" })).toBeVisible();
    await expect(asEditor.getByRole("heading", { name: "Änderungsverlauf" })).toBeVisible();
    await asEditor.goto("/agreements");
    await expect(asEditor.getByRole("link", { name: "Vereinbarung anlegen" })).toBeVisible();
    await editorContext.close();

    await page.goto(`/agreements/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Chongqing");
    await expect(page.getByRole("link", { name: "Bearbeiten" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Status ändern" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Änderungsverlauf" })).toHaveCount(0);
    await page.goto("/agreements");
    await expect(page.getByRole("heading", { level: 1, name: "Vereinbarungen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Vereinbarung anlegen" })).toHaveCount(0);

    // An editing page answers 403.
    const response = await page.goto(`/agreements/${id}/edit`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Keine Berechtigung" })).toBeVisible();

    // The API itself refuses a change, with this app's Origin and a valid session: FORBIDDEN, and nothing written.
    const before = await trpcQuery<{ total: number }>(request, "agreement.list", {});
    const refused = await request.post("/api/trpc/agreement.transition", {
      data: superjson.serialize({ id, to: "ENDED", reason: "Betrachter versucht es" }),
      headers: { origin: ORIGIN },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.json.data.code).toBe("FORBIDDEN");
    const created = await request.post("/api/trpc/agreement.create", {
      data: superjson.serialize({ type: "FRIENDSHIP", title: "Vom Betrachter", partnerId: 1, status: "ACTIVE" }),
      headers: { origin: ORIGIN },
    });
    expect(created.status()).toBe(403);
    expect((await trpcQuery<{ total: number }>(request, "agreement.list", {})).total).toBe(before.total);
    const detail = await trpcQuery<{ status: string }>(request, "agreement.byId", { id });
    expect(detail.status).not.toBe("ENDED");
    // Admin pages are not for viewers either.
    expect((await page.goto("/admin/audit"))?.status()).toBe(403);
  });
});

test("without a session the API answers UNAUTHORIZED and pages send to sign-in", async ({ page }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL: ORIGIN, storageState: { cookies: [], origins: [] } });
  const query = await anonymous.get("/api/trpc/statistics.dashboard");
  expect(query.status()).toBe(401);
  expect((await query.json()).error.json.data.code).toBe("UNAUTHORIZED");
  const mutation = await anonymous.post("/api/trpc/agreement.create", {
    data: superjson.serialize({ type: "FRIENDSHIP", title: "Anonym", partnerId: 1, status: "ACTIVE" }),
    headers: { origin: ORIGIN },
  });
  expect(mutation.status()).toBe(401);
  await anonymous.dispose();

  await page.context().clearCookies();
  await page.goto("/partners?q=Kyoto");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpartners%3Fq%3DKyoto/);
  // A wrong password is refused with a message, and the user stays on the sign-in page.
  await page.getByLabel("E-Mail-Adresse").fill(demoAccount("EDITOR").email);
  await page.getByLabel("Passwort").fill("falsches-Passwort-123");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort stimmen nicht." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a change from another site is refused even with a valid session", async ({ request }) => {
  const response = await request.post("/api/trpc/agreement.create", {
    data: superjson.serialize({ type: "FRIENDSHIP", title: "Fremde Seite", partnerId: 1, status: "ACTIVE" }),
    headers: { origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.json.message).toContain("Origin");
});

test("an admin creates an editor, who signs in and changes a status; the audit trail shows both", async ({
  browser,
}) => {
  const stamp = Date.now();
  const email = `neu.${stamp}@stadt-koeln.example`;
  const password = "Sicheres-Passwort-2026";

  const adminContext = await browser.newContext({ storageState: storageStateOf("ADMIN") });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/accounts/new");
  await admin.getByLabel("Name").fill(`Neue Redakteurin ${stamp}`);
  await admin.getByLabel("E-Mail-Adresse").fill(email);
  await admin.getByRole("radio", { name: /Redaktion/ }).check();
  await admin.getByLabel("Erstes Passwort").fill(password);
  await admin.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(admin).toHaveURL(/\/admin\/accounts\/[^/?]+\?created=1/);
  await expect(admin.getByText("Das Konto wurde angelegt.")).toBeVisible();

  const { id } = await createAgreement(adminContext.request, `E2E Neue Redakteurin ${stamp}`, "ACTIVE");

  const editorContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const editor = await editorContext.newPage();
  await editor.goto(`/agreements/${id}`);
  await expect(editor).toHaveURL(/\/sign-in/);
  await editor.getByLabel("E-Mail-Adresse").fill(email);
  await editor.getByLabel("Passwort").fill(password);
  await editor.getByRole("button", { name: "Anmelden" }).click();
  await expect(editor).toHaveURL(new RegExp(`/agreements/${id}$`));
  const form = editor.getByRole("form", { name: "Status ändern" });
  await form.getByLabel("Neuer Status").selectOption({ label: "Ruhend" });
  await form.getByLabel("Begründung").fill("Von der neuen Redakteurin");
  await form.getByRole("button", { name: "Status ändern" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Status geändert." })).toBeVisible();
  await expect(editor.getByRole("list", { name: "Statusverlauf" })).toContainText(`Neue Redakteurin ${stamp}`);

  // The admin finds the account's creation and the status change, with who did what.
  await admin.goto(`/admin/audit?q=${encodeURIComponent(`E2E Neue Redakteurin ${stamp}`)}`);
  const rows = admin.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: `Neue Redakteurin ${stamp}` }).first()).toBeVisible();
  await expect(admin.getByRole("table")).toContainText("Ruhend");

  // Signing out ends the session: the next page asks to sign in again.
  await editor.getByRole("button", { name: "Abmelden" }).click();
  await expect(editor).toHaveURL(/\/sign-in/);
  await editor.goto(`/agreements/${id}`);
  await expect(editor).toHaveURL(/\/sign-in/);
  await adminContext.close();
  await editorContext.close();
});

test("a second editor saving the same agreement gets the conflict message naming the first, and keeps the input", async ({
  browser,
  request,
}) => {
  const title = `E2E Gleichzeitig ${Date.now()}`;
  const { id } = await createAgreement(request, title, "ACTIVE");
  const first = await browser.newContext({ storageState: storageStateOf("EDITOR") });
  const second = await browser.newContext({ storageState: storageStateOf("ADMIN") });
  const firstPage = await first.newPage();
  const secondPage = await second.newPage();
  await firstPage.goto(`/agreements/${id}/edit`);
  await secondPage.goto(`/agreements/${id}/edit`);

  await firstPage.getByLabel("Titel").fill(`${title} (Redaktion)`);
  await firstPage.getByRole("button", { name: "Speichern" }).click();
  await expect(firstPage).toHaveURL(new RegExp(`/agreements/${id}$`));

  const typed = `${title} (Administration, später)`;
  await secondPage.getByLabel("Titel").fill(typed);
  await secondPage.getByRole("button", { name: "Speichern" }).click();
  const alert = secondPage.locator("[data-conflict]");
  await expect(alert).toContainText(`inzwischen von ${demoAccount("EDITOR").name} geändert`);
  await expect(secondPage.getByLabel("Titel")).toHaveValue(typed);

  const saved = await trpcQuery<{ title: string }>(request, "agreement.byId", { id });
  expect(saved.title).toBe(`${title} (Redaktion)`);
  await first.close();
  await second.close();
});

test("the README names the demo accounts and their password as the demo seed creates them", () => {
  const readme = readFileSync("README.md", "utf8");
  expect(readme).toContain(`\`${DEMO_PASSWORD}\``);
  for (const role of ["ADMIN", "EDITOR", "VIEWER"] as const) expect(readme).toContain(`\`${demoAccount(role).email}\``);
});
