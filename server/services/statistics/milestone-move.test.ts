// A milestone written while another transaction moves its working group to another agreement: the milestone trigger
// waits for the move (it reads the group's agreement with a share lock) and recounts the agreement the group now
// belongs to, so that agreement's earliest pending due date holds the new milestone. Read without the lock, the
// trigger recounted the old agreement and the move's own recount did not see the uncommitted milestone.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database";

let url: string;
const clients: pg.Client[] = [];

beforeAll(async () => {
  ({ url } = await createTestDatabase("seeded"));
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end().catch(() => {})));
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}

it("the new agreement of a group moved meanwhile counts the milestone written under it", async () => {
  const [mover, writer, reader] = [await connect(), await connect(), await connect()];
  const { rows: groups } = await reader.query<{ id: number; agreementId: number }>(
    `SELECT "id", "agreementId" FROM "WorkingGroup" ORDER BY "id" LIMIT 1`,
  );
  const group = groups[0];
  if (!group) throw new Error("the seed has no working group");
  const { rows: others } = await reader.query<{ id: number }>(
    `SELECT a."id" FROM "Agreement" a WHERE a."id" <> $1
      AND NOT EXISTS (SELECT 1 FROM "WorkingGroup" g WHERE g."agreementId" = a."id") ORDER BY a."id" LIMIT 1`,
    [group.agreementId],
  );
  const target = others[0]?.id;
  if (!target) throw new Error("the seed has no agreement without working groups");

  await mover.query("BEGIN");
  await mover.query(`UPDATE "WorkingGroup" SET "agreementId" = $1 WHERE "id" = $2`, [target, group.id]);
  await writer.query("BEGIN");
  const written = writer.query(
    `INSERT INTO "Milestone" ("workingGroupId", "title", "dueOn", "status", "updatedAt")
     VALUES ($1, 'Written during the move', DATE '2001-02-03', 'OPEN', now())`,
    [group.id],
  );
  // Let the insert's trigger reach the group's row before the move commits.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await mover.query("COMMIT");
  await written;
  await writer.query("COMMIT");

  const { rows: kept } = await reader.query<{ firstPendingDueOn: Date | null }>(
    `SELECT "firstPendingDueOn" FROM "StatisticsAgreement" WHERE "agreementId" = $1`,
    [target],
  );
  const { rows: recounted } = await reader.query<{ first: Date | null }>(
    `SELECT min(m."dueOn") AS first FROM "Milestone" m JOIN "WorkingGroup" g ON g."id" = m."workingGroupId"
      WHERE g."agreementId" = $1 AND m."status" IN ('OPEN', 'IN_PROGRESS')`,
    [target],
  );
  expect(recounted[0]?.first?.toISOString().slice(0, 10)).toBe("2001-02-03");
  expect(kept[0]?.firstPendingDueOn?.toISOString().slice(0, 10)).toBe("2001-02-03");
});
