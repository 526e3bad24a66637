// Single sign-on through the browser (issue 18): a real OpenID provider on loopback (oidc-provider,
// server/test/oidc-idp.ts) and two more app servers on the main test server's database, started with the OIDC
// settings the way an operator would (production build, the app's own database role, the shared auth secret):
// A keeps password sign-in, B has it switched off. What the browser does: the button, the provider's login page, the
// code flow with PKCE back into the app with the role the groups map to; a changed state and a wrong nonce refused;
// the role following the groups at the next sign-in; no role and a deactivated account refused with a page that
// says what to do; sign-out at the app and at the provider; one audit event per outcome.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import pg from "pg";
import { startTestIdp, type TestIdp } from "../server/test/oidc-idp";
import { trpcMutation } from "./api";
import { ORIGIN, PORT, storageStateOf } from "./auth";

const DATA_DIR = path.resolve(".data/e2e"); // the main test server's (playwright.config.ts)
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339);
const IDP_PORT = Number(process.env.E2E_OIDC_PORT ?? 0); // 0: any free port
const A = `http://127.0.0.1:${PORT + 40}`;
const B = `http://127.0.0.1:${PORT + 41}`;
const ROLE_MAP = "intl-viewers:VIEWER,intl-editors:EDITOR,intl-admins:ADMIN";
const SCREENSHOTS = path.resolve("test-results/sso");

function databaseUrl(): string {
  const password = readFileSync(path.join(DATA_DIR, "postgres-app-password"), "utf8").trim();
  return `postgresql://partnerships_app:${encodeURIComponent(password)}@127.0.0.1:${PG_PORT}/partnerships`;
}

function startServer(origin: string, env: Record<string, string>): ChildProcess {
  const port = new URL(origin).port;
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", port], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: port,
      APP_URL: origin,
      DATABASE_URL: databaseUrl(),
      BETTER_AUTH_SECRET: readFileSync(path.join(DATA_DIR, "auth-secret"), "utf8").trim(),
      ...env,
    },
    stdio: "ignore",
    detached: true,
  });
}

async function waitForHealth(origin: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${origin} did not become healthy`);
}

let idp: TestIdp;
let servers: ChildProcess[] = [];
let db: pg.Client;

test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  idp = await startTestIdp({ port: IDP_PORT, appOrigins: [A, B] });
  const oidc = {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_ROLE_MAP: ROLE_MAP,
  };
  servers = [startServer(A, oidc), startServer(B, { ...oidc, PASSWORD_SIGN_IN: "false" })];
  db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  await Promise.all([waitForHealth(A), waitForHealth(B)]);
});

test.afterAll(async () => {
  await Promise.all(
    servers.map(async (server) => {
      if (server.exitCode !== null || !server.pid) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }),
  );
  await db?.end();
  await idp?.close();
});

/** Each sign-in from its own client address (as the proxy reports it), so the per-address limits of one test do not
 * reach into the next. */
let addresses = 0;
async function fromNewAddress(page: Page): Promise<string> {
  addresses += 1;
  const address = `198.51.100.${addresses}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

let people = 0;
function person(groups: string[]) {
  people += 1;
  const login = `sso-${Date.now().toString(36)}-${people}`;
  const email = `${login}@stadt-koeln.example`;
  idp.people.set(login, { email, name: `Erika Muster ${people}`, groups });
  return { login, email };
}

function setGroups(login: string, groups: string[]) {
  const current = idp.people.get(login);
  if (!current) throw new Error(`no ${login}`);
  idp.people.set(login, { ...current, groups });
}

/** The button, the provider's login page with the user name (unless its session is still open), and back. */
async function signInWithCityAccount(page: Page, origin: string, login: string) {
  await page.goto(`${origin}/sign-in`);
  const callback = page.waitForResponse((response) => response.url().startsWith(`${origin}/api/auth/callback/city`));
  await page.getByRole("button", { name: "Mit städtischem Konto anmelden" }).click();
  const loginField = page.getByLabel("Benutzername");
  const asked = await Promise.race([loginField.waitFor().then(() => true), callback.then(() => false)]).catch(
    () => false,
  );
  if (asked) {
    await loginField.fill(login);
    await page.getByRole("button", { name: "Weiter" }).click();
  }
  const answered = await callback.catch(() => {
    throw new Error(`no callback to ${origin}; the browser is at ${page.url()}`);
  });
  expect(answered.status()).toBe(302);
  // Where the callback sent the browser (never the page it started from: success goes to "/", a refusal to the
  // sign-in page with an `error`). With the provider's session still open the whole chain is one navigation.
  const start = `${origin}/sign-in`;
  await page.waitForURL((url) => url.origin === origin && !url.pathname.startsWith("/api/") && url.href !== start);
  await page.waitForLoadState();
}

async function auditOf(email: string) {
  const { rows } = await db.query<{ action: string; changes: Record<string, { after: unknown }>; actorId: string }>(
    `SELECT action, changes, "actorId" FROM "AuditEvent"
     WHERE "entityType" = 'USER' AND "actorEmail" = $1 AND action IN ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT')
     ORDER BY id`,
    [email],
  );
  return rows.map((row) => [row.action, row.changes.reason?.after ?? row.changes.role?.after ?? null]);
}

async function sessionRole(page: Page, origin: string): Promise<string | null> {
  const response = await page.request.get(`${origin}/api/auth/get-session`);
  const body = (await response.json()) as { user?: { role: string } } | null;
  return body?.user?.role ?? null;
}

test("the sign-in page offers the city account in both languages, passes axe, and looks right at 1366 and 390 px", async ({
  page,
}) => {
  // Without single sign-on configured (the main test server) there is no button.
  await page.goto(`${ORIGIN}/sign-in`);
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mit städtischem Konto anmelden" })).toHaveCount(0);

  for (const [origin, name] of [
    [A, "with-password"],
    [B, "sso-only"],
  ] as const) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${origin}/sign-in`);
    const button = page.getByRole("button", { name: "Mit städtischem Konto anmelden" });
    await expect(button).toBeVisible();
    await expect(page.getByLabel("Passwort")).toHaveCount(origin === A ? 1 : 0);
    await expect(page.getByRole("heading", { name: "Oder mit E-Mail-Adresse und Passwort" })).toHaveCount(
      origin === A ? 1 : 0,
    );
    const axe = async () =>
      (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    expect(await axe()).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `sign-in-${name}-1366.png`), fullPage: true });
    // The button spans the form's width (28rem) and is a real, tall enough target; it comes first, and beside it the
    // password form's button is the second kind (outlined, not filled).
    const box = await button.boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(179, 0, 27)");
    if (origin === A) {
      const email = await page.getByLabel("E-Mail-Adresse").boundingBox();
      expect(email?.y).toBeGreaterThan((box?.y ?? 0) + (box?.height ?? 0));
      const submit = page.getByRole("button", { name: "Anmelden", exact: true });
      expect(await submit.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgb(179, 0, 27)");
    }

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/sign-in`);
    const phone = await button.boundingBox();
    expect(phone?.x).toBeGreaterThanOrEqual(0);
    expect((phone?.x ?? 0) + (phone?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, `sign-in-${name}-390.png`), fullPage: true });
  }

  // English.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${A}/sign-in`);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Sign in with your city account" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Or with e-mail address and password" })).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations,
  ).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "sign-in-with-password-1366-en.png"), fullPage: true });
  await page.getByRole("button", { name: "Auf Deutsch umschalten" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("signs in through the provider with the code flow and PKCE, with the role the groups map to, and signs out at both", async ({
  page,
}) => {
  await fromNewAddress(page);
  const { login, email } = person(["intl-editors", "kantine"]);
  const authorization = page.waitForRequest((request) => request.url().startsWith(`${idp.issuer}/auth?`));
  await signInWithCityAccount(page, A, login);
  const params = new URL((await authorization).url()).searchParams;
  expect(params.get("response_type")).toBe("code");
  expect(params.get("code_challenge_method")).toBe("S256");
  expect(params.get("state")).toBeTruthy();
  expect(params.get("nonce")).toBeTruthy();
  expect(params.get("redirect_uri")).toBe(`${A}/api/auth/callback/city`);

  // In the app, as an editor: the user menu says so, and an editor's action is offered.
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.getByRole("region", { name: "Benutzerkonto" })).toContainText("Redaktion");
  expect(await sessionRole(page, A)).toBe("EDITOR");
  // The own account has no password here (it is the city account's): no form to change one.
  await page.goto(`${A}/account`);
  await expect(page.getByText("haben hier kein eigenes Passwort")).toBeVisible();
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, "own-account-sso.png"), fullPage: true });

  // Sign-out: the app's session ends, then the provider's (its end-session address), and back to the sign-in page.
  const endSession = page.waitForRequest((request) => request.url().startsWith(`${idp.issuer}/session/end`));
  await page.getByRole("button", { name: "Abmelden" }).click();
  await endSession;
  await page.waitForURL(`${A}/sign-in`);
  expect(await sessionRole(page, A)).toBeNull();
  // The provider's session ended too: the next sign-in asks for the user name again.
  await page.getByRole("button", { name: "Mit städtischem Konto anmelden" }).click();
  await expect(page.getByLabel("Benutzername")).toBeVisible();

  expect(await auditOf(email)).toEqual([
    ["SIGN_IN", "EDITOR"],
    ["SIGN_OUT", null],
  ]);
});

test("a changed state and a wrong nonce are refused, and each refusal is audited once", async ({ page }) => {
  const { login, email } = person(["intl-viewers"]);
  // The authorization request with another state than the app issued: the provider sends that one back, and it
  // matches no sign-in the app started. (The redirect back cannot be changed in the browser: Playwright routes only
  // the first request of a redirect chain; server/auth/sso.test.ts changes it there.)
  const isAuthorization = (url: URL) => url.origin === idp.issuer && url.pathname === "/auth";
  const first = await fromNewAddress(page);
  await page.route(isAuthorization, async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("state", `${url.searchParams.get("state")}-changed`);
    await route.continue({ url: url.toString() });
  });
  await signInWithCityAccount(page, A, login);
  expect(new URL(page.url()).searchParams.get("error")).toBe("state_mismatch");
  await expect(page.locator(".alert--error")).toContainText("abgelaufen oder wurde unterbrochen");
  expect(await sessionRole(page, A)).toBeNull();
  await page.unroute(isAuthorization);

  // The authorization request with another nonce than the app keeps: the ID token carries that one.
  const second = await fromNewAddress(page);
  await page.route(isAuthorization, async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("nonce", "not-the-nonce-the-app-sent-0123456789");
    await route.continue({ url: url.toString() });
  });
  await signInWithCityAccount(page, A, login);
  expect(new URL(page.url()).searchParams.get("error")).toBe("unable_to_get_user_info");
  await expect(page.locator(".alert--error")).toContainText("fehlgeschlagen");
  expect(await sessionRole(page, A)).toBeNull();

  const { rows } = await db.query(`SELECT 1 FROM "User" WHERE email = $1`, [email]);
  expect(rows).toHaveLength(0);
  // Neither refusal knows who it was (the provider's answer did not hold): each is recorded for its address.
  const failed = await db.query<{ ip: string; reason: string }>(
    `SELECT "ipAddress" AS ip, changes->'reason'->>'after' AS reason FROM "AuditEvent"
     WHERE action = 'SIGN_IN_FAILED' AND "ipAddress" IN ($1, $2) ORDER BY id`,
    [first, second],
  );
  expect(failed.rows).toEqual([
    { ip: first, reason: "SSO_STATE" },
    { ip: second, reason: "SSO_TOKEN" },
  ]);
});

test("the role follows the groups at every sign-in; in no group, a page says to ask an admin", async ({ page }) => {
  await fromNewAddress(page);
  const { login, email } = person(["intl-admins"]);
  await signInWithCityAccount(page, B, login);
  expect(await sessionRole(page, B)).toBe("ADMIN");
  await page.context().clearCookies({ domain: "127.0.0.1" });

  setGroups(login, ["intl-viewers"]);
  await signInWithCityAccount(page, B, login);
  expect(await sessionRole(page, B)).toBe("VIEWER");
  await expect(page.getByRole("region", { name: "Benutzerkonto" })).toContainText("Lesezugriff");
  await page.context().clearCookies({ domain: "127.0.0.1" });

  setGroups(login, []);
  await signInWithCityAccount(page, B, login);
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  const alert = page.locator(".alert--error");
  await expect(
    alert.getByRole("heading", { name: "Kein Zugang: bitte wenden Sie sich an die Administration" }),
  ).toBeVisible();
  await expect(alert).toContainText("Bitten Sie die Administration der Anwendung");
  expect(await sessionRole(page, B)).toBeNull();
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations,
  ).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SCREENSHOTS, "sign-in-no-role-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: path.join(SCREENSHOTS, "sign-in-no-role-1366.png"), fullPage: true });

  expect(await auditOf(email)).toEqual([
    ["SIGN_IN", "ADMIN"],
    ["SIGN_IN", "VIEWER"],
    ["SIGN_IN_FAILED", "SSO_NO_ROLE"],
  ]);
});

test("a deactivated account cannot come back through single sign-on; password sign-in is off on B", async ({
  page,
}) => {
  await fromNewAddress(page);
  const { login, email } = person(["intl-editors"]);
  await signInWithCityAccount(page, B, login);
  expect(await sessionRole(page, B)).toBe("EDITOR");

  // An admin deactivates the account (through the app's audited service on the main server).
  const { rows } = await db.query<{ id: string; version: number }>(`SELECT id, version FROM "User" WHERE email = $1`, [
    email,
  ]);
  const admin = await playwrightRequest.newContext({ baseURL: ORIGIN, storageState: storageStateOf("ADMIN") });
  await trpcMutation(admin, "account.setActive", { id: rows[0]?.id, version: rows[0]?.version, active: false });
  await admin.dispose();
  expect(await sessionRole(page, B)).toBeNull();

  await page.context().clearCookies({ domain: "127.0.0.1" });
  await signInWithCityAccount(page, B, login);
  expect(new URL(page.url()).searchParams.get("error")).toBe("sso_deactivated");
  await expect(page.locator(".alert--error").getByRole("heading", { name: "Konto deaktiviert" })).toBeVisible();
  expect(await sessionRole(page, B)).toBeNull();
  expect((await auditOf(email)).at(-1)).toEqual(["SIGN_IN_FAILED", "SSO_DEACTIVATED"]);

  // B has password sign-in switched off: no form, and the endpoint refuses.
  await expect(page.getByLabel("Passwort")).toHaveCount(0);
  const refused = await page.request.post(`${B}/api/auth/sign-in/email`, {
    data: { email: "admin@example.org", password: "irrelevant-1" },
    headers: { origin: B },
  });
  expect(refused.status()).toBe(403);
});
