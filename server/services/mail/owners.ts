// Who is notified when a commitment or milestone becomes overdue, and at which address. Owners are Person records:
// a milestone's owner is its working group's lead on the Cologne side; a commitment's Cologne owner is a text (a
// person or a unit), which names a person only when exactly one Cologne-side person (no partner city, not erased)
// bears exactly that name (letter case and outer spaces aside). Nothing is guessed: no person, several, or one
// without an e-mail address gives a reason instead of an address, which the admin page lists.
import type { Db } from "../../db/prisma";
import type { AgendaEntry } from "../agenda/compute";

export type NoAddressReason = "NO_OWNER" | "NO_PERSON" | "AMBIGUOUS" | "NO_EMAIL";

export type OwnerAddress =
  | { ok: true; personId: number; name: string; email: string }
  | { ok: false; owner: string | null; reason: NoAddressReason };

const normalName = (name: string) => name.trim().toLocaleLowerCase("de");

/** The owner's address of each overdue commitment or milestone among `entries`, by the entry's key. */
export async function ownerAddresses(db: Db, entries: readonly AgendaEntry[]): Promise<Map<string, OwnerAddress>> {
  const result = new Map<string, OwnerAddress>();
  const milestoneIds = entries.filter((e) => e.kind === "MILESTONE").map((e) => Number(e.key.split("-")[1]));
  const commitmentIds = entries.filter((e) => e.kind === "COMMITMENT").map((e) => Number(e.key.split("-")[1]));
  const [milestones, commitments] = await Promise.all([
    milestoneIds.length
      ? db.milestone.findMany({
          where: { id: { in: milestoneIds } },
          select: {
            id: true,
            workingGroup: {
              select: { leadCologne: { select: { id: true, name: true, email: true, erasedAt: true } } },
            },
          },
        })
      : [],
    commitmentIds.length
      ? db.commitment.findMany({ where: { id: { in: commitmentIds } }, select: { id: true, ownerCologne: true } })
      : [],
  ]);
  for (const milestone of milestones) {
    const lead = milestone.workingGroup.leadCologne;
    result.set(
      `milestone-${milestone.id}`,
      !lead || lead.erasedAt
        ? { ok: false, owner: null, reason: "NO_OWNER" }
        : lead.email
          ? { ok: true, personId: lead.id, name: lead.name, email: lead.email.toLowerCase() }
          : { ok: false, owner: lead.name, reason: "NO_EMAIL" },
    );
  }
  const names = [...new Set(commitments.map((c) => c.ownerCologne?.trim()).filter((n): n is string => !!n))];
  const people = names.length
    ? await db.person.findMany({
        where: {
          partnerId: null,
          erasedAt: null,
          OR: names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })),
        },
        select: { id: true, name: true, email: true },
      })
    : [];
  for (const commitment of commitments) {
    const owner = commitment.ownerCologne?.trim() || null;
    const key = `commitment-${commitment.id}`;
    if (!owner) {
      result.set(key, { ok: false, owner: null, reason: "NO_OWNER" });
      continue;
    }
    const matches = people.filter((person) => normalName(person.name) === normalName(owner));
    const [person] = matches;
    result.set(
      key,
      matches.length > 1
        ? { ok: false, owner, reason: "AMBIGUOUS" }
        : !person
          ? { ok: false, owner, reason: "NO_PERSON" }
          : person.email
            ? { ok: true, personId: person.id, name: person.name, email: person.email.toLowerCase() }
            : { ok: false, owner, reason: "NO_EMAIL" },
    );
  }
  return result;
}
