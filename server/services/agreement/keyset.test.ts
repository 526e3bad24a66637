// Deep pages by keyset (issue 20): the agreement list's pages, sought from kept page boundaries, hold exactly the rows
// OFFSET gives, for every sort order in both directions, with ties (equal titles, one partner, equal statuses) and
// nulls (no signing date, no end), read in every order (forwards, a deep page first, backwards, jumps), and again
// after changes (new agreements, status changes) that the change feed reports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachChangeFeed, type ChangeFeed } from "../../db/change-feed";
import type { Db } from "../../db/prisma";
import {
  AGREEMENT_SORT_KEYS,
  agreementList,
  type TAgreementListInput,
  ZAgreementListInput,
} from "../../lists/agreements";
import { prismaOrderBy } from "../../lists/define";
import { ZAgreementCreateInput, ZAgreementTransitionInput } from "../../schemas/agreement";
import { TEST_ACTORS } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import { notesUntilChange } from "../shared/until-change";
import { agreementWhere, listAgreements } from "./list";
import { transitionAgreement } from "./transition";
import { createAgreement } from "./write";

let db: Db;
let feed: ChangeFeed;
const PAGE_SIZE = 7;

beforeAll(async () => {
  const created = await createTestDatabase("seeded");
  db = created.db;
  feed = attachChangeFeed(db, created.url);
});

afterAll(async () => {
  await feed.close();
});

/** The ids of `page` as OFFSET reads them: the reference. */
async function offsetPage(input: TAgreementListInput, page: number): Promise<number[]> {
  const query = ZAgreementListInput.parse({ ...input, page, pageSize: PAGE_SIZE });
  const rows = await db.agreement.findMany({
    where: agreementWhere(query),
    orderBy: prismaOrderBy(agreementList.order(query)) as never,
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

async function keysetPage(input: TAgreementListInput, page: number) {
  const answer = await listAgreements(db, ZAgreementListInput.parse({ ...input, page, pageSize: PAGE_SIZE }));
  return { ids: answer.items.map((item) => item.id), total: answer.total, capped: answer.totalCapped };
}

/** Every page of `input` in an order that uses boundaries forwards, from a deep page, backwards and by jumps. */
async function compareAllPages(input: TAgreementListInput) {
  const query = ZAgreementListInput.parse({ ...input, pageSize: PAGE_SIZE });
  const total = await db.agreement.count({ where: agreementWhere(query) });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const deep = Math.max(1, pages - 1);
  const order = [deep, pages, pages + 1, 1, 2, 3, ...Array.from({ length: pages }, (_, i) => pages - i), 2, deep, 4];
  for (const page of order) {
    const label = `${JSON.stringify(input)} page ${page} of ${pages}`;
    const ours = await keysetPage(input, page);
    expect(ours.ids, label).toEqual(await offsetPage(input, page));
    if (!ours.capped && ours.ids.length > 0) expect(ours.total, label).toBe(total);
  }
}

const FILTERS: TAgreementListInput[] = [{}, { status: ["ACTIVE", "PROPOSED", "DORMANT"] }];

async function partnerIds(): Promise<number[]> {
  return (await db.partner.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 3 })).map((p) => p.id);
}

function delivered(id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`change ${id} not delivered within 5 s`)), 5_000);
    const stop = feed.subscribe((event) => {
      if (event.kind === "change" && event.id >= id) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
  });
}

async function lastAuditId(): Promise<number> {
  return (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
}

describe("agreement list pages by keyset", () => {
  it("keeps page boundaries while the feed is up (so the pages below are sought, not skipped)", async () => {
    await feed.ready();
    // Ties and nulls: equal titles under one partner, no dates.
    const [first, second] = await partnerIds();
    const arrived = delivered((await lastAuditId()) + 9);
    for (let i = 0; i < 9; i++) {
      await createAgreement(
        db,
        TEST_ACTORS.EDITOR,
        ZAgreementCreateInput.parse({
          type: i % 2 ? "CONTACT" : "FRIENDSHIP",
          title: i < 6 ? "Gleicher Titel" : "Zweiter gleicher Titel",
          partnerId: i < 5 ? first : second,
          status: i % 3 ? "ACTIVE" : "PROPOSED",
        }),
      );
    }
    // Heard before reading: a change the feed reports drops the boundaries kept so far.
    await arrived;
    const input = { sort: "title", dir: "asc" } as const;
    await keysetPage(input, 3);
    const query = ZAgreementListInput.parse({ ...input, pageSize: PAGE_SIZE });
    const key = `agreement.list ${JSON.stringify({ ...query, page: undefined })}`;
    const boundaries = notesUntilChange(db, `pages ${key}`, () => new Map<number, unknown>());
    expect([...(boundaries?.keys() ?? [])].sort()).toEqual([2, 3]);
  });

  for (const sort of AGREEMENT_SORT_KEYS) {
    for (const dir of ["asc", "desc"] as const) {
      it(`gives OFFSET's rows sorted by ${sort} ${dir}`, async () => {
        for (const filter of FILTERS) await compareAllPages({ ...filter, sort, dir });
      });
    }
  }

  it("gives OFFSET's rows again after changes the feed reports", async () => {
    const input = { sort: "status", dir: "desc" } as const;
    const signed = { sort: "signedOn", dir: "asc" } as const;
    await compareAllPages(input);
    await compareAllPages(signed);
    const [first] = await partnerIds();
    const next = (await lastAuditId()) + 1;
    const arrived = delivered(next);
    const created = await createAgreement(
      db,
      TEST_ACTORS.EDITOR,
      ZAgreementCreateInput.parse({ type: "CONTACT", title: "Gleicher Titel", partnerId: first, status: "DORMANT" }),
    );
    await arrived;
    await compareAllPages(input);
    await compareAllPages(signed);
    const moved = delivered((await lastAuditId()) + 1);
    await transitionAgreement(
      db,
      TEST_ACTORS.EDITOR,
      ZAgreementTransitionInput.parse({ id: created.id, to: "ACTIVE", reason: "Wieder aufgenommen" }),
    );
    await moved;
    await compareAllPages(input);
    await compareAllPages({ sort: "updatedAt", dir: "desc" });
  });
});
