"use client";
// The cooperation areas as a select's options (filters, bulk changes). Its own module: the filter panels must not
// import the pickers, whose country list brings zod into the page's JavaScript.
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../_i18n/client";
import { useTRPC } from "../_lib/trpc/client";

/** Each area's code with its name in the interface's language. */
export function useAreaSelectOptions() {
  const { locale } = useI18n();
  const trpc = useTRPC();
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());
  return (areas.data ?? []).map((area) => ({ value: area.code, label: locale === "de" ? area.nameDe : area.nameEn }));
}
