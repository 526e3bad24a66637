/** A route's [id] segment as a positive integer, or null (the page then answers 404). */
export function parseId(text: string): number | null {
  return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}
