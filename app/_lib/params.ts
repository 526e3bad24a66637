import type { PageSearchParams } from "@/server/lists/define";

/** A route's [id] segment as a positive integer, or null (the page then answers 404). */
export function parseId(text: string): number | null {
  return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/** A search parameter naming a record (e.g. ?agreementId=7 on a create page), or undefined when absent or not an id. */
export async function idParam(searchParams: Promise<PageSearchParams>, name: string): Promise<number | undefined> {
  const text = (await searchParams)[name];
  return typeof text === "string" ? (parseId(text) ?? undefined) : undefined;
}
