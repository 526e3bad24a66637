// Saved views of the lists: each signed-in user's own, and those shared with everyone. The owner renames, shares
// and deletes a view; an admin may delete a shared one (someone else's private view stays invisible to everyone
// else, admins included). Every change is audited (SAVED_VIEW). The stored query is checked with the list's own
// definition when saved and when shown (server/lists/saved-views.ts).
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import { hasRole } from "../../auth/roles";
import type { Db, Tx } from "../../db/prisma";
import { DomainError, invalidField, notFound } from "../../domain/errors";
import { ParameterError } from "../../lists/define";
import {
  normaliseViewQuery,
  type SavedViewList,
  viewHref,
  viewQueryProblem,
  type ZSavedViewCreateInput,
  type ZSavedViewDeleteInput,
  type ZSavedViewListInput,
  type ZSavedViewUpdateInput,
} from "../../lists/saved-views";
import { recordChange } from "../audit/record";
import { lockVersion } from "../shared/versioning";

const SELECT = {
  id: true,
  list: true,
  name: true,
  query: true,
  shared: true,
  ownerId: true,
  version: true,
  owner: { select: { name: true } },
} as const;

type ViewRow = { id: number; list: string; name: string; query: string; shared: boolean; ownerId: string };

function snapshot(view: ViewRow) {
  return { list: view.list, name: view.name, query: view.query, shared: view.shared, ownerId: view.ownerId };
}

/** The views of a list the actor sees (own first, then shared ones by others, by name), each with its address. */
export async function listSavedViews(db: Db, actor: Actor, input: z.output<typeof ZSavedViewListInput>) {
  const rows = await db.savedView.findMany({
    where: { list: input.list, OR: [{ ownerId: actor.id }, { shared: true }] },
    select: SELECT,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const admin = hasRole(actor.role, "ADMIN");
  return rows
    .map((row) => {
      const mine = row.ownerId === actor.id;
      return {
        id: row.id,
        version: row.version,
        name: row.name,
        shared: row.shared,
        ownerName: row.owner.name,
        mine,
        canEdit: mine,
        canDelete: mine || (admin && row.shared),
        href: viewHref(input.list, row.query),
        /** Set when the stored filter no longer parses: the list says so instead of opening it. */
        problem: viewQueryProblem(row.list, row.query),
      };
    })
    .sort((a, b) => Number(b.mine) - Number(a.mine));
}

async function checkNameFree(tx: Tx, ownerId: string, list: string, name: string, selfId?: number) {
  const taken = await tx.savedView.findFirst({
    where: { ownerId, list, name, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true },
  });
  if (taken) throw invalidField("name", "savedViewNameTaken");
}

export async function createSavedView(db: Db, actor: Actor, input: z.output<typeof ZSavedViewCreateInput>) {
  let query: string;
  try {
    query = normaliseViewQuery(input.list, input.query);
  } catch (error) {
    if (error instanceof ParameterError) {
      throw invalidField("query", "savedViewQuery", { parameter: error.parameter });
    }
    throw error;
  }
  return db.$transaction(async (tx) => {
    await checkNameFree(tx, actor.id, input.list, input.name);
    const created = await tx.savedView.create({
      data: { list: input.list, name: input.name, query, shared: input.shared, ownerId: actor.id },
      select: { id: true, version: true, list: true, name: true, query: true, shared: true, ownerId: true },
    });
    await recordChange(tx, actor, {
      action: "CREATE",
      entityType: "SAVED_VIEW",
      entityId: created.id,
      entityLabel: created.name,
      after: snapshot(created),
    });
    return { id: created.id, version: created.version, href: viewHref(input.list as SavedViewList, query) };
  });
}

/** A view the actor may see, or NOT_FOUND (someone else's private view does not exist for them). */
async function visibleView(tx: Tx, actor: Actor, id: number) {
  const view = await tx.savedView.findUnique({ where: { id }, select: SELECT });
  if (!view || (!view.shared && view.ownerId !== actor.id)) throw notFound("Saved view", id);
  return view;
}

export async function updateSavedView(db: Db, actor: Actor, input: z.output<typeof ZSavedViewUpdateInput>) {
  return db.$transaction(async (tx) => {
    const view = await visibleView(tx, actor, input.id);
    if (view.ownerId !== actor.id) {
      throw new DomainError("FORBIDDEN", "Only the owner of a saved view may rename or share it.");
    }
    await lockVersion(tx, "SAVED_VIEW", input.id, input.version);
    await checkNameFree(tx, actor.id, view.list, input.name, view.id);
    const saved = await tx.savedView.update({
      where: { id: input.id },
      data: { name: input.name, shared: input.shared, version: { increment: 1 } },
      select: { id: true, version: true, list: true, name: true, query: true, shared: true, ownerId: true },
    });
    await recordChange(tx, actor, {
      action: "UPDATE",
      entityType: "SAVED_VIEW",
      entityId: saved.id,
      entityLabel: saved.name,
      before: snapshot(view),
      after: snapshot(saved),
    });
    return { id: saved.id, version: saved.version };
  });
}

export async function deleteSavedView(db: Db, actor: Actor, input: z.output<typeof ZSavedViewDeleteInput>) {
  return db.$transaction(async (tx) => {
    const view = await visibleView(tx, actor, input.id);
    const mayDelete = view.ownerId === actor.id || (view.shared && hasRole(actor.role, "ADMIN"));
    if (!mayDelete) {
      throw new DomainError(
        "FORBIDDEN",
        "Only the owner of a saved view, or an admin for a shared one, may delete it.",
      );
    }
    await lockVersion(tx, "SAVED_VIEW", input.id);
    await tx.savedView.delete({ where: { id: input.id } });
    await recordChange(tx, actor, {
      action: "DELETE",
      entityType: "SAVED_VIEW",
      entityId: view.id,
      entityLabel: view.name,
      before: snapshot(view),
    });
    return { deleted: true };
  });
}
