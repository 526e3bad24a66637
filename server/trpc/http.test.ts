// The tRPC endpoint as a client sees it over HTTP: status codes and the error shape the forms rely on.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { TEST_ACTORS } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { createContextFor } from "./context";
import { appRouter } from "./root";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
});

async function call(path: string, input: unknown) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    router: appRouter,
    createContext: () => createContextFor(db, TEST_ACTORS.EDITOR),
  });
  const body = (await response.json()) as { error?: { json: { message: string; data: Record<string, unknown> } } };
  return { status: response.status, error: body.error?.json };
}

describe("errors over HTTP", () => {
  it("answers a bad input with 400, the fields and their keyed messages, and writes nothing", async () => {
    const before = await db.agreement.count();
    const { status, error } = await call("agreement.create", { type: "FRIENDSHIP", title: " ", partnerId: 1 });
    expect(status).toBe(400);
    expect(error?.data.code).toBe("BAD_REQUEST");
    expect(error?.data.fieldErrors).toEqual({ title: ["required"] });
    expect(error?.data.fieldErrorKeys).toEqual({ title: [{ key: "required" }] });
    expect(await db.agreement.count()).toBe(before);
  });

  it("answers a refused transition with the allowed ones", async () => {
    const ended = await db.agreement.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true } });
    const { status, error } = await call("agreement.transition", { id: ended.id, to: "PROPOSED", reason: "Zurück" });
    expect(status).toBe(400);
    expect(error?.data.allowedTransitions).toEqual(["DORMANT", "SUSPENDED", "ENDED"]);
    expect(error?.data.fieldErrorKeys).toEqual({ to: [{ key: "transitionNotAllowed", params: { from: "ACTIVE" } }] });
  });

  it("answers a service rule with the field's keyed message", async () => {
    const { status, error } = await call("agreement.create", { type: "FRIENDSHIP", title: "X", partnerId: 999_999 });
    expect(status).toBe(400);
    expect(error?.data.fieldErrorKeys).toEqual({ partnerId: [{ key: "unknownPartner", params: { id: 999_999 } }] });
    expect(error?.message).toBe("partnerId: partner 999999 does not exist");
  });

  it("answers an unknown record with 404", async () => {
    const { status, error } = await call("agreement.update", {
      id: 999_999,
      version: 1,
      type: "FRIENDSHIP",
      title: "X",
      partnerId: (await db.partner.findFirstOrThrow({ select: { id: true } })).id,
    });
    expect(status).toBe(404);
    expect(error?.data.code).toBe("NOT_FOUND");
  });
});
