// A mail server that delivers nowhere: `npm run demo` runs it on loopback and points SMTP_URL at it, so the digests
// can be read without any mail server (each mail an .eml file in DATA_DIR/mail-sink, which the start prints and the
// admin page names). The tests run the same server and read what arrived.
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface MailSink {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** How many mails were accepted. */
  count(): number;
  close(): Promise<void>;
}

export interface MailSinkOptions {
  port?: number;
  /** Writes each mail as <time>-<n>.eml into this folder. */
  folder?: string;
  /** false: counts the mails (`count`) but keeps none in memory (the benchmark). Default true. */
  keep?: boolean;
  /** Refuses a mail with this SMTP error (tests: a server that answers 5xx), or accepts it (null). */
  refuse?: (mail: { to: string[] }) => { code: number; message: string } | null;
}

/** Starts the sink on 127.0.0.1 (never another interface): no TLS, no sign-in, any sender and recipient. */
export function startMailSink(options: MailSinkOptions = {}): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  let accepted = 0;
  if (options.folder) mkdirSync(options.folder, { recursive: true });
  const config: SMTPServerOptions = {
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    size: 10 * 1024 * 1024,
    // A stop waits at most a second for open connections (a pooled client keeps one open).
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        const refusal = options.refuse?.({ to });
        if (refusal) {
          const error = new Error(refusal.message) as Error & { responseCode: number };
          error.responseCode = refusal.code;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks);
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        accepted++;
        if (options.keep !== false) received.push({ from, to, raw });
        if (options.folder) {
          const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${accepted}.eml`;
          writeFileSync(path.join(options.folder, name), raw);
        }
        callback();
      });
    },
  };
  const server = new SMTPServer(config);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const port = (server.server.address() as AddressInfo).port;
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        port,
        received,
        count: () => accepted,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
