// The one reader of a Cookie header: the session check, the export's language and the PDF printing's forwarded
// cookies all read cookies this way.

/** What the session check and the client's address read of a request's headers: a Fetch `Headers`, or less. */
export type HeaderReader = Pick<Headers, "get">;

/** name=value pairs of a Cookie header, in order, values as sent (neither unquoted nor decoded). */
export function cookiePairs(header: string | null | undefined): { name: string; value: string }[] {
  if (!header) return [];
  const pairs: { name: string; value: string }[] = [];
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    const name = eq === -1 ? "" : part.slice(0, eq).trim();
    if (name) pairs.push({ name, value: part.slice(eq + 1).trim() });
  }
  return pairs;
}

/** The value of cookie `name` as better-call reads it: the first one, unquoted, URL-decoded (as sent if it is not). */
export function cookieValue(header: string | null | undefined, name: string): string | null {
  const pair = cookiePairs(header).find((candidate) => candidate.name === name);
  if (!pair) return null;
  let value = pair.value;
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
