// Reading a list's input from its URL. The list screens (in the browser) and their server prefetch read the same
// URL the same way, so both ask for the same query; hence nothing server-only here. Values that are not valid are
// left out rather than failing the page.
import { z } from "zod";
import { ZPage, ZSearch, ZSortDirection } from "./common";

/** Anything with URLSearchParams' get and getAll (also Next's ReadonlyURLSearchParams). */
export interface SearchParamsLike {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** What Next hands a page as its `searchParams`. */
export type PageSearchParams = Record<string, string | string[] | undefined>;

export function toUrlSearchParams(record: PageSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

export function searchParamReader(params: SearchParamsLike) {
  const valid = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const one = <T>(schema: z.ZodType<T>, name: string): T | undefined => valid(schema, params.get(name) ?? undefined);
  /** Digits only, so that "1e3", "0x10" or " 5" (which Number() accepts) are left out. */
  const number = <T>(schema: z.ZodType<T>, name: string): T | undefined => {
    const text = params.get(name);
    return text && /^\d{1,9}$/.test(text) ? valid(schema, Number(text)) : undefined;
  };
  /** A repeated parameter (?status=A&status=B); undefined rather than an empty list. */
  const many = <T>(schema: z.ZodType<T>, name: string): T[] | undefined => {
    const values = params
      .getAll(name)
      .map((value) => valid(schema, value))
      .filter((value): value is T => value !== undefined);
    return values.length ? values : undefined;
  };
  /** The parameters every list has: ?q=…&sort=…&dir=…&page=…; an empty search is no search. */
  const searchSortAndPage = <K extends string>(sortKeys: readonly [K, ...K[]]) => ({
    q: one(ZSearch, "q") || undefined,
    sort: one(z.enum(sortKeys), "sort"),
    // Without their defaults: a URL without them leaves them to the server.
    dir: one(ZSortDirection.unwrap(), "dir"),
    page: number(ZPage.unwrap(), "page"),
  });
  return { one, many, number, searchSortAndPage };
}
