// The log line per failed sign-in is rate-limited: a flood of attempts writes a bounded number of lines.
import { expect, it } from "vitest";
import { LINES_PER_MINUTE, rateLimitedLog } from "./log";

it("writes each message at most LINES_PER_MINUTE times a minute, then says how many were left out", () => {
  const lines: string[] = [];
  let now = 0;
  const log = rateLimitedLog(
    (_level, line) => lines.push(line),
    () => now,
  );
  for (let i = 0; i < 10_000; i++) log("warn", "Invalid password");
  log("warn", "User not found");
  expect(lines).toHaveLength(LINES_PER_MINUTE + 1);
  now = 60_000;
  log("warn", "Invalid password");
  expect(lines.slice(-2)).toEqual([
    `[auth] Invalid password (${10_000 - LINES_PER_MINUTE} more in the minute before, not logged)`,
    "[auth] Invalid password",
  ]);
});
