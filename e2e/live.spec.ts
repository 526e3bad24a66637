// Live updates across app servers (issue 20): a second app server on the main test server's database; a browser on
// server B shows a change committed through server A within 1 s, measured with the clock, without a reload; and a
// browser whose server was killed and restarted reconnects by itself and catches up with what changed meanwhile.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { createAgreement, trpcMutation } from "./api";
import { DEMO_PASSWORD, demoAccount, ORIGIN, signInApi, storageStateOf } from "./auth";

const PORT_B = Number(process.env.E2E_PORT ?? 3210) + 30;
const SERVER_B = `http://127.0.0.1:${PORT_B}`;
// A second app server on the main test server's database, started as a second instance behind a load balancer would
// be (as e2e/two-servers.spec.ts does): the production build, the app's own role, the one shared auth secret.
const DATA_DIR = path.resolve(".data/e2e"); // the main test server's (playwright.config.ts)
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339);

function startServerB(): ChildProcess {
  const password = readFileSync(path.join(DATA_DIR, "postgres-app-password"), "utf8").trim();
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(PORT_B)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT_B),
      DATABASE_URL: `postgresql://partnerships_app:${encodeURIComponent(password)}@127.0.0.1:${PG_PORT}/partnerships`,
      BETTER_AUTH_SECRET: readFileSync(path.join(DATA_DIR, "auth-secret"), "utf8").trim(),
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

async function stop(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || !app.pid) return;
  const exited = new Promise((resolve) => app.once("exit", resolve));
  process.kill(-app.pid, "SIGKILL");
  await exited;
}

async function activeFigure(page: Page): Promise<number> {
  const text = await page
    .getByRole("link", { name: /Aktive Vereinbarungen/ })
    .first()
    .locator(".figure__value")
    .textContent();
  return Number(text?.replace(/\D/g, ""));
}

/** Waits until `check` holds, polling every 20 ms; returns the milliseconds it took from `since`. */
async function within(ms: number, since: number, check: () => Promise<boolean>): Promise<number> {
  while (Date.now() - since < ms + 5_000) {
    if (await check()) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not seen within ${ms + 5_000} ms`);
}

test.describe.configure({ mode: "serial" });

let serverB: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  serverB = startServerB();
  await waitForHealth(SERVER_B);
});

test.afterAll(async () => {
  if (serverB) await stop(serverB);
});

test("a change saved on server A shows on server B's dashboard and list within 1 s", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: SERVER_B, storageState: storageStateOf("VIEWER") });
  const dashboard = await context.newPage();
  const list = await context.newPage();
  const title = `Live ${Date.now()}`;
  await dashboard.goto("/");
  await list.goto(`/agreements?q=${encodeURIComponent(title)}`);
  // The title as a record in the list (the search term also shows as a filter chip).
  await expect(list.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  const before = await activeFigure(dashboard);
  // The pages' streams open after hydration; wait until both hear changes.
  await expect(dashboard.locator("body")).toHaveAttribute("data-live", "on");
  await expect(list.locator("body")).toHaveAttribute("data-live", "on");

  const api = await playwrightRequest.newContext({ baseURL: ORIGIN });
  await signInApi(api, demoAccount("EDITOR").email, DEMO_PASSWORD);
  await createAgreement(api, title, "ACTIVE");
  const saved = Date.now();

  const figureMs = await within(1_000, saved, async () => (await activeFigure(dashboard)) === before + 1);
  const listMs = await within(
    1_000,
    saved,
    async () => (await list.getByRole("link", { name: title, exact: true }).count()) > 0,
  );
  const arrived = Number(await dashboard.locator("body").getAttribute("data-live-change-at")) - saved;
  expect(figureMs, `dashboard figure after ${figureMs} ms (change arrived after ${arrived} ms)`).toBeLessThan(1_000);
  expect(listMs, `list after ${listMs} ms`).toBeLessThan(1_000);
  // The polite hint says the page was updated; nothing stole the focus.
  await expect(dashboard.getByTestId("live-updated")).toBeVisible();
  await expect(dashboard.getByRole("status").filter({ hasText: "aktualisiert" })).toHaveCount(1);
  await api.dispose();
  await context.close();
});

test("a browser whose server was restarted reconnects and catches up", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: SERVER_B, storageState: storageStateOf("VIEWER") });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("body")).toHaveAttribute("data-live", "on");
  const before = await activeFigure(page);
  await stop(serverB);
  await expect(page.locator("body")).toHaveAttribute("data-live", "off");

  // Changed on server A while server B is down: B's browser cannot hear it.
  const api = await playwrightRequest.newContext({ baseURL: ORIGIN });
  await signInApi(api, demoAccount("EDITOR").email, DEMO_PASSWORD);
  const { id } = await createAgreement(api, `Live Neustart ${Date.now()}`, "ACTIVE");
  expect(await activeFigure(page)).toBe(before);

  serverB = startServerB();
  await waitForHealth(SERVER_B);
  const back = Date.now();
  // No reload: the page's stream reconnects by itself and refetches.
  const ms = await within(10_000, back, async () => (await activeFigure(page)) === before + 1);
  await expect(page.locator("body")).toHaveAttribute("data-live", "on");
  expect(ms).toBeLessThan(10_000);
  // And it listens again: the next change arrives live.
  await trpcMutation(api, "agreement.transition", { id, to: "DORMANT", reason: "Nach dem Neustart geändert" });
  const changed = Date.now();
  const liveMs = await within(1_000, changed, async () => (await activeFigure(page)) === before);
  expect(liveMs).toBeLessThan(1_000);
  await api.dispose();
  await context.close();
});

test("the live stream is refused without a session", async () => {
  // No cookies: a request context would otherwise carry the project's signed-in state.
  const anonymous = await playwrightRequest.newContext({ baseURL: ORIGIN, storageState: { cookies: [], origins: [] } });
  const response = await anonymous.get("/api/live");
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});
