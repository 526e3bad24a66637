// A listening connection that goes silent (a firewall drops it without a word) is noticed by the feed's heartbeat:
// the feed stops counting itself connected and reports a resync, so nothing kept on its word outlives the silence.
// The connection runs through a TCP relay on loopback that, when told, stops passing bytes either way.
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase } from "../test/database";
import { ChangeFeed, type FeedEvent } from "./change-feed";

let relay: net.Server;
let silent = false;
let relayUrl: string;

beforeAll(async () => {
  const { url } = await createTestDatabase("empty");
  const target = new URL(url);
  const [pgHost, pgPort] = [target.hostname, Number(target.port)];
  relay = net.createServer((inbound) => {
    const outbound = net.connect(pgPort, pgHost);
    inbound.on("data", (chunk) => {
      if (!silent) outbound.write(chunk);
    });
    outbound.on("data", (chunk) => {
      if (!silent) inbound.write(chunk);
    });
    inbound.on("error", () => outbound.destroy());
    outbound.on("error", () => inbound.destroy());
    inbound.on("close", () => outbound.destroy());
    outbound.on("close", () => inbound.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const { port } = relay.address() as net.AddressInfo;
  target.hostname = "127.0.0.1";
  target.port = String(port);
  relayUrl = target.toString();
});

afterAll(async () => {
  await new Promise((resolve) => relay.close(resolve));
});

it("a silent connection is counted as lost within a heartbeat and its timeout, with a resync", async () => {
  const feed = new ChangeFeed(relayUrl, { heartbeatMs: 300 });
  const events: FeedEvent[] = [];
  feed.subscribe((event) => events.push(event));
  await feed.ready();
  expect(feed.connected).toBe(true);
  events.length = 0;

  silent = true;
  const since = Date.now();
  await expect.poll(() => feed.connected, { timeout: 3_000, interval: 50 }).toBe(false);
  expect(Date.now() - since).toBeLessThan(1_500);
  expect(events).toContainEqual({ kind: "resync" });

  // Bytes flow again: the feed connects anew by itself.
  silent = false;
  await expect.poll(() => feed.connected, { timeout: 10_000, interval: 100 }).toBe(true);
  await feed.close();
});
