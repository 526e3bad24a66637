// Who is notified when a commitment or milestone becomes overdue, and at which address. Owners are Person records:
// a milestone's owner is its working group's lead on the Cologne side; a commitment's owner is the Cologne-side
// person it references (ownerPersonId). The unit text beside it (ownerCologne) is never read as a person: a name
// there was turned into the reference by the migration commitment_owner_person where it matched exactly one
// Cologne-side person, and otherwise stays a text. Nothing is guessed: no person, an erased one, or one without an
// e-mail address gives a reason instead of an address, which the admin page lists.
import type { Db } from "../../db/prisma";
import type { AgendaEntry } from "../agenda/compute";

/** NO_OWNER: nobody named; UNIT_ONLY: only a unit (a text), no person; ERASED: the person was erased (GDPR). */
export type NoAddressReason = "NO_OWNER" | "UNIT_ONLY" | "ERASED" | "NO_EMAIL";

export type OwnerAddress =
  | { ok: true; personId: number; name: string; email: string }
  | { ok: false; owner: string | null; reason: NoAddressReason };

type OwnerPerson = { id: number; name: string; email: string | null; erasedAt: Date | null } | null;

/** A person's address, or why there is none (`unit`: the text named instead of a person, if any). */
function addressOf(person: OwnerPerson, unit: string | null = null): OwnerAddress {
  if (!person)
    return unit ? { ok: false, owner: unit, reason: "UNIT_ONLY" } : { ok: false, owner: null, reason: "NO_OWNER" };
  // An erased person's name is the erasure marker: it is not repeated.
  if (person.erasedAt) return { ok: false, owner: null, reason: "ERASED" };
  return person.email
    ? { ok: true, personId: person.id, name: person.name, email: person.email.toLowerCase() }
    : { ok: false, owner: person.name, reason: "NO_EMAIL" };
}

const personSelect = { select: { id: true, name: true, email: true, erasedAt: true } } as const;

/** The owner's address of each overdue commitment or milestone among `entries`, by the entry's key. */
export async function ownerAddresses(
  db: Db,
  entries: readonly Pick<AgendaEntry, "kind" | "key">[],
): Promise<Map<string, OwnerAddress>> {
  const result = new Map<string, OwnerAddress>();
  const milestoneIds = entries.filter((e) => e.kind === "MILESTONE").map((e) => Number(e.key.split("-")[1]));
  const commitmentIds = entries.filter((e) => e.kind === "COMMITMENT").map((e) => Number(e.key.split("-")[1]));
  const [milestones, commitments] = await Promise.all([
    milestoneIds.length
      ? db.milestone.findMany({
          where: { id: { in: milestoneIds } },
          select: { id: true, workingGroup: { select: { leadCologne: personSelect } } },
        })
      : [],
    commitmentIds.length
      ? db.commitment.findMany({
          where: { id: { in: commitmentIds } },
          select: { id: true, ownerCologne: true, ownerPerson: personSelect },
        })
      : [],
  ]);
  for (const milestone of milestones) {
    result.set(`milestone-${milestone.id}`, addressOf(milestone.workingGroup.leadCologne));
  }
  for (const commitment of commitments) {
    result.set(
      `commitment-${commitment.id}`,
      addressOf(commitment.ownerPerson, commitment.ownerCologne?.trim() || null),
    );
  }
  return result;
}
