// The working-group list's milestone filters select the groups behind the dashboard's "due" and "overdue" figures.
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../../db/prisma";
import { callerFor } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { addDays, today } from "../shared/dates";

let db: Db;
let api: ReturnType<typeof callerFor>;
beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  api = callerFor(db);
});

it("lists the groups with overdue or soon-due pending milestones, and no others", async () => {
  const agreement = await db.agreement.findFirstOrThrow({ select: { id: true } });
  const day = (offset: number) => addDays(today(), offset).toISOString().slice(0, 10);
  const group = async (name: string, milestones: { dueOn: string; status: "OPEN" | "DONE" }[]) => {
    const { id } = await api.workingGroup.create({ name, status: "ACTIVE", agreementId: agreement.id });
    for (const [index, m] of milestones.entries()) {
      await api.workingGroup.addMilestone({ workingGroupId: id, title: `M${index}`, ...m });
    }
    return id;
  };
  const overdue = await group("Überfällig", [{ dueOn: day(-3), status: "OPEN" }]);
  const dueSoon = await group("Bald fällig", [{ dueOn: day(10), status: "OPEN" }]);
  await group("Erledigt", [{ dueOn: day(-3), status: "DONE" }]);
  await group("Später", [{ dueOn: day(90), status: "OPEN" }]);

  const ids = async (milestones: "overdue" | "dueSoon") =>
    (await api.workingGroup.list({ milestones, pageSize: 200 })).items.map((g) => g.id);
  expect(await ids("overdue")).toEqual([overdue]);
  expect(await ids("dueSoon")).toEqual([dueSoon]);

  const dashboard = await api.statistics.dashboard();
  expect(dashboard.keyFigures.milestonesOverdue).toBe(1);
  expect(dashboard.keyFigures.milestonesDueSoon).toBe(1);
});
