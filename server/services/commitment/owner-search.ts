// Whom a commitment's owner picker offers: people of the Cologne side (no partner city) who are not erased — an
// erased person's name is only the erasure marker, and no notice may reach them — whose name or organisation
// contains the typed text, the first `limit` by name.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { TCommitmentOwnerSearchInput } from "../../schemas/commitment";
import { allOf, searchIn } from "../shared/search";

export function searchCommitmentOwners(db: Db, input: TCommitmentOwnerSearchInput) {
  return db.person.findMany({
    where: allOf<Prisma.PersonWhereInput>([
      { partnerId: null, erasedAt: null },
      searchIn(input.q, ["name", "organisation"]),
    ]),
    select: { id: true, name: true, organisation: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit,
  });
}
