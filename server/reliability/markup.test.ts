// Text with markup (and unusual unicode) is data, not markup: saved in titles, names, notes, reasons and scopes it
// comes back from the API byte for byte (stored as text, not sanitised away, found by search, recorded as such in
// the audit trail), and the components that show such values render it escaped — `&lt;script&gt;`, never an
// element or an event attribute. Pages, charts in the browser and exports are checked by the browser tests and the
// export tests with the same strings (server/reliability/markup.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { callerFor, TEST_ACTORS, trpcError } from "../test/caller";
import { createTestDatabase } from "../test/database";
import { liveMarkup, MARKUP_STRINGS } from "./markup";
import {
  renderChangeList,
  renderChartCard,
  renderErrorAlert,
  renderLabelBadge,
  renderRecordCell,
  renderSource,
} from "./render";

/** Text beyond markup that must survive unchanged: scripts, direction marks, emoji sequences, invisible marks. */
const UNICODE_STRINGS = [
  "重庆 · Chóngqìng",
  "\u202eevil\u202c RTL-Override",
  "مرحبا שלום",
  "👩‍👩‍👧‍👦 🇩🇪🇺🇦",
  "e\u0301 vs é",
  "a\u200bb\u200dc\ufeffd",
  "Straße İstanbul ﬀ",
  "Zeile 1\nZeile 2\tTab",
  '\'; DROP TABLE "Agreement"; --',
  "%_\\ 100 %",
] as const;

let db: Db;
let partnerId: number;
let personId: number;
const roundTrips: [string, string, boolean][] = [];
const renders: [string, number, number][] = [];

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  partnerId = (await db.partner.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  personId = (await db.person.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
});

const editor = () => callerFor(db, TEST_ACTORS.EDITOR);
const admin = () => callerFor(db, TEST_ACTORS.ADMIN);

/** The value an audit event's changes record for `field` after the change. */
function changeAfter(changes: unknown, field: string): unknown {
  return (changes as Record<string, { after?: unknown } | undefined> | null | undefined)?.[field]?.after;
}

/** Compares what came back with what was sent, code unit by code unit, and notes it for the printed table. */
function same(what: string, sent: string, got: unknown): void {
  const identical = typeof got === "string" && Buffer.from(got, "utf16le").equals(Buffer.from(sent, "utf16le"));
  roundTrips.push([what, sent, identical]);
  expect(got, `${what} came back changed`).toBe(sent);
}

describe("markup and unicode are stored and returned as typed", () => {
  it.each(MARKUP_STRINGS.map((text, index) => [index, text] as const))("markup #%i: %s", async (index, text) => {
    const tag = `#${index}`;
    // Partner: names in three languages, notes, source.
    const partner = await editor().partner.create({
      nameDe: `${text} ${tag}`,
      nameEn: text,
      nameLocal: text,
      countryCode: "FR",
      continent: "EUROPE",
      notes: text,
      source: text,
    });
    const partnerBack = await editor().partner.byId({ id: partner.id });
    same("partner.nameDe", `${text} ${tag}`, partnerBack.nameDe);
    same("partner.nameEn", text, partnerBack.nameEn);
    same("partner.nameLocal", text, partnerBack.nameLocal);
    same("partner.notes", text, partnerBack.notes);
    same("partner.source", text, partnerBack.source);

    // Agreement: title, notes, unit, source, an area note, the first status's scope; a transition's reason and scope.
    const agreement = await editor().agreement.create({
      type: "FRIENDSHIP",
      title: `${text} ${tag}`,
      partnerId: partner.id,
      notes: text,
      responsibleUnit: text,
      source: text,
      areas: [{ code: "CULTURE", status: "ACTIVE", notes: text }],
      status: "SUSPENDED",
      statusScope: text,
    });
    await editor().agreement.transition({ id: agreement.id, to: "DORMANT", reason: text, scope: text });
    const agreementBack = await editor().agreement.byId({ id: agreement.id });
    same("agreement.title", `${text} ${tag}`, agreementBack.title);
    same("agreement.notes", text, agreementBack.notes);
    same("agreement.responsibleUnit", text, agreementBack.responsibleUnit);
    same("agreement.source", text, agreementBack.source);
    same("agreement area note", text, agreementBack.areas[0]?.notes);
    same("agreement.statusScope", text, agreementBack.statusScope);
    const latest = agreementBack.statusChanges[0];
    same("status change reason", text, latest?.reason);
    same("status change scope", text, latest?.scope);
    // Found by searching for the markup itself, in the list and in the partner's names.
    const found = await editor().agreement.list({ q: text, pageSize: 200 });
    expect(
      found.items.map((item) => item.id),
      "agreement search by the markup",
    ).toContain(agreement.id);
    same("agreement list title", `${text} ${tag}`, found.items.find((item) => item.id === agreement.id)?.title);
    const partnersFound = await editor().partner.list({ q: text, pageSize: 200 });
    expect(
      partnersFound.items.map((item) => item.id),
      "partner search by the markup",
    ).toContain(partner.id);

    // Person, activity, working group and milestone.
    const person = await editor().person.create({
      name: `${text} ${tag}`,
      role: text,
      organisation: text,
      notes: text,
      source: text,
    });
    const personBack = await editor().person.byId({ id: person.id });
    same("person.name", `${text} ${tag}`, personBack.name);
    same("person.role", text, personBack.role);
    same("person.organisation", text, personBack.organisation);
    same("person.notes", text, personBack.notes);

    const activity = await editor().activity.create({
      type: "VISIT",
      title: `${text} ${tag}`,
      startOn: "2025-05-05",
      place: text,
      description: text,
      outcome: text,
      source: text,
      partnerId: partner.id,
      agreementIds: [agreement.id],
      participants: [{ personId: person.id, role: text }],
    });
    const activityBack = await editor().activity.byId({ id: activity.id });
    same("activity.title", `${text} ${tag}`, activityBack.title);
    same("activity.place", text, activityBack.place);
    same("activity.description", text, activityBack.description);
    same("activity.outcome", text, activityBack.outcome);
    same("activity participant role", text, activityBack.participants[0]?.role);

    const group = await editor().workingGroup.create({
      name: `${text} ${tag}`,
      goal: text,
      notes: text,
      source: text,
      agreementId: agreement.id,
      memberships: [{ personId, role: text }],
    });
    const milestone = await editor().workingGroup.addMilestone({ workingGroupId: group.id, title: text, notes: text });
    const groupBack = await editor().workingGroup.byId({ id: group.id });
    same("workingGroup.name", `${text} ${tag}`, groupBack.name);
    same("workingGroup.goal", text, groupBack.goal);
    same("workingGroup.notes", text, groupBack.notes);
    same("membership role", text, groupBack.members[0]?.role);
    same("milestone.title", text, groupBack.milestones.find((item) => item.id === milestone.id)?.title);
    same("milestone.notes", text, groupBack.milestones.find((item) => item.id === milestone.id)?.notes);

    // The audit trail records the values as they were typed.
    const history = await editor().audit.history({ entityType: "AGREEMENT", entityId: agreement.id });
    const created = history.find((event) => event.action === "CREATE");
    same("audit entityLabel", `${text} ${tag}`, created?.entityLabel);
    same("audit change (notes)", text, changeAfter(created?.changes, "notes"));
    const transition = history.find((event) => event.action === "STATUS_CHANGE");
    same("audit change (reason)", text, changeAfter(transition?.changes, "reason"));

    // Accounts: an admin may give an account a name with markup.
    const account = await admin().account.create({
      name: text.slice(0, 200),
      email: `markup-${index}@stadt-koeln.example`,
      role: "VIEWER",
      password: "Markup-Passwort-2026",
    });
    same("account.name", text.slice(0, 200), (await admin().account.byId({ id: account.id })).name);
  });

  it.each(UNICODE_STRINGS.map((text) => [JSON.stringify(text), text] as const))("unicode %s", async (_label, text) => {
    const partner = await editor().partner.create({
      nameDe: text,
      nameEn: text,
      countryCode: "CN",
      continent: "ASIA",
      notes: text,
    });
    const back = await editor().partner.byId({ id: partner.id });
    same("partner.nameDe (unicode)", text, back.nameDe);
    same("partner.notes (unicode)", text, back.notes);
    const found = await editor().partner.list({ q: text.split("\n")[0] ?? text, pageSize: 200 });
    expect(
      found.items.map((item) => item.id),
      `search for ${JSON.stringify(text)}`,
    ).toContain(partner.id);
  });

  it("refuses text it could not store as typed (a lone surrogate) rather than changing it", async () => {
    for (const text of ["\ud800", "a\udfffb", "x\ud83d"]) {
      const outcome = await editor()
        .partner.create({ nameDe: text, nameEn: "x", countryCode: "FR", continent: "EUROPE" })
        .then(
          async (created) => ({ stored: (await editor().partner.byId({ id: created.id })).nameDe }),
          (error: { code?: string }) => ({ refused: error.code }),
        );
      // Either refused as a bad request, or stored exactly as sent; never silently replaced (e.g. by U+FFFD).
      if ("stored" in outcome) same("partner.nameDe (lone surrogate)", text, outcome.stored);
      else expect(outcome.refused).toBe("BAD_REQUEST");
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Rendering

/** React's escaping of text and attribute values (& < > " '), to find a value in rendered HTML. */
function escaped(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#x27;");
}

/** Rendered HTML shows `text` as text (escaped) and contains nothing that could run. */
function expectShownAsText(what: string, html: string, text: string): void {
  renders.push([what, html.length, liveMarkup(html).length]);
  expect(liveMarkup(html), `${what}: live markup in ${html}`).toEqual([]);
  expect(html, `${what}: the text is not shown escaped`).toContain(escaped(text));
  if (text.includes("<script>")) {
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/<script/i);
  }
}

describe("components show markup as text", () => {
  it.each(MARKUP_STRINGS.map((text, index) => [index, text] as const))("markup #%i: %s", async (_index, text) => {
    // Values as the API returns them: a partner (its name is a chart label and a table cell), an audit event.
    const partner = await editor().partner.create({
      nameDe: text,
      nameEn: text,
      countryCode: "PL",
      continent: "EUROPE",
      source: text,
    });
    const back = await editor().partner.byId({ id: partner.id });
    await editor().partner.update({
      id: back.id,
      version: back.version,
      nameDe: back.nameDe,
      nameEn: back.nameEn,
      countryCode: back.countryCode,
      continent: back.continent,
      source: back.source,
      notes: text,
    });
    const [event] = await editor().audit.history({ entityType: "PARTNER", entityId: partner.id });
    if (!event) throw new Error("no audit event");

    expectShownAsText("SourceText", renderSource(back.source), text);
    expectShownAsText("LabelBadge", renderLabelBadge(back.nameDe), text);
    expectShownAsText("ChangeList", renderChangeList(event), text);
    expectShownAsText("RecordCell", renderRecordCell({ ...event, entityLabel: back.nameDe }), text);
    expectShownAsText("ChartCard (title, legend, table)", renderChartCard(back.nameDe, back.nameEn), text);
    // A server message that repeats what was typed (an impossible date) shown in an error alert.
    const error = await trpcError(() =>
      editor().agreement.create({ type: "CONTACT", title: "x", partnerId, signedOn: "<b>1</b>" }),
    );
    expectShownAsText("ErrorAlert (server message)", renderErrorAlert(new Error(error.message)), "<b>1</b>");
    expectShownAsText("ErrorAlert", renderErrorAlert(new Error(text)), text);
  });

  it("links only http(s) sources, so a javascript: source stays text", () => {
    const html = renderSource("javascript:alert(1)");
    expect(html).not.toContain("<a");
    expect(liveMarkup(html)).toEqual([]);
    const link = renderSource('https://example.org/?q="><script>alert(1)</script>');
    expect(link).toContain('<a href="https://example.org/?q=&quot;&gt;&lt;script&gt;');
    expect(liveMarkup(link)).toEqual([]);
  });

  it("liveMarkup finds what it should (the check itself)", () => {
    expect(liveMarkup('<div><img src=x onerror="alert(1)"></div>')).toHaveLength(1);
    expect(liveMarkup("<script>alert(1)</script>")).toHaveLength(1);
    expect(liveMarkup('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(liveMarkup(`<span title="${escaped('"><svg onload=alert(1)>')}">${escaped("<script>")}</span>`)).toEqual([]);
  });
});

afterAll(() => {
  const fields = new Map<string, [number, number]>();
  for (const [what, , identical] of roundTrips) {
    const [count, ok] = fields.get(what) ?? [0, 0];
    fields.set(what, [count + 1, ok + (identical ? 1 : 0)]);
  }
  const width = Math.max(...[...fields.keys()].map((key) => key.length));
  console.log(
    `\nMarkup and unicode round trips (${MARKUP_STRINGS.length} markup strings, ${UNICODE_STRINGS.length} unicode strings): field → identical/sent\n` +
      [...fields.entries()].map(([what, [count, ok]]) => `${what.padEnd(width)}  ${ok}/${count}`).join("\n"),
  );
  const byComponent = new Map<string, [number, number]>();
  for (const [what, , live] of renders) {
    const [count, bad] = byComponent.get(what) ?? [0, 0];
    byComponent.set(what, [count + 1, bad + live]);
  }
  console.log(
    `\nRendered with renderToString: component → renders, live elements/attributes found (must be 0)\n` +
      [...byComponent.entries()].map(([what, [count, bad]]) => `${what.padEnd(34)}  ${count}  ${bad}`).join("\n"),
  );
});
