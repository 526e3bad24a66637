// The export route handler itself (app/api/export/[kind]/route.ts) over HTTP semantics, with real better-auth
// sessions: no session 401, a viewer's session exports agreements but not people, an admin's the audit trail.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Role } from "../auth/roles";
import type { Db } from "../db/prisma";
import { createAccount } from "../services/account/accounts";
import { TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { readCsv, readXlsx } from "./test-readers";

const BASE = "http://localhost:3000";
const PASSWORD = "Richtiges-Passwort-1";
const COOKIE = "partnerschaften.session_token";

type ExportRoute = {
  GET: (request: Request, context: { params: Promise<{ kind: string }> }) => Promise<Response>;
};
type AuthRoute = { POST: (request: Request) => Promise<Response> };

let db: Db;
let exportRoute: ExportRoute;
let authRoute: AuthRoute;
const saved = { ...process.env };

beforeAll(async () => {
  const database = await createTestDatabase("seeded");
  db = database.db;
  // The app's own instances (server/auth/instance.ts, server/db/client.ts) read the environment on first use.
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET = "y".repeat(40);
  process.env.APP_URL = BASE;
  exportRoute = await import("../../app/api/export/[kind]/route");
  authRoute = await import("../../app/api/auth/[...all]/route");
});

afterAll(async () => {
  const app = globalThis as unknown as { prisma?: Db };
  await app.prisma?.$disconnect();
  for (const key of ["DATABASE_URL", "BETTER_AUTH_SECRET", "APP_URL"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

let address = 0;
async function sessionOf(role: Role): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const user = await createAccount(db, TEST_ACTORS.ADMIN, {
    name: `Export ${role} ${tag}`,
    email: `export-${tag}@stadt-koeln.example`,
    role,
    password: PASSWORD,
  });
  address += 1;
  const response = await authRoute.POST(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": `10.9.0.${address}` },
      body: JSON.stringify({ email: user.email, password: PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  const line = response.headers.getSetCookie().find((header) => header.startsWith(`${COOKIE}=`));
  if (!line) throw new Error("no session cookie");
  return line.split(";")[0] as string;
}

function get(kind: string, query: string, cookie?: string) {
  return exportRoute.GET(new Request(`${BASE}/api/export/${kind}?${query}`, { headers: cookie ? { cookie } : {} }), {
    params: Promise.resolve({ kind }),
  });
}

it("without a session (or with a made-up one): 401", async () => {
  for (const cookie of [undefined, `${COOKIE}=erfunden.signatur`]) {
    const response = await get("agreements", "format=csv", cookie);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/sign in/i) });
  }
});

it("a viewer's session: agreements as CSV and XLSX, people and the audit trail refused", async () => {
  const cookie = await sessionOf("VIEWER");
  const csv = await get("agreements", "format=csv&lang=en&status=SUSPENDED", cookie);
  expect(csv.status).toBe(200);
  expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="agreements-\d{4}-\d{2}-\d{2}\.csv"$/);
  const rows = readCsv(new Uint8Array(await csv.arrayBuffer())).rows;
  const partner = rows[0]?.indexOf("Partner") ?? -1;
  expect(rows.slice(1).map((row) => row[partner])).toEqual(["Volgograd"]);

  const xlsx = await get("agreements", "format=xlsx", `${cookie}; locale=en`);
  expect(xlsx.status).toBe(200);
  expect(readXlsx(new Uint8Array(await xlsx.arrayBuffer())).sheets.map((sheet) => sheet.name)).toEqual([
    "Agreements",
    "About this export",
  ]);

  expect((await get("people", "format=csv", cookie)).status).toBe(403);
  expect((await get("audit", "format=xlsx", cookie)).status).toBe(403);
  const bad = await get("agreements", "format=csv&status=NOPE", cookie);
  expect(bad.status).toBe(400);
  expect(await bad.json()).toMatchObject({ parameter: "status" });
});

it("an editor exports people with their e-mail addresses; an admin the audit trail", async () => {
  const editor = await sessionOf("EDITOR");
  const people = await get("people", "format=csv&lang=de", editor);
  expect(people.status).toBe(200);
  expect(readCsv(new Uint8Array(await people.arrayBuffer())).rows[0]).toContain("E-Mail");
  expect((await get("audit", "format=csv", editor)).status).toBe(403);

  const admin = await sessionOf("ADMIN");
  const audit = await get("audit", "format=xlsx&lang=de", admin);
  expect(audit.status).toBe(200);
  const sheets = readXlsx(new Uint8Array(await audit.arrayBuffer())).sheets;
  expect(sheets[0]?.name).toBe("Änderungsprotokoll");
  // The sign-ins of this test are in it.
  expect(sheets[0]?.rows.slice(1).some((row) => row[4]?.value === "Angemeldet")).toBe(true);
});

it("a PDF on a machine without Chromium: 503 saying how to install it", async () => {
  const viewer = await sessionOf("VIEWER");
  process.env.CHROMIUM_PATH = "/nonexistent/chromium";
  try {
    const response = await get("partnership-report", "format=pdf&lang=de", viewer);
    expect(response.status).toBe(503);
    const { error } = (await response.json()) as { error: string };
    expect(error).toContain("no Chromium at /nonexistent/chromium");
    expect(error).toContain("apt-get install -y chromium");
    expect(error).toContain("CHROMIUM_PATH");
  } finally {
    if (saved.CHROMIUM_PATH === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved.CHROMIUM_PATH;
  }
});
