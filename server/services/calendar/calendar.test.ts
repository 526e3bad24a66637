// The calendar feed: tokens stored hashed, the agenda as iCalendar read back by an independent parser (node-ical):
// all-day events on the right days, UIDs stable across calls, links back; a revoked or unknown token is refused.
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor, TEST_ACTORS } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { getAgenda } from "../agenda/agenda";
import { cachedAgendaCalendar } from "./cached-body";
import { accountOfFeedToken, hashToken } from "./feed";
import { agendaCalendar, UID_DOMAIN } from "./ics";

let db: Db;
const NOW = new Date("2026-12-07T11:00:00Z");

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  for (const actor of Object.values(TEST_ACTORS)) {
    await db.user.create({ data: { id: actor.id, name: actor.name, email: actor.email, role: actor.role } });
  }
});

async function feedOf(token: string) {
  const account = await accountOfFeedToken(db, token);
  if (!account) return null;
  const agenda = await getAgenda(db, {}, NOW);
  const text = agendaCalendar(agenda.entries, { baseUrl: "https://partnerschaften.example", locale: "de", now: NOW });
  const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === "VEVENT") as VEvent[];
  return { agenda, text, events };
}

describe("the calendar feed", () => {
  it("stores only the token's hash, and the token opens the feed", async () => {
    const api = callerFor(db, TEST_ACTORS.VIEWER);
    expect(await api.calendar.feed()).toBeNull();
    const { token } = await api.calendar.create();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.calendarFeed.findUniqueOrThrow({ where: { userId: TEST_ACTORS.VIEWER.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await accountOfFeedToken(db, token))?.role).toBe("VIEWER");
    expect(await api.calendar.feed()).not.toBeNull();
  });

  it("holds the agenda's dated entries as all-day events with stable UIDs and links back", async () => {
    const { token } = await callerFor(db, TEST_ACTORS.EDITOR).calendar.create();
    const first = await feedOf(token);
    const second = await feedOf(token);
    if (!first || !second) throw new Error("feed refused");
    const dated = first.agenda.entries.filter((entry) => entry.date);
    expect(first.events).toHaveLength(dated.length);
    expect(first.events.length).toBeGreaterThan(3);
    expect(first.events.map((e) => e.uid).sort()).toEqual(second.events.map((e) => e.uid).sort());
    expect(first.agenda.entries.some((entry) => !entry.date)).toBe(true); // no deadline: not in the calendar

    const turku = first.events.find((e) => String(e.summary).includes("Turku"));
    expect(turku?.uid).toMatch(new RegExp(`^anniversary-\\d+-60@${UID_DOMAIN.replaceAll(".", "\\.")}$`));
    expect(turku?.datetype).toBe("date");
    const start = turku?.start as Date;
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2027, 6, 7]);
    expect(String(turku?.summary)).toContain("60. Jahrestag");
    // node-ical gives a property with parameters (URL;VALUE=URI:…) as { params, val }.
    const url = turku?.url as unknown as string | { val: string } | undefined;
    expect(typeof url === "object" ? url.val : url).toMatch(/^https:\/\/partnerschaften\.example\/agreements\/\d+$/);
  });

  it("puts a commitment due in a month on the month's last day", async () => {
    const mou = await db.agreement.findFirstOrThrow({ where: { title: { contains: "Chongqing" } } });
    const created = await callerFor(db).commitment.create({ title: "Im März", agreementId: mou.id, dueOn: "2027-03" });
    const { token } = await callerFor(db, TEST_ACTORS.EDITOR).calendar.create();
    const feed = await feedOf(token);
    const event = feed?.events.find((e) => e.uid === `commitment-${created.id}@${UID_DOMAIN}`);
    const start = event?.start as Date;
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2027, 3, 31]);
    expect(String(event?.summary)).toBe("Zusage: Im März");
  });

  it("keeps the feed's text (the same text, the same DTSTAMP) until a committed change, which shows at once", async () => {
    const options = { baseUrl: "https://partnerschaften.example", locale: "de" as const };
    const first = await cachedAgendaCalendar(db, options);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await cachedAgendaCalendar(db, options)).toBe(first);
    const mou = await db.agreement.findFirstOrThrow({ where: { title: { contains: "Chongqing" } } });
    const due = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 7);
    const created = await callerFor(db).commitment.create({ title: "Bald fällig", agreementId: mou.id, dueOn: due });
    const after = await cachedAgendaCalendar(db, options);
    expect(after).toContain(`UID:commitment-${created.id}@${UID_DOMAIN}`);
    expect(first).not.toContain(`UID:commitment-${created.id}@`);
  });

  it("gives every role the agenda that role may read (agenda.list)", async () => {
    const viewerAgenda = await callerFor(db, TEST_ACTORS.VIEWER).agenda.list({});
    expect(viewerAgenda.pageCount).toBe(1);
    const { token } = await callerFor(db, TEST_ACTORS.VIEWER).calendar.create();
    const feed = await feedOf(token);
    expect(feed?.events.map((e) => e.uid).sort()).toEqual(
      viewerAgenda.groups
        .flatMap((group) => group.entries)
        .filter((entry) => entry.date)
        .map((entry) => `${entry.key}@${UID_DOMAIN}`)
        .sort(),
    );
  });

  it("refuses a revoked, a replaced, an unknown and a malformed token at once", async () => {
    const api = callerFor(db, TEST_ACTORS.ADMIN);
    const { token: old } = await api.calendar.create();
    const { token: renewed } = await api.calendar.create();
    expect(await accountOfFeedToken(db, old)).toBeNull();
    expect(await accountOfFeedToken(db, renewed)).not.toBeNull();
    expect(await api.calendar.revoke()).toEqual({ revoked: true });
    expect(await accountOfFeedToken(db, renewed)).toBeNull();
    expect(await accountOfFeedToken(db, "A".repeat(43))).toBeNull();
    expect(await accountOfFeedToken(db, "../../etc/passwd")).toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityType: "USER", entityId: TEST_ACTORS.ADMIN.id } });
    expect(events.length).toBe(3);
  });

  it("refuses the token of a deactivated account", async () => {
    const { token } = await callerFor(db, TEST_ACTORS.EDITOR).calendar.create();
    await db.user.update({ where: { id: TEST_ACTORS.EDITOR.id }, data: { active: false } });
    expect(await accountOfFeedToken(db, token)).toBeNull();
    await db.user.update({ where: { id: TEST_ACTORS.EDITOR.id }, data: { active: true } });
  });
});
