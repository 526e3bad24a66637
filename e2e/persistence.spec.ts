// The app keeps its data across a restart: start it on its own embedded PostgreSQL, change a status, stop it,
// start it again on the same data folder and find the change.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createAgreement, setOrigin, trpcMutation, trpcQuery } from "./api";
import { DEMO_PASSWORD, demoAccount, signInApi } from "./auth";

// Ports of its own, beside the main test server's (E2E_PORT, E2E_PG_PORT).
const PORT = Number(process.env.E2E_PORT ?? 3210) + 20;
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339) + 10;
const BASE = `http://127.0.0.1:${PORT}`;

function startApp(dataDir: string): ChildProcess {
  return spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/cli/start.ts"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(PG_PORT),
      SEED: "demo",
      DEMO_ACCOUNTS: "true",
    },
    stdio: "ignore",
    detached: true,
  });
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not become healthy");
}

async function stopApp(app: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => app.once("exit", resolve));
  if (app.pid) process.kill(-app.pid, "SIGTERM");
  await exited;
}

test("a status change survives a restart of the app and its embedded database", async () => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "partnerships-restart-"));
  let app = startApp(dataDir);
  try {
    await waitForHealth();
    const api = await playwrightRequest.newContext({ baseURL: BASE });
    setOrigin(api, BASE);
    await signInApi(api, demoAccount("EDITOR").email, DEMO_PASSWORD, BASE);
    const { id } = await createAgreement(api, `E2E Neustart ${Date.now()}`, "ACTIVE");
    await trpcMutation(api, "agreement.transition", { id, to: "DORMANT", reason: "Vor dem Neustart geändert" });
    await stopApp(app);

    app = startApp(dataDir);
    await waitForHealth();
    const after = await trpcQuery<{ status: string; statusChanges: { reason: string }[] }>(api, "agreement.byId", {
      id,
    });
    expect(after.status).toBe("DORMANT");
    expect(after.statusChanges[0]?.reason).toBe("Vor dem Neustart geändert");
    // The demo seed ran once only: the restart found data and left it alone.
    const list = await trpcQuery<{ total: number }>(api, "agreement.list", { q: "Liverpool" });
    expect(list.total).toBe(1);
    await api.dispose();
  } finally {
    await stopApp(app);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
