// Text search as users mean it: the typed text anywhere in the field, any case. `%` and `_` are LIKE wildcards in
// PostgreSQL and Prisma's `contains` passes them through, so a search for "%" would match everything; they (and
// the escape character itself) are escaped here, once for every list.
export function textContains(text: string) {
  return { contains: text.replace(/[\\%_]/g, (char) => `\\${char}`), mode: "insensitive" as const };
}

/** The rows where any of `fields` contains `text` (see textContains), or no condition when there is no search. */
export function searchIn<F extends string>(text: string | undefined, fields: readonly F[]) {
  if (!text) return undefined;
  const contains = textContains(text);
  return { OR: fields.map((field) => ({ [field]: contains }) as Record<F, typeof contains>) };
}

/** The conditions that are given (false, null or undefined for a filter not set), all of them. */
export function allOf<W>(conditions: readonly (W | false | 0 | "" | null | undefined)[]): { AND: W[] } {
  return { AND: conditions.filter((condition): condition is W => Boolean(condition)) };
}
