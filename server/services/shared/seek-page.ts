// Deep pages by keyset (issue 20). The URL still says "page 207"; the server does not skip 5,150 rows with OFFSET
// (PostgreSQL sorts and passes over all of them, full rows with their joins) but seeks: it keeps the sort keys of the
// last row of each page it has read (the page boundaries, per list query, until a committed change:
// notesUntilChange) and reads a page as the rows after the boundary before it, `WHERE (key, id) > (…)` in the
// list's order (server/lists/keyset.ts). A page with no known boundary before it finds one first from the nearest
// known one, reading only the sort keys (no relations, one narrow row back), or, for orders no index gives, is read
// with OFFSET from the nearest known boundary and gives the boundaries on both sides of it. The rows are exactly OFFSET's
// (server/services/agreement/keyset.test.ts compares them for every order, with ties and nulls, after changes).

import type { Db } from "../../db/prisma";
import type { OrderField } from "../../lists/define";
import { keyOf, keySelect, keysetAfter, keysetKeys } from "../../lists/keyset";
import { notesUntilChange } from "./until-change";

export interface SeekPageOptions<R, W> {
  db: Db;
  /** The list and its query without the page (e.g. the procedure's path and the input without `page`). */
  key: string;
  fields: readonly OrderField[];
  where: W;
  page: number;
  pageSize: number;
  /** The page's rows: the list's select, the order of `fields`, `where`, `skip` and `take`. */
  readRows: (args: { where: W; skip: number; take: number }) => Promise<R[]>;
  /**
   * How a page whose boundary is not known is read: true, by first finding the boundary from the sort keys alone
   * (cheap where an index gives the order); false, with OFFSET, one row before the page included (where the seek's
   * condition would cost more than the rows passed over: a sort by a partner's name, by a column without an index).
   */
  keysFirst: boolean;
  /** The same read with only `select` (the order's fields): for finding a boundary. */
  readKeys: (args: { where: W; select: Record<string, unknown>; skip: number; take: number }) => Promise<R[]>;
}

export interface SoughtPage<R, W> {
  items: R[];
  /** How many rows come before the page (the OFFSET it stands for). */
  skip: number;
  /**
   * The rows from the page's first on (`where` and the boundary before it), for counting what follows; null when the
   * page was read with OFFSET or lies beyond the end.
   */
  fromPage: W | null;
}

/** The rows of `page`, sought from the nearest page boundary known (OFFSET while nothing may be kept). */
export async function seekPage<R, W>(options: SeekPageOptions<R, W>): Promise<SoughtPage<R, W>> {
  const { fields, where, page, pageSize } = options;
  const skip = (page - 1) * pageSize;
  const boundaries = notesUntilChange(options.db, `pages ${options.key}`, () => new Map<number, R>());
  if (!boundaries) return { items: await options.readRows({ where, skip, take: pageSize }), skip, fromPage: null };
  const keys = keysetKeys<R, W>(fields);
  const after = (row: R) => ({ AND: [where, keysetAfter(keys, row)] }) as W;
  let from = 0;
  for (let known = page - 1; known > 0; known--) {
    if (boundaries.has(known)) {
      from = known;
      break;
    }
  }
  let start = from > 0 ? after(boundaries.get(from) as R) : where;
  const rest = (page - 1 - from) * pageSize;
  if (rest > 0 && !options.keysFirst) {
    // The row before the page is the boundary before it; the page's last, the boundary after it.
    const rows = await options.readRows({ where: start, skip: rest - 1, take: pageSize + 1 });
    const [before, ...items] = rows;
    if (before === undefined) return { items: [], skip, fromPage: null };
    boundaries.set(page - 1, keyOf(fields, before));
    const last = items.at(-1);
    if (items.length === pageSize && last !== undefined) boundaries.set(page, keyOf(fields, last));
    return { items, skip, fromPage: after(before) };
  }
  if (rest > 0) {
    // The boundary right before the page: only the sort keys of one row, after the nearest boundary known.
    const [boundary] = await options.readKeys({ where: start, select: keySelect(fields), skip: rest - 1, take: 1 });
    if (boundary === undefined) return { items: [], skip, fromPage: null };
    boundaries.set(page - 1, keyOf(fields, boundary));
    start = after(boundary);
  }
  const items = await options.readRows({ where: start, skip: 0, take: pageSize });
  const last = items.at(-1);
  if (items.length === pageSize && last !== undefined) boundaries.set(page, keyOf(fields, last));
  return { items, skip, fromPage: start };
}
