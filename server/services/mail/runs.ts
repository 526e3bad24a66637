// The two mail runs: the daily digest (each opted-in user: what is overdue or due within 30 days, of the kinds they
// chose) and the overdue notices (each commitment or milestone whose deadline passed, to its owner). A run computes
// the agenda once from the records (server/services/agenda), writes a "MailRun" row with what it did, and delivers
// each mail exactly once (./deliver.ts). A run with failures throws after recording them, so that its job is tried
// again later (pg-boss retries with backoff, ./jobs.ts) and sends what is left — only what is left.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { envValue } from "../../env";
import { toLocale } from "../../i18n/locales";
import { readAgendaRows } from "../agenda/agenda";
import { type AgendaEntry, agendaWindow, computeAgenda } from "../agenda/compute";
import { overdueCommitmentWhere } from "../commitment/rules";
import { today as cityToday } from "../shared/dates";
import { PENDING_MILESTONE_STATUSES } from "../working-group/milestone-rules";
import { composeDigest, composeOverdueNotice, digestCount, digestEntries } from "./compose";
import { type DeliverOptions, type Delivery, deliver } from "./deliver";
import { ownerAddresses } from "./owners";
import { storedKinds } from "./settings";
import type { MailSender } from "./transport";

/** An overdue notice is for becoming overdue: deadlines passed longer ago than this are in the digests only. */
export const NOTICE_LOOKBACK_DAYS = 30;
const DAY_MS = 86_400_000;

export interface RunContext {
  db: Db;
  sender: MailSender;
  from: string;
  /** The app's public address, for the links in the mails. */
  baseUrl: string;
  now?: Date;
  jobId?: string | null;
  leaseSeconds?: number;
  afterClaim?: DeliverOptions["afterClaim"];
}

export interface RunSummary {
  runId: number;
  day: Date;
  planned: number;
  sent: number;
  skipped: number;
  failed: number;
  errors: string[];
}

export class MailRunFailed extends Error {
  constructor(readonly summary: RunSummary) {
    super(`${summary.failed} of ${summary.planned} mails failed: ${summary.errors[0] ?? ""}`);
  }
}

const ymd = (day: Date) => day.toISOString().slice(0, 10);

async function runDeliveries(
  ctx: RunContext,
  kind: "DIGEST" | "OVERDUE",
  day: Date,
  plan: (runId: number) => AsyncIterable<Delivery> | Iterable<Delivery>,
): Promise<RunSummary> {
  const run = await ctx.db.mailRun.create({ data: { kind, day, jobId: ctx.jobId ?? null }, select: { id: true } });
  const summary: RunSummary = { runId: run.id, day, planned: 0, sent: 0, skipped: 0, failed: 0, errors: [] };
  const options: DeliverOptions = {
    db: ctx.db,
    sender: ctx.sender,
    from: ctx.from,
    runId: run.id,
    leaseSeconds: ctx.leaseSeconds,
    afterClaim: ctx.afterClaim,
  };
  // Keys this day already SENT (a SENT row never changes back): skipped without a statement each, so a retry or a
  // second server's run costs one query, not one per mail. Every other key goes through the claim.
  const sent = new Set(
    (await ctx.db.mailDelivery.findMany({ where: { kind, day, status: "SENT" }, select: { key: true } })).map(
      (row) => row.key,
    ),
  );
  let error: string | null = null;
  try {
    for await (const delivery of plan(run.id)) {
      summary.planned++;
      if (sent.has(delivery.key)) {
        summary.skipped++;
        continue;
      }
      const result = await deliver(options, delivery);
      if (result.outcome === "SENT") summary.sent++;
      else if (result.outcome === "SKIPPED") summary.skipped++;
      else {
        summary.failed++;
        if (result.error && summary.errors.length < 5) summary.errors.push(result.error);
      }
    }
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
    throw thrown;
  } finally {
    await ctx.db.mailRun.update({
      where: { id: run.id },
      data: {
        finishedAt: new Date(),
        planned: summary.planned,
        sent: summary.sent,
        skipped: summary.skipped,
        failed: summary.failed,
        error: (error ?? summary.errors[0] ?? null)?.slice(0, 2000) ?? null,
      },
    });
  }
  if (summary.failed > 0) throw new MailRunFailed(summary);
  return summary;
}

async function agendaFor(db: Db, day: Date): Promise<AgendaEntry[]> {
  return computeAgenda(await readAgendaRows(db), agendaWindow(day));
}

/** The daily digest for Cologne's `day` (default: today). */
export async function runDigest(ctx: RunContext, day: Date = cityToday(ctx.now ?? new Date())): Promise<RunSummary> {
  const entries = await agendaFor(ctx.db, day);
  const subscribers = await ctx.db.mailSettings.findMany({
    where: { digest: true, user: { active: true } },
    select: { kinds: true, language: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { userId: "asc" },
  });
  return runDeliveries(ctx, "DIGEST", day, function* () {
    for (const subscriber of subscribers) {
      const digest = digestEntries(entries, storedKinds(subscriber.kinds), day);
      const count = digestCount(digest);
      // Nothing due: no mail (an empty digest every morning teaches people to ignore it).
      if (!count) continue;
      const locale = toLocale(subscriber.language);
      const mail = composeDigest(digest, { name: subscriber.user.name, locale, today: day, baseUrl: ctx.baseUrl });
      yield {
        key: `digest:${subscriber.user.id}:${ymd(day)}`,
        kind: "DIGEST",
        day,
        userId: subscriber.user.id,
        recipient: subscriber.user.email,
        subject: mail.subject,
        text: mail.text,
        entries: count,
        language: locale,
      };
    }
  });
}

/**
 * The overdue commitments and milestones as of `day` with their owners' addresses: those overdue for at most
 * `lookbackDays` (the notices), or all of them (null: the admin page's list of owners without an address).
 */
export async function overdueOwners(db: Db, day: Date, lookbackDays: number | null = NOTICE_LOOKBACK_DAYS) {
  const since = new Date(day.getTime() - (lookbackDays ?? 100_000) * DAY_MS);
  const overdue = (await agendaFor(db, day)).filter(
    (entry) =>
      entry.state === "OVERDUE" &&
      (entry.kind === "COMMITMENT" || entry.kind === "MILESTONE") &&
      entry.until !== null &&
      entry.until >= since,
  );
  const addresses = await ownerAddresses(db, overdue);
  return overdue.map((entry) => ({ entry, address: addresses.get(entry.key) ?? null }));
}

/** The notices to owners of commitments and milestones overdue as of `day` (default: today). */
export async function runOverdueNotices(
  ctx: RunContext,
  day: Date = cityToday(ctx.now ?? new Date()),
): Promise<RunSummary> {
  const owners = await overdueOwners(ctx.db, day);
  const emails = [...new Set(owners.flatMap(({ address }) => (address?.ok ? [address.email] : [])))];
  // An owner who is also a user: their language, and their choice to receive these notices.
  const users = emails.length
    ? await ctx.db.user.findMany({
        where: { email: { in: emails } },
        select: {
          id: true,
          email: true,
          active: true,
          mailSettings: { select: { language: true, ownerNotices: true } },
        },
      })
    : [];
  const userOf = new Map(users.map((user) => [user.email.toLowerCase(), user]));
  return runDeliveries(ctx, "OVERDUE", day, function* () {
    for (const { entry, address } of owners) {
      if (!address?.ok || !entry.until) continue;
      const user = userOf.get(address.email);
      if (user && (!user.active || user.mailSettings?.ownerNotices === false)) continue;
      const locale = toLocale(user?.mailSettings?.language);
      const mail = composeOverdueNotice(entry, { name: address.name, locale, baseUrl: ctx.baseUrl });
      yield {
        key: `overdue:${entry.key}:${ymd(entry.until)}:${address.email}`,
        kind: "OVERDUE",
        day,
        userId: user?.id ?? null,
        recipient: address.email,
        subject: mail.subject,
        text: mail.text,
        entries: 1,
        language: locale,
      };
    }
  });
}

/** How many overdue entries without an owner's address the admin page lists (it says how many there are). */
export const WITHOUT_ADDRESS_LIMIT = 100;

const noAddressPerson: Prisma.PersonWhereInput = {
  OR: [{ erasedAt: { not: null } }, { email: null }, { email: "" }],
};

/**
 * The overdue commitments and milestones whose owner no notice can reach (no person, an erased one, or one
 * without an address), read by SQL as the agenda's rules say "overdue" (./owners.ts gives each its reason): the
 * first `limit` by due date, and how many there are. Computing the whole agenda for this cost seconds at country
 * scale on every view of the admin page.
 */
export async function overdueWithoutAddress(db: Db, day: Date, limit = WITHOUT_ADDRESS_LIMIT) {
  const commitmentWhere: Prisma.CommitmentWhereInput = {
    AND: [overdueCommitmentWhere(day), { OR: [{ ownerPersonId: null }, { ownerPerson: noAddressPerson }] }],
  };
  const milestoneWhere: Prisma.MilestoneWhereInput = {
    status: { in: [...PENDING_MILESTONE_STATUSES] },
    dueOn: { lt: day },
    workingGroup: { OR: [{ leadCologneId: null }, { leadCologne: noAddressPerson }] },
  };
  const order = [{ dueOn: "asc" as const }, { id: "asc" as const }];
  const [commitments, milestones, commitmentCount, milestoneCount] = await Promise.all([
    db.commitment.findMany({
      where: commitmentWhere,
      select: { id: true, title: true, dueOn: true },
      orderBy: order,
      take: limit,
    }),
    db.milestone.findMany({
      where: milestoneWhere,
      select: { id: true, title: true, dueOn: true, workingGroupId: true },
      orderBy: order,
      take: limit,
    }),
    db.commitment.count({ where: commitmentWhere }),
    db.milestone.count({ where: milestoneWhere }),
  ]);
  const entries = [
    ...commitments.map((c) => ({
      key: `commitment-${c.id}`,
      kind: "COMMITMENT" as const,
      title: c.title,
      href: `/commitments/${c.id}`,
      dueOn: c.dueOn,
    })),
    ...milestones.map((ms) => ({
      key: `milestone-${ms.id}`,
      kind: "MILESTONE" as const,
      title: ms.title,
      href: `/working-groups/${ms.workingGroupId}`,
      dueOn: ms.dueOn,
    })),
  ]
    .sort((a, b) => (a.dueOn?.getTime() ?? 0) - (b.dueOn?.getTime() ?? 0) || a.key.localeCompare(b.key))
    .slice(0, limit);
  const addresses = await ownerAddresses(db, entries);
  return {
    total: commitmentCount + milestoneCount,
    rows: entries.flatMap(({ dueOn: _dueOn, ...entry }) => {
      const address = addresses.get(entry.key);
      return address && !address.ok ? [{ ...entry, owner: address.owner, reason: address.reason }] : [];
    }),
  };
}

/** The admin page: the latest runs, the latest mails, and the overdue entries whose owner has no address. */
export async function mailOverview(db: Db, now: Date = new Date()) {
  const [runs, failures, withoutAddress] = await Promise.all([
    db.mailRun.findMany({ orderBy: { id: "desc" }, take: 20 }),
    db.mailDelivery.findMany({
      orderBy: { id: "desc" },
      take: 50,
      select: {
        id: true,
        kind: true,
        day: true,
        recipient: true,
        subject: true,
        status: true,
        attempts: true,
        claimedAt: true,
        sentAt: true,
        lastError: true,
        runId: true,
      },
    }),
    overdueWithoutAddress(db, cityToday(now)),
  ]);
  return {
    smtp: {
      configured: Boolean(envValue("SMTP_URL")),
      from: envValue("SMTP_FROM"),
      sinkFolder: envValue("MAIL_SINK_DIR") ?? null,
    },
    runs,
    deliveries: failures,
    withoutAddress: withoutAddress.rows,
    withoutAddressTotal: withoutAddress.total,
  };
}
