// E-mail reminders against a real SMTP server in this process (smtp-server, read back with mailparser) and the real
// database: a digest arrives once (also when run again, after a crash between claim and send, and with two workers
// on one database); a server that refuses (5xx) or goes away is retried by pg-boss and reported, nothing lost and
// nothing doubled; German and English with the right entries; owner notices and owners without an address; the
// settings' audit events; a malformed SMTP_URL refused; the app role, which owns nothing, runs the worker.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { type ParsedMail, simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MailSink, startMailSink } from "../../cli/mail-sink";
import type { Db } from "../../db/prisma";
import { createPrismaClient } from "../../db/prisma";
import { ensureLoginRole, grantAppRole, withCredentials } from "../../db/roles";
import { readEnv } from "../../env";
import { messagesFor } from "../../i18n/messages";
import { callerFor, refusedFields, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase, withPgClient } from "../../test/database";
import { getAgenda } from "../agenda/agenda";
import type { AgendaEntry } from "../agenda/compute";
import { describeChanges } from "../audit/describe";
import { digestEntries } from "./compose";
import { type MailWorker, pastDigestHour, prepareMailJobs, startMailWorker } from "./jobs";
import { MailRunFailed, mailOverview, overdueOwners, type RunContext, runDigest, runOverdueNotices } from "./runs";
import { smtpSender } from "./transport";

const NOW = new Date("2026-12-07T11:00:00Z");
const DAY = new Date("2026-12-07T00:00:00Z");
const BASE = "https://partnerschaften.example";
const FROM = "Städtepartnerschaften Köln <partnerschaften@stadt-koeln.example>";

let db: Db;
let url: string;
let sink: MailSink;
let refuse: { code: number; message: string } | null = null;

const USERS = {
  de: { id: "mail-de", name: "Dora Deutsch", email: "dora@stadt-koeln.example", role: "EDITOR" as const },
  en: { id: "mail-en", name: "Emma English", email: "emma@stadt-koeln.example", role: "VIEWER" as const },
  off: { id: "mail-off", name: "Otto Ohne", email: "otto@stadt-koeln.example", role: "VIEWER" as const },
};

function context(overrides: Partial<RunContext> = {}): RunContext {
  return { db, sender: smtpSender(sink.url), from: FROM, baseUrl: BASE, now: NOW, ...overrides };
}

async function parsed(): Promise<ParsedMail[]> {
  return Promise.all(sink.received.map((mail) => simpleParser(mail.raw)));
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function resetMail() {
  await db.mailDelivery.deleteMany();
  await db.mailRun.deleteMany();
  sink.received.length = 0;
  refuse = null;
}

beforeAll(async () => {
  ({ db, url } = await createTestDatabase("seeded"));
  for (const user of [...Object.values(USERS), ...Object.values(TEST_ACTORS)]) await db.user.create({ data: user });
  await db.mailSettings.create({
    data: {
      userId: USERS.de.id,
      digest: true,
      kinds: ["VALID_UNTIL", "MILESTONE", "COMMITMENT", "ANNIVERSARY", "REVIEW"],
      language: "de",
    },
  });
  await db.mailSettings.create({
    data: { userId: USERS.en.id, digest: true, kinds: ["COMMITMENT", "ANNIVERSARY"], language: "en" },
  });
  await db.mailSettings.create({ data: { userId: USERS.off.id, digest: false, kinds: ["COMMITMENT"] } });
  sink = await startMailSink({ refuse: () => refuse });
  await prepareMailJobs(url, null, { retryLimit: 5, retryDelay: 1, expireInSeconds: 60 });
});

afterAll(async () => {
  await sink?.close();
});

/** What a digest must hold, computed from the agenda's own filters (overdue; due in 30 days) and the raw dates. */
async function expectedTitles(kinds: AgendaEntry["kind"][]): Promise<string[]> {
  const overdue = (await getAgenda(db, { due: "overdue", kind: kinds }, NOW)).entries;
  const soon = (await getAgenda(db, { due: "soon", kind: kinds }, NOW)).entries;
  const horizon = new Date(DAY.getTime() + 30 * 86_400_000);
  const occasions = (await getAgenda(db, { kind: kinds }, NOW)).entries.filter(
    (e) => e.kind === "ANNIVERSARY" && e.date && e.date >= DAY && e.date <= horizon,
  );
  return [...overdue, ...soon, ...occasions].map((e) => e.title);
}

describe("what a digest holds (pure)", () => {
  const entry = (overrides: Partial<AgendaEntry>): AgendaEntry => ({
    key: "anniversary-1-75",
    kind: "ANNIVERSARY",
    state: "OCCASION",
    date: new Date("2027-01-01T00:00:00Z"),
    precision: "YEAR",
    until: new Date("2027-12-31T00:00:00Z"),
    title: "Städtepartnerschaft Köln–Liverpool",
    href: "/agreements/1",
    agreement: null,
    partner: null,
    owner: null,
    areaCodes: [],
    years: 75,
    ...overrides,
  });
  it("announces an anniversary in the 30 days before it begins, not every day of its year", () => {
    const yearOnly = entry({});
    const at = (day: string) => digestEntries([yearOnly], ["ANNIVERSARY"], new Date(`${day}T00:00:00Z`)).occasions;
    expect(at("2026-11-30")).toHaveLength(0);
    expect(at("2026-12-07")).toHaveLength(1);
    expect(at("2027-01-01")).toHaveLength(1);
    expect(at("2027-01-02")).toHaveLength(0);
    expect(at("2027-06-30")).toHaveLength(0);
    // Not chosen: never.
    expect(digestEntries([yearOnly], ["COMMITMENT"], new Date("2026-12-07T00:00:00Z")).occasions).toHaveLength(0);
  });
});

describe("the daily digest", () => {
  it("arrives once per subscriber, in their language, with the right entries; a second run sends nothing", async () => {
    await resetMail();
    const first = await runDigest(context());
    expect(first).toMatchObject({ planned: 2, sent: 2, skipped: 0, failed: 0 });
    const again = await runDigest(context());
    expect(again).toMatchObject({ planned: 2, sent: 0, skipped: 2, failed: 0 });

    const mails = await parsed();
    expect(countBy(mails, (m) => (m.to && !Array.isArray(m.to) ? m.to.text : "?"))).toEqual({
      [USERS.de.email]: 1,
      [USERS.en.email]: 1,
    });
    const de = mails.find((m) => JSON.stringify(m.to).includes(USERS.de.email));
    const en = mails.find((m) => JSON.stringify(m.to).includes(USERS.en.email));
    if (!de?.text || !en?.text) throw new Error("mail missing");

    expect(de.subject).toMatch(/^Was fällig ist: \d+ Einträge? – Städtepartnerschaften Köln, 7\. Dezember 2026$/);
    expect(de.text).toContain("Guten Tag Dora Deutsch,");
    expect(de.headers.get("content-language")).toBe("de");
    expect(de.messageId).toMatch(/@partnerschaften\.stadt-koeln\.example>?$/);
    const deTitles = await expectedTitles(["VALID_UNTIL", "MILESTONE", "COMMITMENT", "ANNIVERSARY", "REVIEW"]);
    expect(deTitles.length).toBeGreaterThan(0);
    for (const title of deTitles) expect(de.text).toContain(title);
    expect(de.subject).toContain(`: ${deTitles.length} Eintr`);
    expect(de.text).toContain(`${BASE}/account`);

    expect(en.subject).toMatch(/^What is due: \d+ entr(y|ies) – Cologne partnerships, 7 December 2026$/);
    expect(en.text).toContain("Hello Emma English,");
    const enTitles = await expectedTitles(["COMMITMENT", "ANNIVERSARY"]);
    for (const title of enTitles) expect(en.text).toContain(title);
    expect(en.subject).toContain(`: ${enTitles.length} entr`);
    // Kinds she did not choose are not in it.
    const validUntil = (await getAgenda(db, { kind: ["VALID_UNTIL"], due: "soon" }, NOW)).entries;
    for (const entry of validUntil) {
      if (!enTitles.includes(entry.title)) expect(en.text).not.toContain(entry.title);
    }
    const rows = await db.mailDelivery.findMany();
    expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT"]);
  });

  it("a crash between claim and send: nothing doubled while the claim holds, nothing skipped once it lapses", async () => {
    await resetMail();
    let claims = 0;
    const crash = context({
      afterClaim: () => {
        claims++;
        if (claims === 2) throw new Error("simulated crash: the process dies after claiming");
      },
    });
    await expect(runDigest(crash)).rejects.toThrow(/simulated crash/);
    expect(sink.received).toHaveLength(1);
    const statuses = (await db.mailDelivery.findMany({ orderBy: { key: "asc" } })).map((r) => r.status).sort();
    expect(statuses).toEqual(["CLAIMED", "SENT"]);

    // Restarted at once: the claim may still be a live run on another server, so it is not taken.
    expect(await runDigest(context())).toMatchObject({ sent: 0, skipped: 2 });
    expect(sink.received).toHaveLength(1);
    // After the lease: the dead claim is taken over and sent, the sent one is not sent again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await runDigest(context({ leaseSeconds: 1 }))).toMatchObject({ sent: 1, skipped: 1 });
    const mails = await parsed();
    expect(countBy(mails, (m) => JSON.stringify(m.to))).toEqual({
      [JSON.stringify(mails[0]?.to)]: 1,
      [JSON.stringify(mails[1]?.to)]: 1,
    });
    expect(new Set(mails.map((m) => JSON.stringify(m.to))).size).toBe(2);
    expect((await db.mailDelivery.findMany()).every((r) => r.status === "SENT")).toBe(true);
  });

  it("a process killed (SIGKILL) between claim and send: after a restart each digest arrives exactly once", async () => {
    await resetMail();
    const child = spawn(process.execPath, ["--import", "tsx", "server/test/mail-crash-child.ts"], {
      env: { ...process.env, DATABASE_URL: url, SINK_URL: sink.url, RUN_DAY: DAY.toISOString() },
      stdio: "pipe",
    });
    let output = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const [, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
    expect(signal, output).toBe("SIGKILL");
    expect(sink.received).toHaveLength(1);
    const rows = await db.mailDelivery.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((r) => r.status).sort()).toEqual(["CLAIMED", "SENT"]);
    // The killed run's record stays unfinished: the admin page shows it as running, with what it had planned.
    expect((await db.mailRun.findFirstOrThrow()).finishedAt).toBeNull();
    // The restarted server's run (after the lease): the claimed one is sent, the sent one is not sent again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await runDigest(context({ leaseSeconds: 1 }))).toMatchObject({ sent: 1, skipped: 1 });
    expect(sink.received).toHaveLength(2);
    expect(new Set(sink.received.map((m) => m.to.join())).size).toBe(2);
  });

  it("two runs at once (two app servers) send each digest once", async () => {
    await resetMail();
    const results = await Promise.all([runDigest(context()), runDigest(context()), runDigest(context())]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(2);
    expect(sink.received).toHaveLength(2);
    expect(new Set(sink.received.map((m) => m.to.join())).size).toBe(2);
  });

  it("a server that refuses (5xx): reported, nothing sent twice, and sent when it accepts again", async () => {
    await resetMail();
    refuse = { code: 550, message: "mailbox unavailable" };
    const failed = await runDigest(context()).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(MailRunFailed);
    expect((failed as MailRunFailed).summary).toMatchObject({ planned: 2, sent: 0, failed: 2 });
    const run = await db.mailRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(run).toMatchObject({ failed: 2, sent: 0 });
    expect(run.error).toMatch(/550/);
    expect(run.finishedAt).not.toBeNull();
    const rows = await db.mailDelivery.findMany();
    expect(rows.map((r) => r.status)).toEqual(["FAILED", "FAILED"]);
    expect(rows[0]?.lastError).toMatch(/550.*mailbox unavailable/);
    const overview = await mailOverview(db, NOW);
    expect(overview.runs[0]?.failed).toBe(2);
    expect(overview.deliveries.filter((d) => d.status === "FAILED")).toHaveLength(2);

    refuse = null;
    expect(await runDigest(context())).toMatchObject({ sent: 2, failed: 0 });
    expect(await runDigest(context())).toMatchObject({ sent: 0, skipped: 2 });
    expect(sink.received).toHaveLength(2);
    const after = await db.mailDelivery.findMany();
    expect(after.map((r) => [r.status, r.attempts])).toEqual([
      ["SENT", 2],
      ["SENT", 2],
    ]);
  });
});

describe("pg-boss: retries with backoff, one run across several workers", () => {
  let workers: MailWorker[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
  });
  const log = { info: () => {}, warn: () => {}, error: () => {} };

  it("two workers on one database: the digest job runs once, and a refusing server is retried until it accepts", async () => {
    await resetMail();
    refuse = { code: 451, message: "try again later" };
    workers = await Promise.all(
      [true, false].map((schedule) =>
        startMailWorker({
          url,
          db,
          sender: smtpSender(sink.url),
          from: FROM,
          baseUrl: BASE,
          log,
          pollingIntervalSeconds: 0.5,
          schedule,
        }),
      ),
    );
    // Both servers queue today's digest (the catch-up at their start): one job.
    const ids = await Promise.all(workers.map((worker) => worker.sendNow("digest", NOW)));
    expect(ids.filter(Boolean)).toHaveLength(1);
    await waitFor(async () => (await db.mailRun.count({ where: { failed: { gt: 0 } } })) >= 1);
    refuse = null;
    await waitFor(() => sink.received.length >= 2);
    const job = await workers[0]?.boss.getJobById("mail-digest", ids.find(Boolean) as string);
    await waitFor(
      async () => (await workers[0]?.boss.getJobById("mail-digest", job?.id as string))?.state === "completed",
    );
    const done = await workers[0]?.boss.getJobById("mail-digest", job?.id as string);
    expect(done?.retryCount).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(sink.received).toHaveLength(2);
    expect(new Set(sink.received.map((m) => m.to.join())).size).toBe(2);
    const runs = await db.mailRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.every((run) => run.jobId === job?.id)).toBe(true);
    expect(runs.at(-1)).toMatchObject({ sent: 2, failed: 0 });
  });

  it("a server that goes away: the run fails, is retried, and delivers once when it is back", async () => {
    await resetMail();
    const port = sink.port;
    await sink.close();
    const id = await workers[0]?.sendNow("digest", new Date(NOW.getTime() + 86_400_000));
    await waitFor(async () => (await db.mailRun.count({ where: { failed: { gt: 0 } } })) >= 1);
    const failedRun = await db.mailRun.findFirstOrThrow({ where: { failed: { gt: 0 } } });
    expect(failedRun.error).toMatch(/ECONNREFUSED|connect/i);
    // The run is for the day its job names, and its retries keep that day.
    expect(failedRun.day.toISOString().slice(0, 10)).toBe("2026-12-08");
    sink = await startMailSink({ port, refuse: () => refuse });
    await waitFor(async () => (await workers[0]?.boss.getJobById("mail-digest", id as string))?.state === "completed");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sink.received).toHaveLength(2);
    expect((await db.mailDelivery.findMany()).every((r) => r.status === "SENT")).toBe(true);
    const days = await db.mailRun.findMany({ select: { day: true } });
    expect(new Set(days.map((run) => run.day.toISOString().slice(0, 10)))).toEqual(new Set(["2026-12-08"]));
  });
});

describe("send now (admins)", () => {
  let worker: MailWorker | null = null;
  afterAll(async () => {
    await worker?.stop();
  });
  const log = { info: () => {}, warn: () => {}, error: () => {} };
  const events = () => db.auditEvent.count({ where: { entityType: "MAIL", action: "RUN_NOW" } });

  it("queues today's digest and overdue notices through pg-boss, audited; a second press sends nothing twice", async () => {
    await resetMail();
    const admin = callerFor(db, TEST_ACTORS.ADMIN);
    const smtp = process.env.SMTP_URL;
    try {
      // No mail server: refused, nothing queued or audited.
      delete process.env.SMTP_URL;
      const before = await events();
      expect((await trpcError(() => admin.mail.sendNow({}))).code).toBe("BAD_REQUEST");
      expect(await events()).toBe(before);
      process.env.SMTP_URL = sink.url;
      // Editors may not.
      expect((await trpcError(() => callerFor(db, TEST_ACTORS.EDITOR).mail.sendNow({}))).code).toBe("FORBIDDEN");

      const first = await admin.mail.sendNow({});
      expect(first.jobs.map((job) => job.queue)).toEqual(["digest", "overdue"]);
      expect(await events()).toBe(before + 1);
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: "RUN_NOW" }, orderBy: { id: "desc" } });
      expect(event).toMatchObject({ entityType: "MAIL", actorId: TEST_ACTORS.ADMIN.id });
      expect(JSON.stringify(event.changes)).toContain(first.jobs[0]?.jobId);
      // While its jobs wait, another press is refused (CONFLICT), with nothing written.
      expect((await trpcError(() => admin.mail.sendNow({}))).code).toBe("CONFLICT");
      expect(await events()).toBe(before + 1);
      const waiting = await admin.mail.sendNowProgress({ jobs: first.jobs });
      expect(waiting.map((job) => job.state)).toEqual(["created", "created"]);

      // A worker (as on every app server) runs them: the result is visible through the progress read.
      worker = await startMailWorker({
        url,
        db,
        sender: smtpSender(sink.url),
        from: FROM,
        baseUrl: BASE,
        log,
        pollingIntervalSeconds: 0.5,
        schedule: false,
      });
      await waitFor(async () =>
        (await admin.mail.sendNowProgress({ jobs: first.jobs })).every((job) => job.state === "completed"),
      );
      const done = await admin.mail.sendNowProgress({ jobs: first.jobs });
      const digestRun = done.find((job) => job.queue === "digest")?.runs[0];
      expect(digestRun?.finishedAt).not.toBeNull();
      expect(digestRun?.sent).toBeGreaterThan(0);
      const digests = (await parsed()).filter((mail) => /^(Was fällig ist|What is due)/.test(mail.subject ?? ""));
      expect(digests).toHaveLength(digestRun?.sent ?? -1);
      const received = sink.received.length;

      // Pressed again the same day: the runs happen, but every mail was sent already (the once-only rule).
      const second = await admin.mail.sendNow({});
      await waitFor(async () =>
        (await admin.mail.sendNowProgress({ jobs: second.jobs })).every((job) => job.state === "completed"),
      );
      const again = await admin.mail.sendNowProgress({ jobs: second.jobs });
      expect(again.every((job) => job.runs[0]?.sent === 0)).toBe(true);
      expect(again.find((job) => job.queue === "digest")?.runs[0]?.skipped).toBe(digestRun?.planned);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(sink.received).toHaveLength(received);
      expect(await events()).toBe(before + 2);
    } finally {
      if (smtp === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = smtp;
    }
  });
});

describe("overdue notices to owners", () => {
  it("reach the referenced owner's address once; owners without an address are listed, never guessed", async () => {
    await resetMail();
    const group = await db.workingGroup.findFirstOrThrow({ select: { id: true, agreementId: true } });
    const lead = await db.person.create({ data: { name: "Lena Leitung", email: "Lena.Leitung@stadt-koeln.example" } });
    await db.workingGroup.update({ where: { id: group.id }, data: { leadCologneId: lead.id } });
    const milestone = await db.milestone.create({
      data: { workingGroupId: group.id, title: "Bericht an den Rat", dueOn: new Date("2026-12-04T00:00:00Z") },
    });
    const olaf = await db.person.create({ data: { name: "Olaf Ohnemail" } });
    const erased = await db.person.create({
      data: { name: "[erased]", email: "erased@stadt-koeln.example", erasedAt: new Date("2026-11-01T00:00:00Z") },
    });
    const owned = await db.commitment.create({
      data: {
        agreementId: group.agreementId,
        // A title may hold a line break (stored text allows it): it must not become a header of the mail.
        title: "Austausch vorbereiten\nBcc: spy@example.org",
        ownerPersonId: lead.id,
        ownerCologne: "Amt für Internationales",
        dueOn: new Date("2026-12-01T00:00:00Z"),
      },
    });
    const noMail = await db.commitment.create({
      data: {
        agreementId: group.agreementId,
        title: "Delegation einladen",
        ownerPersonId: olaf.id,
        dueOn: new Date("2026-12-02T00:00:00Z"),
      },
    });
    // A person's name as a text is not a reference: no notice by a guessed name (the migration turned unique
    // matches into references once).
    const nameOnly = await db.commitment.create({
      data: {
        agreementId: group.agreementId,
        title: "Partnerschaftsfest planen",
        ownerCologne: "Lena Leitung",
        dueOn: new Date("2026-12-02T00:00:00Z"),
      },
    });
    // An erased person receives nothing, though the row still holds an address.
    const erasedOwner = await db.commitment.create({
      data: {
        agreementId: group.agreementId,
        title: "Schulaustausch auswerten",
        ownerPersonId: erased.id,
        dueOn: new Date("2026-12-02T00:00:00Z"),
      },
    });
    const unit = await db.commitment.create({
      data: {
        agreementId: group.agreementId,
        title: "Förderung beantragen",
        ownerCologne: "Amt für Internationales",
        dueOn: new Date("2026-12-03T00:00:00Z"),
      },
    });
    // Lena is also a user who wants her notices in English.
    await db.user.create({
      data: { id: "mail-lena", name: "Lena Leitung", email: "lena.leitung@stadt-koeln.example" },
    });
    await db.mailSettings.create({ data: { userId: "mail-lena", kinds: [], language: "en", ownerNotices: true } });

    const first = await runOverdueNotices(context());
    const again = await runOverdueNotices(context());
    expect(again.sent).toBe(0);
    const mails = await parsed();
    const toLena = mails.filter((m) => JSON.stringify(m.to).includes("lena.leitung@stadt-koeln.example"));
    expect(toLena.map((m) => m.subject).sort()).toEqual([
      "Overdue: Austausch vorbereiten Bcc: spy@example.org",
      "Overdue: Bericht an den Rat",
    ]);
    expect(mails.every((m) => !m.bcc && !m.headers.has("bcc"))).toBe(true);
    expect(sink.received.flatMap((m) => m.to)).not.toContain("spy@example.org");
    expect(toLena.find((m) => m.subject?.includes("Bericht"))?.text).toContain(`${BASE}/working-groups/${group.id}`);
    expect(first.sent).toBe(mails.length);
    expect(mails.every((m) => !JSON.stringify(m.to).includes("olaf"))).toBe(true);
    expect(mails.every((m) => !JSON.stringify(m.to).includes("erased@"))).toBe(true);

    const overview = await mailOverview(db, NOW);
    const reasons = Object.fromEntries(overview.withoutAddress.map((row) => [row.key, row.reason]));
    // The admin page reads these by SQL; the agenda computed in full (as the notices are) gives the same entries.
    const fromAgenda = (await overdueOwners(db, DAY, null)).flatMap(({ entry, address }) =>
      address && !address.ok ? [entry.key] : [],
    );
    expect(overview.withoutAddress.map((row) => row.key).sort()).toEqual(fromAgenda.sort());
    expect(overview.withoutAddressTotal).toBe(fromAgenda.length);
    expect(reasons[`commitment-${noMail.id}`]).toBe("NO_EMAIL");
    expect(reasons[`commitment-${unit.id}`]).toBe("UNIT_ONLY");
    expect(reasons[`commitment-${nameOnly.id}`]).toBe("UNIT_ONLY");
    expect(reasons[`commitment-${erasedOwner.id}`]).toBe("ERASED");
    expect(overview.withoutAddress.find((row) => row.key === `commitment-${erasedOwner.id}`)?.owner).toBeNull();
    expect(reasons[`commitment-${owned.id}`]).toBeUndefined();
    expect(reasons[`milestone-${milestone.id}`]).toBeUndefined();

    // Lena opts out: nothing more for her (the next deadline of the same record would be a new notice).
    await db.mailSettings.update({ where: { userId: "mail-lena" }, data: { ownerNotices: false } });
    await db.mailDelivery.deleteMany();
    expect((await runOverdueNotices(context())).planned).toBe(first.planned - 2);
  });
});

describe("the own settings", () => {
  it("each accepted save writes exactly one audit event; a refused one writes nothing", async () => {
    const api = callerFor(db, TEST_ACTORS.VIEWER);
    expect(await api.mail.settings()).toMatchObject({
      digest: false,
      language: "de",
      ownerNotices: true,
      version: null,
    });
    const events = () => db.auditEvent.count({ where: { entityType: "USER", entityId: TEST_ACTORS.VIEWER.id } });
    const before = await events();
    await api.mail.updateSettings({
      digest: true,
      kinds: ["COMMITMENT", "REVIEW"],
      language: "en",
      ownerNotices: false,
    });
    expect(await events()).toBe(before + 1);
    // In the audit trail in words: the kinds and the language by their names, not their codes.
    const saved = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    const words = Object.fromEntries(
      describeChanges(messagesFor("de"), "de", saved).map((view) => [view.label, view.after]),
    );
    expect(words).toEqual({
      "Tägliche Übersicht per E-Mail": "ja",
      "Inhalt der Übersicht": "Zusage, Menschenrechtsprüfung",
      "Sprache der E-Mails": "Englisch",
      "Benachrichtigung bei Überfälligem": "nein",
    });
    await api.mail.updateSettings({
      digest: true,
      kinds: ["REVIEW", "COMMITMENT"],
      language: "en",
      ownerNotices: false,
    });
    expect(await events()).toBe(before + 2);
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last.changes).toEqual({});
    expect(await api.mail.settings()).toMatchObject({
      digest: true,
      kinds: ["COMMITMENT", "REVIEW"],
      language: "en",
      version: 2,
    });

    const error = await trpcError(() =>
      api.mail.updateSettings({ digest: true, kinds: [], language: "en", ownerNotices: true }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(refusedFields(error)).toEqual(["kinds"]);
    const wrongLanguage = await trpcError(() =>
      api.mail.updateSettings({ digest: false, kinds: [], language: "fr" as "en", ownerNotices: true }),
    );
    expect(refusedFields(wrongLanguage)).toEqual(["language"]);
    expect(await events()).toBe(before + 2);
    expect((await db.mailSettings.findUniqueOrThrow({ where: { userId: TEST_ACTORS.VIEWER.id } })).version).toBe(2);
  });
});

const env = (values: Record<string, string>) => ({ NODE_ENV: "test", ...values }) as NodeJS.ProcessEnv;

describe("SMTP_URL", () => {
  it("is refused when malformed, naming the variable; unset means no e-mail", () => {
    for (const bad of ["mail.example.org", "http://mail.example.org", "smtp://", "smtp:/nohost", "postgres://x@y/z"]) {
      expect(() => readEnv(env({ SMTP_URL: bad })), bad).toThrow(
        /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ address/,
      );
    }
    expect(readEnv(env({ SMTP_URL: "smtps://user:secret@mail.example.org:465" })).SMTP_URL).toBe(
      "smtps://user:secret@mail.example.org:465",
    );
    expect(readEnv(env({})).SMTP_URL).toBeUndefined();
  });
});

describe("the schedules", () => {
  it("are rows in the database, in Cologne's time zone; a start after 07:00 Cologne time catches the digest up", async () => {
    const worker = await startMailWorker({
      url,
      db,
      sender: smtpSender(sink.url),
      from: FROM,
      baseUrl: BASE,
      log: { info: () => {}, warn: () => {}, error: () => {} },
      schedule: false,
    });
    try {
      const schedules = await worker.boss.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron, (s as { timezone?: string }).timezone]).sort()).toEqual([
        ["mail-digest", "0 7 * * *", "Europe/Berlin"],
        ["mail-overdue", "5 * * * *", "Europe/Berlin"],
      ]);
    } finally {
      await worker.stop();
    }
    // 07:00 in Cologne is 06:00 UTC in winter and 05:00 UTC in summer.
    expect(pastDigestHour(new Date("2026-12-07T05:59:00Z"))).toBe(false);
    expect(pastDigestHour(new Date("2026-12-07T06:00:00Z"))).toBe(true);
    expect(pastDigestHour(new Date("2026-07-07T04:59:00Z"))).toBe(false);
    expect(pastDigestHour(new Date("2026-07-07T05:00:00Z"))).toBe(true);
  });
});

describe("database roles", () => {
  it("the app role, which owns nothing, runs the mail jobs in the schema the owner installed", async () => {
    await resetMail();
    const role = `mail_app_${randomBytes(4).toString("hex")}`;
    const password = randomBytes(12).toString("hex");
    await withPgClient(url, (client) => ensureLoginRole(client, role, password));
    await grantAppRole(url, role);
    await prepareMailJobs(url, role, { retryLimit: 2, retryDelay: 1, expireInSeconds: 60 });
    const appUrl = withCredentials(url, role, password);
    const appDb = createPrismaClient(appUrl, { maxConnections: 2 });
    const worker = await startMailWorker({
      url: appUrl,
      db: appDb,
      sender: smtpSender(sink.url),
      from: FROM,
      baseUrl: BASE,
      log: { info: () => {}, warn: () => {}, error: () => {} },
      pollingIntervalSeconds: 0.5,
    });
    try {
      const id = await worker.sendNow("digest", new Date(NOW.getTime() + 2 * 86_400_000));
      await waitFor(async () => (await worker.boss.getJobById("mail-digest", id as string))?.state === "completed");
      // Every subscriber (the settings test above, when it ran, opted the test viewer in too).
      const subscribers = await db.mailSettings.count({ where: { digest: true } });
      expect(subscribers).toBeGreaterThanOrEqual(2);
      expect(sink.received).toHaveLength(subscribers);
      expect((await db.mailRun.findFirstOrThrow({ orderBy: { id: "desc" } })).jobId).toBe(id);
      // It cannot change the schema.
      await expect(
        withPgClient(appUrl, (client) => client.query("CREATE TABLE pgboss.intruder (id int)")),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await worker.stop();
      await appDb.$disconnect();
    }
  });
});
