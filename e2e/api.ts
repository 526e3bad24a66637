// Test data through the app's own API (tRPC over HTTP with superjson), never through the UI.
import type { APIRequestContext } from "@playwright/test";
import superjson from "superjson";
import { ORIGIN } from "./auth";

const origins = new WeakMap<APIRequestContext, string>();

/** For a request context of another server than the main test server (e.g. the restart test's own). */
export function setOrigin(request: APIRequestContext, origin: string): void {
  origins.set(request, origin);
}

export async function trpcMutation<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  // A browser sends its Origin with every POST; the server refuses changes without this app's origin.
  const response = await request.post(`/api/trpc/${path}`, {
    data: superjson.serialize(input),
    headers: { origin: origins.get(request) ?? ORIGIN },
  });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${path} failed (${response.status()}): ${JSON.stringify(body)}`);
  return superjson.deserialize(body.result.data) as T;
}

export async function trpcQuery<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  const response = await request.get(`/api/trpc/${path}${query}`);
  const body = await response.json();
  if (!response.ok()) throw new Error(`${path} failed (${response.status()}): ${JSON.stringify(body)}`);
  return superjson.deserialize(body.result.data) as T;
}

export async function partnerIdByName(request: APIRequestContext, name: string): Promise<number> {
  const partners = await trpcQuery<{ id: number; nameDe: string }[]>(request, "partner.options");
  const partner = partners.find((p) => p.nameDe === name);
  if (!partner) throw new Error(`no partner ${name} in the seed`);
  return partner.id;
}

export async function createAgreement(request: APIRequestContext, title: string, status = "ACTIVE") {
  const partnerId = await partnerIdByName(request, "Turku");
  return trpcMutation<{ id: number }>(request, "agreement.create", {
    type: "FRIENDSHIP",
    title,
    partnerId,
    // Older than the seed's recent agreements, so the dashboard's "most recently signed" stays the seed's.
    signedOn: "2001-05",
    status,
    areas: [{ code: "CULTURE", status: "ACTIVE" }],
  });
}
