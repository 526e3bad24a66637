// The logger, the request id and the HTTP instrumentation, read back: what a log line holds and what it must never
// hold, the request id in the header and in every line of its request, the metrics, and the drain a shutdown waits for.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { instrumentHttp, routeGroup } from "./http";
import { createLogger, logger } from "./logger";
import { metrics, metricsText } from "./metrics";
import { currentRequestId, requestIdFrom, runWithRequest } from "./request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger({ level: "debug", destination }), text: () => JSON.stringify(lines) };
}

describe("the logger", () => {
  it("writes one JSON object per line with level, time, message and the request id of the running request", () => {
    const { lines, log } = capture();
    runWithRequest({ requestId: "req-test-0001" }, () => log.info({ route: "page" }, "request"));
    log.warn("outside");
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", route: "page", requestId: "req-test-0001" });
    expect(typeof lines[0]?.time).toBe("string");
    expect(lines[1]).toMatchObject({ level: "warn", msg: "outside" });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("never writes passwords, cookies, tokens or e-mail addresses, by key or inside a text", () => {
    const { log, text } = capture();
    log.info({ password: "Geheim-123", user: { email: "erika@example.org", name: "x" } }, "sign-in");
    log.info({ headers: { cookie: "partnerschaften.session_token=abc123", authorization: "Bearer t0k3n" } }, "h");
    log.error(
      { err: new Error("duplicate key: (email)=(max@stadt-koeln.de) exists") },
      "failed for max@stadt-koeln.de",
    );
    log.info({ body: { newPassword: "Neu-456", token: "tok-789" } }, "changed");
    const written = text();
    for (const secret of [
      "Geheim-123",
      "erika@example.org",
      "abc123",
      "t0k3n",
      "max@stadt-koeln.de",
      "Neu-456",
      "tok-789",
    ]) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain("[redacted]");
    expect(written).toContain("[email]");
  });

  it("serialises an error with its type, message and stack", () => {
    const { lines, log } = capture();
    log.error({ err: new TypeError("boom") }, "failed");
    expect(lines[0]?.err).toMatchObject({ type: "TypeError", message: "boom" });
    expect(String((lines[0]?.err as { stack?: string } | undefined)?.stack)).toContain("observability.test.ts");
  });
});

describe("the request id", () => {
  it("keeps a proxy's plain id and replaces anything else with a fresh one", () => {
    expect(requestIdFrom("nginx-0123456789abcdef")).toBe("nginx-0123456789abcdef");
    for (const bad of [undefined, "", "short", 'a" "level":"fatal', "x".repeat(65), "ä-nicht-ascii-123"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(runWithRequest({ requestId: "abc-12345678" }, () => currentRequestId())).toBe("abc-12345678");
  });
});

describe("routeGroup", () => {
  it("maps every path to one of a few labels", () => {
    expect(routeGroup("/api/trpc/agreement.list,partner.options")).toBe("/api/trpc");
    expect(routeGroup("/api/export/agreements")).toBe("/api/export");
    expect(routeGroup("/api/auth/sign-in/email")).toBe("/api/auth");
    expect(routeGroup("/api/health/ready")).toBe("/api/health");
    expect(routeGroup("/api/unknown/x")).toBe("/api/other");
    expect(routeGroup("/_next/static/chunks/a.js")).toBe("/_next/static");
    expect(routeGroup("/agreements/12")).toBe("page");
    expect(routeGroup("/reports/partnerships")).toBe("/reports");
  });
});

describe("instrumentHttp", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("answers with X-Request-Id, counts the request and lets a drain wait for a running one", async () => {
    const seen: (string | undefined)[] = [];
    const http = instrumentHttp(async (request, response) => {
      seen.push(currentRequestId(), request.headers["x-request-id"] as string);
      await new Promise((resolve) => setTimeout(resolve, 150));
      response.end("ok");
    });
    server = createServer(http.handle).listen(0, "127.0.0.1");
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const before = (await metrics().httpRequests.get()).values.find(
      (value) => value.labels.route === "/api/export" && value.labels.status === "200",
    );
    const pending = fetch(`${base}/api/export/agreements?q=erika@example.org`, {
      headers: { "X-Request-Id": "proxy-req-0001" },
    });
    await expect.poll(() => http.inFlight()).toBe(1);
    const drained = http.drained(5_000);
    const response = await pending;
    expect(await drained).toBe(0);
    expect(response.headers.get("x-request-id")).toBe("proxy-req-0001");
    expect(seen).toEqual(["proxy-req-0001", "proxy-req-0001"]);
    const after = (await metrics().httpRequests.get()).values.find(
      (value) => value.labels.route === "/api/export" && value.labels.status === "200",
    );
    expect((after?.value ?? 0) - (before?.value ?? 0)).toBe(1);
    const text = (await metricsText()).body;
    expect(text).toContain('partnerschaften_http_request_duration_seconds_count{method="GET",route="/api/export"}');
    expect(text).not.toContain("erika@example.org");
  });

  it("gives up a drain after its timeout and says how many requests are still running", async () => {
    const http = instrumentHttp(() => {
      // never answers
    });
    server = createServer(http.handle).listen(0, "127.0.0.1");
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const pending = fetch(`${base}/slow`).catch(() => null);
    await expect.poll(() => http.inFlight()).toBe(1);
    const started = Date.now();
    expect(await http.drained(200)).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    server.closeAllConnections();
    await pending;
    await expect.poll(() => http.inFlight()).toBe(0);
  });

  it("is the process's one logger", () => {
    expect(logger()).toBe(logger());
  });
});
