"use client";
// List screens keep their filters, sort and page in the URL, so a link can be shared.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { startTransition, useCallback, useOptimistic } from "react";

export function useUrlState() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const update = useCallback(
    (changes: Record<string, string | string[] | null | undefined>, options: { resetPage?: boolean } = {}) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        next.delete(key);
        if (Array.isArray(value)) for (const item of value) next.append(key, item);
        else if (value != null && value !== "") next.set(key, value);
      }
      if (options.resetPage ?? true) next.delete("page");
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router, searchParams],
  );

  return { searchParams, update, reset: () => router.replace(pathname, { scroll: false }) };
}

/**
 * The values of the URL parameter `name` for a control bound to it, and a setter that applies one (or none). What was
 * chosen shows at once, while the list's new URL loads, rather than the control springing back until it has.
 */
export function useUrlParam(name: string): [values: readonly string[], set: (value: string | null) => void] {
  const { searchParams, update } = useUrlState();
  const [values, setShown] = useOptimistic<readonly string[]>(searchParams.getAll(name));
  const set = (value: string | null) =>
    startTransition(() => {
      setShown(value ? [value] : []);
      update({ [name]: value });
    });
  return [values, set];
}

/** A four-digit year the URL holds under `name` (a typed filter field shows it), or undefined. */
export function yearIn(searchParams: URLSearchParams, name: string): number | undefined {
  const text = searchParams.get(name);
  return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
}
