// better-auth's log lines (one per failed sign-in: "Invalid password", "User not found"), rate-limited, so that a
// flood of attempts cannot flood the log: each message at most LINES_PER_MINUTE times a minute, then one line saying
// how many were left out.
export const LINES_PER_MINUTE = 10;

type Level = "debug" | "info" | "warn" | "error";
type Sink = (level: Level, line: string) => void;

const consoleSink: Sink = (level, line) => {
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
};

export function rateLimitedLog(sink: Sink = consoleSink, now: () => number = Date.now) {
  const counts = new Map<string, { minute: number; lines: number; suppressed: number }>();
  return (level: Level, message: string): void => {
    const minute = Math.floor(now() / 60_000);
    const key = `${level} ${message}`;
    let entry = counts.get(key);
    if (!entry || entry.minute !== minute) {
      if (entry?.suppressed)
        sink(level, `[auth] ${message} (${entry.suppressed} more in the minute before, not logged)`);
      if (counts.size > 1_000) counts.clear();
      entry = { minute, lines: 0, suppressed: 0 };
      counts.set(key, entry);
    }
    if (entry.lines >= LINES_PER_MINUTE) {
      entry.suppressed++;
      return;
    }
    entry.lines++;
    sink(level, `[auth] ${message}`);
  };
}
