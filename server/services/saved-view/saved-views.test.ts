// Saved views through the real router: private views only for their owner, shared ones for everyone; the owner
// renames and deletes, an admin removes a shared one; every change audited; a stored filter is checked with the
// list's own definition when saved and when shown.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { activityList } from "../../lists/activities";
import { shownColumns } from "../../lists/columns";
import { callerFor, TEST_ACTORS, trpcError } from "../../test/caller";
import { createTestDatabase } from "../../test/database";

let db: Db;
const as = (role: keyof typeof TEST_ACTORS) => callerFor(db, TEST_ACTORS[role]);

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  for (const actor of Object.values(TEST_ACTORS)) {
    await db.user.create({ data: { id: actor.id, name: actor.name, email: actor.email, role: actor.role } });
  }
});

const events = (id: number) =>
  db.auditEvent.findMany({
    where: { entityType: "SAVED_VIEW", entityId: String(id) },
    orderBy: { id: "asc" },
    select: { action: true, actorName: true, changes: true },
  });

describe("saved views", () => {
  it("keeps a private view to its owner and shows a shared one to everyone, with its address", async () => {
    const mine = await as("EDITOR").savedView.create({
      list: "agreements",
      name: "Aktive in Asien",
      query: "?status=ACTIVE&continent=ASIA&sort=title&page=3",
    });
    // The page is not part of a view; the filter and sort are written as the list writes them.
    expect(mine.href).toBe("/agreements?status=ACTIVE&continent=ASIA&sort=title");
    const shared = await as("EDITOR").savedView.create({
      list: "agreements",
      name: "Ruhende",
      query: "status=DORMANT",
      shared: true,
    });
    const editorViews = await as("EDITOR").savedView.list({ list: "agreements" });
    expect(editorViews.map((view) => view.name).sort()).toEqual(["Aktive in Asien", "Ruhende"]);
    const viewerViews = await as("VIEWER").savedView.list({ list: "agreements" });
    expect(viewerViews).toEqual([
      expect.objectContaining({
        id: shared.id,
        name: "Ruhende",
        mine: false,
        canEdit: false,
        canDelete: false,
        ownerName: TEST_ACTORS.EDITOR.name,
        href: "/agreements?status=DORMANT",
        problem: null,
      }),
    ]);
    // Another list's views are not this list's.
    expect(await as("EDITOR").savedView.list({ list: "partners" })).toEqual([]);
    // Someone else's private view does not exist for them, not even for an admin.
    expect((await trpcError(() => as("ADMIN").savedView.remove({ id: mine.id }))).code).toBe("NOT_FOUND");
    expect(
      (await trpcError(() => as("VIEWER").savedView.update({ id: mine.id, version: 1, name: "x", shared: true }))).code,
    ).toBe("NOT_FOUND");
    expect(await events(mine.id)).toEqual([
      expect.objectContaining({ action: "CREATE", actorName: TEST_ACTORS.EDITOR.name }),
    ]);
  });

  it("lets the owner rename and share, with version checks; others are refused; each change audited", async () => {
    const view = await as("VIEWER").savedView.create({ list: "partners", name: "Meine Partner", query: "kind=CITY" });
    const renamed = await as("VIEWER").savedView.update({
      id: view.id,
      version: view.version,
      name: "Städte",
      shared: true,
    });
    expect(renamed.version).toBe(view.version + 1);
    // A second save from the old version is a conflict.
    expect(
      (
        await trpcError(() =>
          as("VIEWER").savedView.update({ id: view.id, version: view.version, name: "Alt", shared: false }),
        )
      ).code,
    ).toBe("CONFLICT");
    // Shared now, but only the owner renames it.
    expect(
      (
        await trpcError(() =>
          as("EDITOR").savedView.update({ id: view.id, version: renamed.version, name: "Fremd", shared: true }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await trpcError(() => as("EDITOR").savedView.remove({ id: view.id }))).code).toBe("FORBIDDEN");
    const history = await events(view.id);
    expect(history.map((event) => event.action)).toEqual(["CREATE", "UPDATE"]);
    expect(history[1]?.changes).toEqual({
      name: { before: "Meine Partner", after: "Städte" },
      shared: { before: false, after: true },
    });
    // A second view of the same name for the same list is refused.
    const twice = await trpcError(() => as("VIEWER").savedView.create({ list: "partners", name: "Städte", query: "" }));
    expect(twice.code).toBe("BAD_REQUEST");
    await as("VIEWER").savedView.remove({ id: view.id });
    expect((await events(view.id)).map((event) => event.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
  });

  it("lets an admin remove a shared view of someone else, audited as the admin", async () => {
    const view = await as("EDITOR").savedView.create({ list: "agreements", name: "Für alle", query: "", shared: true });
    const before = await db.auditEvent.count();
    expect(await as("ADMIN").savedView.remove({ id: view.id })).toEqual({ deleted: true });
    expect(await db.savedView.count({ where: { id: view.id } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(before + 1);
    expect((await events(view.id)).at(-1)).toMatchObject({ action: "DELETE", actorName: TEST_ACTORS.ADMIN.name });
  });

  it("refuses a filter the list cannot read when saving, and flags a stored one that no longer parses", async () => {
    const before = await db.savedView.count();
    const error = await trpcError(() =>
      as("EDITOR").savedView.create({ list: "agreements", name: "Kaputt", query: "status=WHATEVER" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("status");
    expect(await db.savedView.count()).toBe(before);

    // A view stored when the filter was still valid (or written by an older version): shown with its problem.
    await db.savedView.create({
      data: {
        list: "agreements",
        name: "Veraltet",
        query: "status=RETIRED&sort=title",
        ownerId: TEST_ACTORS.EDITOR.id,
      },
    });
    const views = await as("EDITOR").savedView.list({ list: "agreements" });
    const stale = views.find((view) => view.name === "Veraltet");
    expect(stale?.problem).toEqual({ parameter: "status", message: expect.stringContaining("RETIRED") });
    expect(views.find((view) => view.name === "Aktive in Asien")?.problem).toBeNull();
  });

  it("stores the shown columns with the filter and sort, in the list's order, and restores them from its address", async () => {
    const view = await as("EDITOR").savedView.create({
      list: "activities",
      name: "Nur Titel und Typ",
      query: "cols=type&cols=title&type=MEETING&sort=title",
    });
    expect(view.href).toBe("/activities?type=MEETING&sort=title&cols=title&cols=type");
    const listed = (await as("EDITOR").savedView.list({ list: "activities" })).find((row) => row.id === view.id);
    expect(listed?.href).toBe(view.href);
    expect(listed?.problem).toBeNull();
    const params = new URL(view.href, "http://localhost").searchParams;
    if (!activityList.columns) throw new Error("the activity list has no columns");
    expect([...shownColumns(activityList.columns, params)]).toEqual(["title", "type"]);
    // The name cannot be hidden: a view naming only other columns shows it as well.
    const people = await as("EDITOR").savedView.create({
      list: "people",
      name: "Organisationen",
      query: "cols=organisation",
    });
    expect(people.href).toBe("/people?cols=name&cols=organisation");
    // Every column named is the same as none: no parameter.
    const all = await as("EDITOR").savedView.create({
      list: "people",
      name: "Alle Spalten",
      query: "cols=name&cols=role&cols=organisation&cols=partner",
    });
    expect(all.href).toBe("/people");
    const audit = await events(view.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.changes).toMatchObject({ query: { after: "type=MEETING&sort=title&cols=title&cols=type" } });
  });

  it("refuses a column the list does not have, naming it; the export ignores the columns", async () => {
    const before = await db.savedView.count();
    for (const query of ["cols=title&cols=budget", "cols=title%2Ctype"]) {
      const error = await trpcError(() => as("EDITOR").savedView.create({ list: "activities", name: "Falsch", query }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toContain("cols");
    }
    expect(await db.savedView.count()).toBe(before);
    // The export's strict reading accepts the parameter and reads the same list query as without it.
    const withColumns = activityList.strictFromSearchParams(new URLSearchParams("type=MEETING&cols=title"));
    expect(withColumns).toEqual(activityList.strictFromSearchParams(new URLSearchParams("type=MEETING")));
  });
});
