// The database goes away while the app runs: calls fail at once with SERVICE_UNAVAILABLE (HTTP 503) and a message
// saying so — no hang, no internal error — and work again, without a restart, when the database is back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../db/errors";
import { TEST_ACTORS } from "../test/caller";
import { createContextFor } from "../trpc/context";
import { appRouter } from "../trpc/root";
import { startEmbeddedPostgres } from "./embedded";
import { createPrismaClient } from "./prisma";
import { applyMigrations } from "./schema-engine";

const folder = mkdtempSync(path.join(tmpdir(), "outage-"));
const dir = path.join(folder, "pg");
const port = 20_000 + Math.floor(Math.random() * 20_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it("answers 503 while the database is away and recovers by itself when it is back", async () => {
  let server = await startEmbeddedPostgres({ dir, port, database: "outage" });
  await applyMigrations(server.url);
  const db = createPrismaClient(server.url, { maxConnections: 3 });
  const call = async (procedure: string, input: unknown, method: "GET" | "POST") => {
    const query = method === "GET" ? `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}` : "";
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/${procedure}${query}`, {
        method,
        headers: { "content-type": "application/json" },
        body: method === "POST" ? JSON.stringify(superjson.serialize(input)) : undefined,
      }),
      router: appRouter,
      createContext: () => createContextFor(db, TEST_ACTORS.EDITOR),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const partner = {
    nameDe: "Ausfallstadt",
    nameEn: "Outage City",
    countryCode: "FR",
    continent: "EUROPE",
    kind: "CITY",
  };
  try {
    expect((await call("partner.list", {}, "GET")).status).toBe(200);

    await server.stop();
    for (const [procedure, input, method] of [
      ["partner.list", {}, "GET"],
      ["statistics.dashboard", undefined, "GET"],
      ["partner.create", partner, "POST"],
    ] as const) {
      const { status, body } = await call(procedure, input, method);
      expect(status, procedure).toBe(503);
      const error = (body.error as { json: { message: string; data: { code: string } } }).json;
      expect(error.data.code).toBe("SERVICE_UNAVAILABLE");
      expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    }

    server = await startEmbeddedPostgres({ dir, port, database: "outage" });
    // The same client (no app restart) works again: the pool replaces its broken connections.
    expect((await call("partner.list", {}, "GET")).status).toBe(200);
    const created = await call("partner.create", partner, "POST");
    expect(created.status).toBe(200);
    expect(await db.partner.count({ where: { nameDe: "Ausfallstadt" } })).toBe(1);
  } finally {
    await db.$disconnect();
    await server.stop();
  }
});
