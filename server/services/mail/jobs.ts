// Scheduling on PostgreSQL (pg-boss 10: the newest that runs on Node 20; 11 and later need Node 22). The jobs live
// in the app's own database, in the schema "pgboss": they survive restarts, every app server runs a worker, and a job
// is fetched by exactly one of them (SELECT … FOR UPDATE SKIP LOCKED). The cron schedules are rows too; pg-boss' clock
// (one instance at a time, by a lock in the database) turns them into jobs. A failed run is retried with backoff.
//
// Roles (server/db/roles.ts): pg-boss creates tables, and each queue is a table (a partition) of its own, so the
// migration role — the owner — installs the schema, the queues and the schedules at every start (prepareMailJobs),
// and grants the app role reading and writing their rows only. The app's worker never changes the schema
// (migrate: false; it refuses to start if the schema is missing or of another version).

import pg from "pg";
import PgBoss from "pg-boss";
import type { Db } from "../../db/prisma";
import { CITY_TIME_ZONE } from "../../domain/time-zone";
import { cityClockOffset, today as cityToday } from "../shared/dates";
import { MailRunFailed, type RunContext, type RunSummary, runDigest, runOverdueNotices } from "./runs";
import type { MailSender } from "./transport";

export const JOB_SCHEMA = "pgboss";
export const MAIL_QUEUES = { digest: "mail-digest", overdue: "mail-overdue" } as const;
/** The daily digest at 07:00 Cologne time; the overdue notices every hour at :05 (deadlines end at midnight). */
export const DIGEST_HOUR = 7;
export const MAIL_SCHEDULES = {
  [MAIL_QUEUES.digest]: `0 ${DIGEST_HOUR} * * *`,
  [MAIL_QUEUES.overdue]: "5 * * * *",
} as const;
/** pg-boss' own queue for the cron (its clock inserts the scheduled jobs through it). */
const CRON_QUEUE = "__pgboss__send-it";

export interface QueueSettings {
  /** Tries after the first: 6 with backoff from 60 s is about an hour of retries (60 s, 2, 4, 8, 16, 32 minutes). */
  retryLimit: number;
  retryDelay: number;
  /** A run still active after this is failed (its server died) and retried. */
  expireInSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { retryLimit: 6, retryDelay: 60, expireInSeconds: 30 * 60 };

function boss(url: string, options: Partial<PgBoss.ConstructorOptions>): PgBoss {
  return new PgBoss({ connectionString: url, schema: JOB_SCHEMA, max: 2, ...options });
}

/**
 * As the owner (the migration role): installs or upgrades pg-boss' schema, creates the queues (retries with backoff,
 * one run at a time per queue) and the schedules, and grants `appRole` (if it is another role) what the worker does:
 * reading and writing job rows. Idempotent; run at every start after the migrations.
 */
export async function prepareMailJobs(
  ownerUrl: string,
  appRole: string | null,
  settings: QueueSettings = DEFAULT_QUEUE_SETTINGS,
): Promise<void> {
  const owner = boss(ownerUrl, { supervise: false, schedule: false, migrate: true });
  owner.on("error", () => {});
  await owner.start();
  try {
    // pg-boss' own cron queue keeps its defaults; the mail queues: one run at a time, retries with backoff.
    const queues = [
      { name: CRON_QUEUE },
      ...Object.values(MAIL_QUEUES).map((name) => ({
        name,
        policy: "singleton" as const,
        retryBackoff: true,
        ...settings,
      })),
    ];
    for (const queue of queues) {
      if (await owner.getQueue(queue.name)) await owner.updateQueue(queue.name, queue);
      else await owner.createQueue(queue.name, queue);
    }
    for (const [name, cron] of Object.entries(MAIL_SCHEDULES)) {
      await owner.schedule(name, cron, {}, { tz: CITY_TIME_ZONE });
    }
  } finally {
    await owner.stop({ graceful: false });
  }
  if (!appRole) return;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const app = client.escapeIdentifier(appRole);
    await client.query(`
      GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${app};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${app};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${app};
    `);
  } finally {
    await client.end();
  }
}

export interface MailWorkerOptions extends Omit<RunContext, "db" | "sender" | "jobId" | "now"> {
  /** The app role's connection string (the worker's pool: two connections). */
  url: string;
  db: Db;
  sender: MailSender;
  log: {
    info(obj: object, msg: string): void;
    warn(obj: object, msg: string): void;
    error(obj: object, msg: string): void;
  };
  /** How often an idle worker asks for work (seconds); also how soon a retry is picked up. */
  pollingIntervalSeconds?: number;
  /** pg-boss' clock and maintenance (true in the app; tests of several "servers" switch it off for all but one). */
  schedule?: boolean;
}

export interface MailWorker {
  boss: PgBoss;
  /** Queues a run now (the catch-up at the start), once per queue and day. */
  sendNow(queue: keyof typeof MAIL_QUEUES, now?: Date): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * The mail workers of this process, to wake after an admin's "send now" (a worker otherwise asks for work every
 * pollingIntervalSeconds). On globalThis: the app's pages are bundled apart from the server that starts the
 * worker, so a module's own variable would not be the same one there.
 */
const WORKERS = Symbol.for("cologne-partnerships.mail-workers");

function wakers(): Set<() => void> {
  const global = globalThis as { [WORKERS]?: Set<() => void> };
  global[WORKERS] ??= new Set();
  return global[WORKERS];
}

/** Asks this process's mail workers to look for work now (other servers' workers find it at their next poll). */
export function wakeMailWorkers(): void {
  for (const wake of wakers()) wake();
}

/** Whether Cologne's clock has passed the digest's hour today. */
export function pastDigestHour(now: Date): boolean {
  const wall = new Date(now.getTime() + cityClockOffset(now.getTime()));
  return wall.getUTCHours() >= DIGEST_HOUR;
}

/** Starts this server's worker: it takes the mail jobs of every server's queue, one at a time, and runs them. */
export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const { url, db, sender, log, pollingIntervalSeconds = 30, schedule = true, ...context } = options;
  const instance = boss(url, { migrate: false, supervise: schedule, schedule });
  instance.on("error", (error: unknown) => log.error({ err: error }, "mail jobs: pg-boss error"));
  await instance.start();
  // The day a run is for: the one its job names (sendNow), else the day the job was made (the cron's), so that a retry
  // after midnight still sends the day it was meant for, and nothing of that day is skipped.
  const handle =
    (run: (ctx: RunContext, day: Date) => Promise<RunSummary>, queue: string) =>
    async (jobs: PgBoss.JobWithMetadata<{ day?: string }>[]) => {
      for (const job of jobs) {
        const named = job.data?.day && /^\d{4}-\d{2}-\d{2}$/.test(job.data.day) ? job.data.day : null;
        const day = named ? new Date(`${named}T00:00:00.000Z`) : cityToday(job.createdOn);
        try {
          const summary = await run({ ...context, db, sender, jobId: job.id }, day);
          log.info({ queue, jobId: job.id, ...summary, errors: undefined }, "mail run finished");
        } catch (error) {
          const summary = error instanceof MailRunFailed ? { ...error.summary, errors: undefined } : {};
          log.warn({ queue, jobId: job.id, err: error, ...summary }, "mail run failed: it is tried again later");
          throw error;
        }
      }
    };
  const workOptions = { pollingIntervalSeconds, batchSize: 1, includeMetadata: true } as const;
  const workerIds = [
    await instance.work(MAIL_QUEUES.digest, workOptions, handle(runDigest, "digest")),
    await instance.work(MAIL_QUEUES.overdue, workOptions, handle(runOverdueNotices, "overdue")),
  ];
  const wake = () => {
    for (const id of workerIds) instance.notifyWorker(id);
  };
  wakers().add(wake);
  return {
    boss: instance,
    sendNow: (queue, now = new Date()) =>
      // One job per queue and day however many servers ask (a throttle slot of a day, keyed by Cologne's day).
      {
        const day = cityToday(now).toISOString().slice(0, 10);
        return instance.send(MAIL_QUEUES[queue], { day }, { singletonKey: `${queue}:${day}`, singletonHours: 24 });
      },
    stop: () => {
      wakers().delete(wake);
      return instance.stop({ graceful: true, timeout: 20_000 });
    },
  };
}
