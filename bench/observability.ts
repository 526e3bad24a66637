// What the request instrumentation costs (server/observability/http.ts: request id, access log line, metrics):
// `npx tsx bench/observability.ts [--requests 20000] [--connections 10]`. A child process serves a trivial answer,
// once plain and once instrumented (its log lines to /dev/null, as a log shipper would read them off a pipe); the
// child's own CPU time per request is compared, so the load generator's CPU does not count.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const CHILD = "--child";

async function child(instrumented: boolean) {
  const { instrumentHttp } = await import("../server/observability/http");
  const handler = (_request: unknown, response: import("node:http").ServerResponse) => {
    response.writeHead(200, { "Content-Type": "application/json" }).end('{"status":"ok"}');
  };
  const server = createServer(instrumented ? instrumentHttp(handler).handle : handler).listen(0, "127.0.0.1");
  await once(server, "listening");
  process.send?.({ port: (server.address() as AddressInfo).port });
  process.on("message", (message) => {
    if (message === "cpu") process.send?.({ cpu: process.cpuUsage() });
  });
}

async function measure(instrumented: boolean, requests: number, connections: number, logLevel = "info") {
  const proc = spawn(process.execPath, ["--import", "tsx", import.meta.filename, CHILD, String(instrumented)], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: { ...process.env, LOG_LEVEL: logLevel },
  });
  const [{ port }] = (await once(proc, "message")) as [{ port: number }];
  const cpu = async () => {
    proc.send("cpu");
    const [{ cpu: usage }] = (await once(proc, "message")) as [{ cpu: NodeJS.CpuUsage }];
    return usage.user + usage.system;
  };
  const url = `http://127.0.0.1:${port}/agreements`;
  await autocannon({ url, connections, amount: 2_000 });
  const before = await cpu();
  await autocannon({ url, connections, amount: requests });
  const after = await cpu();
  proc.kill();
  return (after - before) / requests;
}

if (process.argv[2] === CHILD) {
  await child(process.argv[3] === "true");
} else {
  const { values } = parseArgs({
    options: { requests: { type: "string", default: "20000" }, connections: { type: "string", default: "10" } },
  });
  const requests = Number(values.requests);
  const connections = Number(values.connections);
  const plain = [];
  const instrumented = [];
  const withoutLog = [];
  for (let run = 0; run < 3; run += 1) {
    plain.push(await measure(false, requests, connections));
    instrumented.push(await measure(true, requests, connections));
    withoutLog.push(await measure(true, requests, connections, "warn"));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[1] as number;
  console.log(
    `server CPU per request: plain ${median(plain).toFixed(1)} µs, instrumented ${median(instrumented).toFixed(1)} µs`,
  );
  console.log(`of it the access log line: ${(median(instrumented) - median(withoutLog)).toFixed(1)} µs`);
  console.log(
    `overhead: ${(median(instrumented) - median(plain)).toFixed(1)} µs per request (median of 3 runs of ${requests})`,
  );
}
