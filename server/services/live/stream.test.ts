// The browser's live stream: Server-Sent Events of committed changes, filtered by role, ended with the request or
// the session, and leaving nothing subscribed behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachChangeFeed, type ChangeFeed } from "../../db/change-feed";
import type { Db } from "../../db/prisma";
import { ZAgreementCreateInput } from "../../schemas/agreement";
import { TEST_ACTORS } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { createAgreement } from "../agreement/write";
import { liveStream, liveTimerCount, sseMessage } from "./stream";

let db: Db;
let feed: ChangeFeed;

beforeAll(async () => {
  const database = await createTestDatabase("seeded");
  db = database.db;
  feed = attachChangeFeed(db, database.url);
  await feed.ready();
});

afterAll(async () => {
  await feed.close();
});

const change = (entity: string) => ({ kind: "change" as const, id: 7, entity, entityId: "42", action: "UPDATE" });

describe("what a stream tells each role", () => {
  it("names the record kind and id, never values", () => {
    expect(sseMessage(change("AGREEMENT"), TEST_ACTORS.VIEWER)).toBe(
      'id: 7\nevent: change\ndata: {"entity":"AGREEMENT","id":"42"}\n\n',
    );
  });

  it("leaves out which person changed for a viewer, and accounts for everyone but admins", () => {
    expect(sseMessage(change("PERSON"), TEST_ACTORS.VIEWER)).toBe(
      'id: 7\nevent: change\ndata: {"entity":"PERSON"}\n\n',
    );
    expect(sseMessage(change("PERSON"), TEST_ACTORS.EDITOR)).toContain('"id":"42"');
    expect(sseMessage(change("USER"), TEST_ACTORS.VIEWER)).toBeNull();
    expect(sseMessage(change("USER"), TEST_ACTORS.EDITOR)).toBeNull();
    expect(sseMessage(change("USER"), TEST_ACTORS.ADMIN)).toContain('"entity":"USER"');
  });
});

async function read(reader: ReadableStreamDefaultReader<Uint8Array>, until: string, ms = 5_000): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (!text.includes(until)) {
    if (Date.now() > deadline) throw new Error(`"${until}" not read; got: ${text}`);
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  return text;
}

describe("a live stream", () => {
  it("carries a committed change and ends with its request, unsubscribing", async () => {
    const abort = new AbortController();
    const subscribers = feed.subscribers;
    const response = liveStream({
      actor: TEST_ACTORS.VIEWER,
      feed,
      signal: abort.signal,
      stillSignedIn: async () => true,
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(await read(reader, "event: hello")).toContain('"feed":true');
    const partner = await db.partner.findFirstOrThrow({ select: { id: true } });
    const created = await createAgreement(
      db,
      TEST_ACTORS.EDITOR,
      ZAgreementCreateInput.parse({ type: "CONTACT", title: "Stream 1", partnerId: partner.id, status: "ACTIVE" }),
    );
    const text = await read(reader, `"id":"${created.id}"`);
    expect(text).toContain('event: change\ndata: {"entity":"AGREEMENT"');
    expect(text).not.toContain("Stream 1");
    expect(feed.subscribers).toBe(subscribers + 1);
    abort.abort();
    expect((await reader.read()).done).toBe(true);
    expect(feed.subscribers).toBe(subscribers);
  });

  it("shares two timers among all open streams, and stops them with the last", async () => {
    const aborts = Array.from({ length: 50 }, () => new AbortController());
    const before = liveTimerCount();
    const readers = aborts.map((abort) =>
      (
        liveStream({
          actor: TEST_ACTORS.VIEWER,
          feed,
          signal: abort.signal,
          stillSignedIn: async () => true,
          heartbeatMs: 30,
          sessionCheckMs: 31,
        }).body as ReadableStream<Uint8Array>
      ).getReader(),
    );
    // Every stream gets its heartbeat from the shared timer.
    await Promise.all(readers.map((reader) => read(reader, ": ping")));
    expect(liveTimerCount()).toBe(before + 2);
    for (const abort of aborts) abort.abort();
    expect(liveTimerCount()).toBe(before);
  });

  it("ends when the session has ended", async () => {
    const response = liveStream({
      actor: TEST_ACTORS.EDITOR,
      feed,
      signal: new AbortController().signal,
      stillSignedIn: async () => false,
      sessionCheckMs: 50,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await read(reader, "event: hello");
    expect((await reader.read()).done).toBe(true);
  });
});
