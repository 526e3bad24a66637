import { defineConfig } from "@playwright/test";
import { PORT, storageStateOf } from "./e2e/auth";
import { CHROMIUM_PATH } from "./e2e/global-setup";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

// End-to-end tests against the production build in Debian's Chromium (never a downloaded browser).
// The app runs on its own embedded PostgreSQL in a fresh data folder, seeded with the demo data and the demo
// accounts; the "setup" project signs in as each role first, and tests run as the editor unless they say otherwise.
export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "de-DE",
    trace: "retain-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    // The screenshots (e2e/visual.spec.ts) first, on the seed as it is, before the other specs change it; listed
    // before "chromium", with one worker this project runs before it.
    { name: "visual", dependencies: ["setup"], testMatch: /visual\.spec\.ts/ },
    {
      name: "chromium",
      dependencies: ["setup"],
      testIgnore: [/auth\.setup\.ts/, /visual\.spec\.ts/],
      use: { storageState: storageStateOf("EDITOR") },
    },
  ],
  webServer: {
    command: `rm -rf .data/e2e && npm run demo`,
    env: {
      PORT: String(PORT),
      DATA_DIR: ".data/e2e",
      EMBEDDED_PG_PORT: String(Number(process.env.E2E_PG_PORT ?? 54339)),
      SEED: "demo",
    },
    url: `http://127.0.0.1:${PORT}/api/health`,
    // The first start builds the app (next build checks the types too: a type error fails the build).
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
