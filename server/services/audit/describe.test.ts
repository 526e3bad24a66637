// The audit trail in words: real changes through the router, read back through audit.history and described as the
// audit page and the histories show them, in German and English. Each expectation fails with the raw trail
// ("Partner: 29", "signedOn: 2021-06-01", areas as JSON, unchanged fields listed, a long text only whole).
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { messagesFor } from "../../i18n/messages";
import { callerFor } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { describeChanges } from "./describe";
import { wordDiff } from "./word-diff";

let db: Db;
let editor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  editor = callerFor(db);
});

const de = messagesFor("de");
const en = messagesFor("en");

async function views(agreementId: number, locale: "de" | "en") {
  const [latest] = await editor.audit.history({ entityType: "AGREEMENT", entityId: agreementId });
  if (!latest) throw new Error("no event");
  return Object.fromEntries(
    describeChanges(locale === "de" ? de : en, locale, latest).map((view) => [view.label, view]),
  );
}

describe("the audit trail in words", () => {
  it("names partners, areas and statuses, shows dates at their precision and leaves out what did not change", async () => {
    const [chongqing, beijing] = await Promise.all([
      db.partner.findFirstOrThrow({ where: { nameDe: "Chongqing" }, select: { id: true } }),
      db.partner.findFirstOrThrow({ where: { nameDe: "Peking" }, select: { id: true } }),
    ]);
    const base = {
      type: "FRIENDSHIP",
      title: "Lesbarkeitsprobe",
      partnerId: chongqing.id,
      signedOn: "2021-06",
      notes: "Erste Fassung der Notiz.",
      areas: [{ code: "CULTURE", status: "PLANNED" }],
    } satisfies Omit<Parameters<typeof editor.agreement.update>[0], "id" | "version">;
    const { id } = await editor.agreement.create({ ...base, status: "SIGNED" });

    const created = await views(id, "de");
    expect(created.Partner).toMatchObject({ shown: "after", after: "Chongqing" });
    expect(created.Unterzeichnet ?? created["Unterzeichnet am"]).toMatchObject({ after: "Juni 2021" });
    expect(Object.values(created).map((view) => view.after)).toContain("Kultur (Geplant)");
    // No "Genauigkeit" of its own, no empty fields of a new record.
    expect(Object.keys(created).some((label) => label.includes("Genauigkeit"))).toBe(false);
    expect(Object.values(created).some((view) => view.after === de.admin.empty)).toBe(false);

    const longBefore =
      "Die Stadt Köln und die Partnerstadt vereinbaren einen jährlichen Austausch von Schulklassen, " +
      "Künstlerinnen und Künstlern sowie Fachleuten der Verwaltung.";
    const longAfter =
      "Die Stadt Köln und die Partnerstadt vereinbaren einen zweijährlichen Austausch von Schulklassen, " +
      "Künstlerinnen und Künstlern sowie Fachleuten der Stadtverwaltung.";
    await editor.agreement.update({ ...base, id, version: 1, notes: longBefore });
    await editor.agreement.update({
      ...base,
      id,
      version: 2,
      partnerId: beijing.id,
      signedOn: "2021-06-15",
      notes: longAfter,
      // The same area in the same status: not a change.
      areas: [{ code: "CULTURE", status: "PLANNED" }],
    });
    const changed = await views(id, "de");
    expect(Object.keys(changed).sort()).toEqual(["Notizen", "Partner", expect.stringMatching(/^Unterzeichnet/)].sort());
    expect(changed.Partner).toMatchObject({ shown: "both", before: "Chongqing", after: "Peking" });
    const signed = Object.values(changed).find((view) => view.field === "signedOn");
    expect(signed).toMatchObject({ before: "Juni 2021", after: "15. Juni 2021" });
    const diff = changed.Notizen?.diff ?? [];
    expect(diff.filter((part) => part.kind === "deleted").map((part) => part.text.trim())).toEqual([
      "jährlichen",
      "Verwaltung.",
    ]);
    expect(diff.filter((part) => part.kind === "inserted").map((part) => part.text.trim())).toEqual([
      "zweijährlichen",
      "Stadtverwaltung.",
    ]);

    // The date and its precision change: one entry, each side at its own precision.
    await editor.agreement.update({
      ...base,
      id,
      version: 3,
      partnerId: beijing.id,
      signedOn: "2021-07",
      notes: longAfter,
    });
    const english = Object.values(await views(id, "en"));
    expect(english.map((view) => view.field)).toEqual(["signedOn"]);
    expect(english[0]).toMatchObject({ label: en.agreement.signedOn, before: "15 June 2021", after: "July 2021" });

    // Only the date changes, its precision stays (kept with the change): still shown as a month. And the English
    // reader gets English labels and area names.
    await editor.agreement.update({
      ...base,
      id,
      version: 4,
      partnerId: beijing.id,
      signedOn: "2021-08",
      notes: longAfter,
      areas: [{ code: "ECONOMY", status: "ACTIVE" }],
    });
    const monthOnly = Object.values(await views(id, "en")).find((view) => view.field === "signedOn");
    expect(monthOnly).toMatchObject({ before: "July 2021", after: "August 2021" });
    const areas = Object.values(await views(id, "en")).find((view) => view.field === "areas");
    expect(areas).toMatchObject({ before: "Culture (Planned)", after: "Economy (Active)" });
    expect(areas?.label).toBe(en.agreement.areas);
  });

  it("shows a status change's reason and statuses in words", async () => {
    const partner = await db.partner.findFirstOrThrow({ select: { id: true } });
    const agreement = await editor.agreement.create({
      type: "CONTACT",
      title: "Statusprobe",
      partnerId: partner.id,
      status: "SIGNED",
    });
    await editor.agreement.transition({ id: agreement.id, to: "ACTIVE", reason: "Begonnen" });
    const moved = await views(agreement.id, "de");
    const status = Object.values(moved).find((view) => view.field === "status");
    expect(status).toMatchObject({ before: "Unterzeichnet", after: "Aktiv" });
  });
});

describe("wordDiff", () => {
  it("marks only the words that changed, and keeps every word of both texts", () => {
    const parts = wordDiff("eins zwei drei vier", "eins zwo drei vier fünf");
    expect(parts).toEqual([
      { kind: "same", text: "eins " },
      { kind: "deleted", text: "zwei " },
      { kind: "inserted", text: "zwo " },
      { kind: "same", text: "drei vier " },
      { kind: "inserted", text: "fünf" },
    ]);
    const text = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join("");
    expect(text(["same", "deleted"]).replace(/\s+/g, " ").trim()).toBe("eins zwei drei vier");
    expect(text(["same", "inserted"]).replace(/\s+/g, " ").trim()).toBe("eins zwo drei vier fünf");
  });

  it("treats a text too long to compare as replaced whole", () => {
    const long = "Wort ".repeat(3000);
    expect(wordDiff(long, `${long}neu`).map((part) => part.kind)).toEqual(["deleted", "inserted"]);
  });
});
