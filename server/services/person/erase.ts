// GDPR Art. 17: an admin erases a person's personal data. In one transaction: the record's personal fields are
// replaced by a marker (erased, when, by whom) or emptied, the same marker replaces them in every audit event of the
// person (through the database function erase_person_from_audit, the only way the audit trail's rows may change;
// see the migration auth_limits_and_erasure), and the erasure itself is recorded. What stays (docs/OPERATIONS.md):
// that the person existed, their side (Cologne or a partner city), their links to working groups and activities,
// and that changes were made, when and by whom — not what the personal fields said.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import { invalidField } from "../../domain/errors";
import type { ZPersonEraseInput } from "../../schemas/person";
import { recordChange } from "../audit/record";
import { lockVersion } from "../shared/versioning";

/** The fields that say who a person is; all of them go. */
export const PERSONAL_FIELDS = ["name", "role", "organisation", "email", "notes", "source"] as const;

/** What replaces the personal fields, in the record's name and in the audit trail. */
export function erasureMarker(at: Date, by: string): string {
  const when = `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `[DSGVO Art. 17 / GDPR Art. 17: gelöscht / erased ${when}, ${by}]`.slice(0, 200);
}

export async function erasePerson(db: Db, actor: Actor, input: z.output<typeof ZPersonEraseInput>) {
  return db.$transaction(async (tx) => {
    const version = await lockVersion(tx, "PERSON", input.id, input.version);
    const person = await tx.person.findUniqueOrThrow({ where: { id: input.id }, select: { erasedAt: true } });
    if (person.erasedAt) throw invalidField("id", "alreadyErased");
    const at = new Date();
    const marker = erasureMarker(at, actor.name);
    await tx.person.update({
      where: { id: input.id },
      data: {
        name: marker,
        role: null,
        organisation: null,
        email: null,
        notes: null,
        source: null,
        erasedAt: at,
        erasedById: actor.id,
        erasedByName: actor.name,
        version: { increment: 1 },
      },
    });
    const [{ events } = { events: 0 }] = await tx.$queryRaw<{ events: number }[]>`
      SELECT "erase_person_from_audit"(${input.id}::int, ${marker}, ${[...PERSONAL_FIELDS]}::text[]) AS events`;
    await recordChange(tx, actor, {
      action: "ERASE",
      entityType: "PERSON",
      entityId: input.id,
      entityLabel: marker,
      changes: { erasure: { before: null, after: marker }, auditEvents: { before: events, after: events } },
    });
    return { id: input.id, version: version + 1, erasedAt: at, auditEventsErased: events };
  });
}
