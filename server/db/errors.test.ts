// Which errors mean "the database is away" (answered 503 at once) and which a request's own fault.
import net from "node:net";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/database";
import { isDatabaseUnavailable } from "./errors";

describe("isDatabaseUnavailable, with pg's own errors from a real server", () => {
  let url = "";
  beforeAll(async () => {
    ({ url } = await createTestDatabase("empty"));
  });

  it("counts a connection closed during a query (no error from the server) as unavailable", async () => {
    // A relay on loopback between the client and PostgreSQL, closed while a query runs.
    const target = new URL(url);
    const sockets: { inbound: net.Socket; outbound: net.Socket }[] = [];
    const relay = net.createServer((inbound) => {
      const outbound = net.connect(Number(target.port), target.hostname);
      sockets.push({ inbound, outbound });
      inbound.pipe(outbound).pipe(inbound);
      for (const socket of [inbound, outbound]) socket.on("error", () => {});
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    const relayed = new URL(url);
    relayed.port = String((relay.address() as net.AddressInfo).port);
    const client = new pg.Client({ connectionString: relayed.toString() });
    client.on("error", () => {});
    await client.connect();
    const running = client.query("SELECT pg_sleep(10)").then(
      () => null,
      (error: unknown) => error,
    );
    // Closed in order (FIN), as when the server's host goes away cleanly: pg sees the end of the stream.
    for (const { inbound, outbound } of sockets) {
      outbound.unpipe(inbound);
      outbound.destroy();
      inbound.end();
    }
    const error = await running;
    relay.close();
    expect(error).toMatchObject({ message: "Connection terminated unexpectedly" });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("counts a connection the server ends during a query as unavailable", async () => {
    const victim = new pg.Client({ connectionString: url });
    const killer = new pg.Client({ connectionString: url });
    await Promise.all([victim.connect(), killer.connect()]);
    victim.on("error", () => {});
    const [{ pid }] = (await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows as [{ pid: number }];
    const running = victim.query("SELECT pg_sleep(10)").then(
      () => null,
      (error: unknown) => error,
    );
    await killer.query("SELECT pg_terminate_backend($1)", [pid]);
    const error = await running;
    await killer.end();
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("counts a refused connection as unavailable, and a wrong statement not", async () => {
    const refused = await new pg.Client({ connectionString: "postgres://nobody@127.0.0.1:1/none" }).connect().then(
      () => null,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(refused)).toBe(true);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const wrong = await client.query("SELECT * FROM no_such_table").then(
      () => null,
      (error: unknown) => error,
    );
    await client.end();
    expect(isDatabaseUnavailable(wrong)).toBe(false);
  });
});
