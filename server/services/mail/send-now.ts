// "Send now" for admins: today's digest and the overdue notices queued at once as pg-boss jobs — the same queues,
// the same workers and the same runs as the schedule's, so the once-only rule holds as always (each mail's key is
// claimed in MailDelivery before it is sent: what today's runs already sent is skipped, never sent twice). The jobs
// are inserted in the same transaction as the audit event (pg-boss writes through that transaction), so there is
// no job without its event and no event without its jobs. The admin page then follows the jobs to their runs.
import PgBoss from "pg-boss";
import type { Actor } from "../../auth/actor";
import type { Db, Tx } from "../../db/prisma";
import { DomainError } from "../../domain/errors";
import { envValue } from "../../env";
import { recordChange } from "../audit/record";
import { today as cityToday } from "../shared/dates";
import { JOB_SCHEMA, MAIL_QUEUES, wakeMailWorkers } from "./jobs";

export type MailQueue = keyof typeof MAIL_QUEUES;
const QUEUES = Object.keys(MAIL_QUEUES) as MailQueue[];

/** pg-boss' job states that are still to run (or running). */
const PENDING_STATES = ["created", "retry", "active"];

/** pg-boss writing through a Prisma transaction: its SQL with its parameters (objects as JSON text). */
function bossIn(tx: Tx): PgBoss {
  const executeSql = async (text: string, values: unknown[] = []) => ({
    rows: await tx.$queryRawUnsafe<{ id: string }[]>(
      text,
      ...values.map((value) =>
        value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value,
      ),
    ),
  });
  return new PgBoss({ db: { executeSql }, schema: JOB_SCHEMA });
}

export interface SendNowResult {
  /** Cologne's day the runs are for. */
  day: string;
  jobs: { queue: MailQueue; jobId: string }[];
}

/**
 * Queues today's digest and overdue notices now. Refused when no mail server is configured (no worker would run
 * them) and when a run of either queue is still waiting or running (it sends what this one would).
 */
export async function sendMailNow(db: Db, actor: Actor, now: Date = new Date()): Promise<SendNowResult> {
  if (!envValue("SMTP_URL")) {
    throw new DomainError("BAD_REQUEST", "E-mail is off: SMTP_URL is not set, so no run can send anything.");
  }
  const day = cityToday(now).toISOString().slice(0, 10);
  const result = await db.$transaction(async (tx) => {
    // One "send now" at a time: the check and the inserts hold this lock until the transaction ends.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('mail-send-now'))`;
    const pending = await tx.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM ${JOB_SCHEMA}.job WHERE name = ANY($1::text[]) AND state::text = ANY($2::text[]) LIMIT 1`,
      Object.values(MAIL_QUEUES),
      PENDING_STATES,
    );
    if (pending.length) {
      throw new DomainError(
        "CONFLICT",
        `A run of ${pending[0]?.name} is still waiting or running: it sends what is due.`,
      );
    }
    const boss = bossIn(tx);
    const jobs: SendNowResult["jobs"] = [];
    for (const queue of QUEUES) {
      const jobId = await boss.send(MAIL_QUEUES[queue], { day, requestedBy: actor.id });
      if (!jobId) throw new Error(`pg-boss queued no job for ${MAIL_QUEUES[queue]}`);
      jobs.push({ queue, jobId });
    }
    await recordChange(tx, actor, {
      action: "RUN_NOW",
      entityType: "MAIL",
      entityId: day,
      entityLabel: `send now ${day}`,
      changes: Object.fromEntries(jobs.map((job) => [`${job.queue}Job`, { before: null, after: job.jobId }])),
    });
    return { day, jobs };
  });
  // Committed: this server's worker takes the jobs now rather than at its next poll.
  wakeMailWorkers();
  return result;
}

export interface JobProgress {
  queue: MailQueue;
  jobId: string;
  /** pg-boss' state: created, retry, active, completed, failed, cancelled; null once the job row is gone. */
  state: string | null;
  /** The runs this job made (a retry makes another), newest first. */
  runs: {
    id: number;
    startedAt: Date;
    finishedAt: Date | null;
    planned: number;
    sent: number;
    skipped: number;
    failed: number;
    error: string | null;
  }[];
}

/** Where the jobs of a "send now" are: their state and their runs. */
export async function sendNowProgress(db: Db, jobs: SendNowResult["jobs"]): Promise<JobProgress[]> {
  const ids = jobs.map((job) => job.jobId);
  if (!ids.length) return [];
  const [states, runs] = await Promise.all([
    db.$queryRawUnsafe<{ id: string; state: string }[]>(
      `SELECT id::text AS id, state::text AS state FROM ${JOB_SCHEMA}.job WHERE id = ANY($1::uuid[])`,
      ids,
    ),
    db.mailRun.findMany({
      where: { jobId: { in: ids } },
      orderBy: { id: "desc" },
      select: {
        id: true,
        jobId: true,
        startedAt: true,
        finishedAt: true,
        planned: true,
        sent: true,
        skipped: true,
        failed: true,
        error: true,
      },
    }),
  ]);
  return jobs.map((job) => ({
    ...job,
    state: states.find((row) => row.id === job.jobId)?.state ?? null,
    runs: runs.filter((run) => run.jobId === job.jobId).map(({ jobId: _jobId, ...run }) => run),
  }));
}
