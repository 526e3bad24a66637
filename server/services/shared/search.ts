// Text search as users mean it: the typed text anywhere in the field, any case. `%` and `_` are LIKE wildcards in
// PostgreSQL and Prisma's `contains` passes them through, so a search for "%" would match everything; they (and
// the escape character itself) are escaped here, once for every list.
export function textContains(text: string) {
  return { contains: text.replace(/[\\%_]/g, (char) => `\\${char}`), mode: "insensitive" as const };
}
