// Optimistic concurrency for every editable record: an update names the version the editor started from and
// succeeds only if the row still has it; the version then goes up by one.
import { DomainError, notFound } from "../../domain/errors";

export interface VersionedInput {
  id: number;
  version: number;
}

/**
 * Runs `update` (an updateMany filtered by id and version that increments the version). If it changed nothing,
 * tells apart a record that is gone (NOT_FOUND) from one somebody else saved first (CONFLICT).
 */
export async function updateVersioned(
  entity: string,
  input: VersionedInput,
  update: (where: VersionedInput) => Promise<{ count: number }>,
  readVersion: () => Promise<{ version: number } | null>,
): Promise<VersionedInput> {
  const { count } = await update({ id: input.id, version: input.version });
  if (count === 0) {
    const current = await readVersion();
    if (!current) throw notFound(entity, input.id);
    throw new DomainError(
      "CONFLICT",
      `${entity} ${input.id} was changed by someone else (now version ${current.version}, you edited version ${input.version}). Reload it and apply your change again.`,
    );
  }
  return { id: input.id, version: input.version + 1 };
}
