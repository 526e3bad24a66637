// The one logger: JSON lines on standard output (pino), one object per event, with the request id of the request
// that caused it. What may never be logged (passwords, cookies, tokens, e-mail addresses) is removed twice: by key
// (a walk over each line's object) and by content (an e-mail address inside a message or an error text is masked).
import { format } from "node:util";
import pino, { type Logger } from "pino";
import { currentRequestId } from "./request-context";

export type { Logger };

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Keys whose values never reach a log line, at any depth (compared without case). */
const REDACTED_KEYS = new Set([
  "password",
  "newpassword",
  "currentpassword",
  "token",
  "secret",
  "cookie",
  "set-cookie",
  "authorization",
  "email",
  "phone",
]);

/**
 * A copy of a log line's object with the values of REDACTED_KEYS replaced, down to a few levels. Written by hand:
 * pino's path-based redaction with wildcards cost 50–175 µs per line (measured), this a few.
 */
function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object" || value instanceof Error || depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = REDACTED_KEYS.has(key.toLowerCase()) ? "[redacted]" : redact(item, depth + 1);
  }
  return copy;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** An e-mail address inside free text (an error message, a database error's detail) becomes "[email]". */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, "[email]");
}

function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: maskPersonalData(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: maskPersonalData(error.message),
    ...(typeof code === "string" ? { code } : {}),
    ...(error.stack ? { stack: maskPersonalData(error.stack) } : {}),
    ...(error.cause ? { cause: serializeError(error.cause) } : {}),
  };
}

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? "info";
  return pino(
    {
      level: (LOG_LEVELS as readonly string[]).includes(level) ? level : "info",
      base: { service: "partnerschaften" },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: "msg",
      formatters: { level: (label) => ({ level: label }), log: (object) => redact(object) as Record<string, unknown> },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // Messages are masked too: a message built from a database error may quote an address.
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === "string" ? maskPersonalData(arg) : arg));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    // Written asynchronously: lines logged while a write is under way go out together in the next (one access line per
    // request, each written on its own with a blocking write, was a sixth of a small API call's CPU under load:
    // docs/PERFORMANCE.md). Nothing waits for a full buffer, and pino writes what is left when the process exits.
    options.destination ?? asyncStdout(),
  );
}

/** Lines held while stdout does not take them, at most; beyond it lines are dropped (and counted on stderr). */
const LOG_BUFFER_BYTES = 16 * 1024 * 1024;

/**
 * Standard output written asynchronously with a bounded buffer: a reader of the log that stalls must not grow the
 * server's memory without end (an unbounded buffer would), so lines beyond LOG_BUFFER_BYTES are dropped and the number
 * dropped is said on stderr, at most once a minute.
 */
function asyncStdout() {
  const destination = pino.destination({ fd: 1, sync: false, maxLength: LOG_BUFFER_BYTES });
  let dropped = 0;
  let reported = 0;
  destination.on("drop", () => {
    dropped += 1;
    if (Date.now() - reported < 60_000) return;
    reported = Date.now();
    process.stderr.write(`log: ${dropped} line(s) dropped, standard output does not take them fast enough\n`);
  });
  return destination;
}

const shared = globalThis as unknown as { __appLogger?: Logger };

/** The process's logger (shared by the HTTP server and the bundled route handlers). */
export function logger(): Logger {
  shared.__appLogger ??= createLogger();
  return shared.__appLogger;
}

/** Terminal colours and styles that libraries put into their messages. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/**
 * Makes console output JSON lines too: what Next.js, the embedded PostgreSQL or a library prints with console.* goes
 * through the logger (console.error and .warn at their levels, the rest as info, console.debug as debug), so that
 * standard output holds nothing but JSON. For the server's and the start's processes.
 */
export function captureConsole(log: Logger = logger()): void {
  const to =
    (level: "debug" | "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      const message = format(...args.filter((arg) => arg !== error))
        .replace(ANSI, "")
        .trim();
      // Node's own warnings ("(node:123) DeprecationWarning: …") arrive through console.error; they are warnings.
      const as = level === "error" && !error && /^\(node:\d+\) \w*Warning/.test(message) ? "warn" : level;
      if (error) log[as]({ err: error, source: "console" }, message || (error as Error).message);
      else log[as]({ source: "console" }, message);
    };
  console.log = to("info");
  console.info = to("info");
  console.warn = to("warn");
  console.error = to("error");
  console.debug = to("debug");
  console.trace = to("debug");
}
