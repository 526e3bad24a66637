// The client's address, the one rule for every use (sign-in limits, the audit trail of sign-ins and of changes,
// the loopback check of trusted origins). Next.js puts the connecting address into X-Forwarded-For only when the
// request has none; a reverse proxy appends the address it saw. So the right-most entry is always what the nearest
// hop saw; entries left of it are claims, believed only while the hop that added them is in TRUSTED_PROXIES.

import { BlockList, isIP } from "node:net";
import type { HeaderReader } from "./cookies";

const lists = new Map<string, BlockList>();

function trustedList(trustedProxies: readonly string[]): BlockList {
  const id = trustedProxies.join(",");
  let list = lists.get(id);
  if (!list) {
    list = new BlockList();
    for (const entry of trustedProxies) {
      const [address = "", prefix] = entry.split("/");
      const normalised = normaliseAddress(address);
      if (!normalised) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
      const type = isIP(normalised) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(normalised, type);
      else list.addSubnet(normalised, Number.parseInt(prefix, 10), type);
    }
    lists.set(id, list);
  }
  return list;
}

/** "::ffff:192.0.2.1" → "192.0.2.1", "[2001:db8::1]" → "2001:db8::1", "192.0.2.1:5678" → "192.0.2.1"; else null. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim();
  if (value.startsWith("[")) value = value.slice(1, value.indexOf("]") > 0 ? value.indexOf("]") : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const lower = value.toLowerCase();
  if (lower.startsWith("::ffff:") && isIP(lower.slice(7)) === 4) value = lower.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

function isTrusted(address: string, list: BlockList): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: X-Forwarded-For read from the right, skipping the reverse proxies in `trustedProxies`.
 * Null when there is no usable entry (a request that did not pass through the web server).
 */
export function clientAddress(headers: HeaderReader, trustedProxies: readonly string[]): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").filter((entry) => entry.trim());
  const list = trustedList(trustedProxies);
  for (let index = entries.length - 1; index >= 0; index--) {
    const address = normaliseAddress(entries[index] as string);
    if (!address) return null;
    if (index > 0 && isTrusted(address, list)) continue;
    return address;
  }
  return null;
}

export function isLoopback(address: string | null): boolean {
  return address !== null && (address === "::1" || /^127\./.test(address));
}
