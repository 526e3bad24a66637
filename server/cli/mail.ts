// E-mail at the start: the demo's mail sink (start.ts) and the job worker of each app server (serve.ts).
import path from "node:path";
import { DEMO_ACCOUNTS } from "../../prisma/seed/accounts";
import type { Db } from "../db/prisma";
import { createPrismaClient } from "../db/prisma";
import { AGENDA_KINDS } from "../domain/agenda";
import type { Env } from "../env";
import { dataDir } from "../env";
import { type MailWorker, pastDigestHour, startMailWorker } from "../services/mail/jobs";
import { smtpSender } from "../services/mail/transport";
import { type MailSink, startMailSink } from "./mail-sink";

type Log = {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

/** `npm run demo` without SMTP_URL: the sink on loopback, its mails as .eml files in DATA_DIR/mail-sink. */
export async function startDemoMailSink(env: Env): Promise<{ sink: MailSink; folder: string }> {
  const folder = path.join(dataDir(env), "mail-sink");
  const sink = await startMailSink({ folder });
  return { sink, folder };
}

/** The demo's admin account receives the daily digest (demo data, like the account itself), unless it chose. */
export async function optInDemoAdmin(db: Db): Promise<void> {
  const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN");
  const user = admin && (await db.user.findUnique({ where: { email: admin.email }, select: { id: true } }));
  if (!user) return;
  await db.mailSettings.upsert({
    where: { userId: user.id },
    create: { userId: user.id, digest: true, kinds: [...AGENDA_KINDS], language: "de" },
    update: {},
  });
}

/** The host and port of an SMTP URL, for the log (never its user or password). */
export function smtpServerOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * Starts this server's mail worker when SMTP_URL is set (else says once that no e-mail is sent, and does nothing).
 * Queues today's digest if its hour has passed (a start after 07:00 catches up a run missed while every server was
 * down; the deliveries table keeps it from sending anything twice) and an overdue check.
 */
export async function startMailIfConfigured(env: Env, log: Log): Promise<MailWorker | null> {
  if (!env.SMTP_URL || !env.DATABASE_URL) {
    log.info({ smtp: null }, "e-mail is off: SMTP_URL is not set, so no reminders are sent (everything else works)");
    return null;
  }
  const db = createPrismaClient(env.DATABASE_URL, { maxConnections: 2 });
  const worker = await startMailWorker({
    url: env.DATABASE_URL,
    db,
    sender: smtpSender(env.SMTP_URL),
    from: env.SMTP_FROM,
    baseUrl: env.APP_URL ?? `http://localhost:${env.PORT}`,
    log,
  });
  const now = new Date();
  if (pastDigestHour(now) || env.MAIL_SINK_DIR) await worker.sendNow("digest", now);
  await worker.sendNow("overdue", now);
  log.info(
    { smtp: smtpServerOf(env.SMTP_URL), from: env.SMTP_FROM, sinkFolder: env.MAIL_SINK_DIR ?? null },
    "e-mail reminders on: the daily digest at 07:00 Cologne time, overdue notices hourly",
  );
  return {
    ...worker,
    stop: async () => {
      await worker.stop();
      await db.$disconnect();
    },
  };
}
