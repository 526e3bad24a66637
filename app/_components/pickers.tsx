"use client";
// The options of each picker, for a typed text: countries and cooperation areas filtered here (short, fixed lists),
// partners, agreements and people searched on the server (their procedures `search` with a limit, trigram indexes),
// asked once the user pauses typing, the last answer kept on screen meanwhile.
import { keepPreviousData, type QueryKey, type UseQueryOptions, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { COUNTRY_CODES, REPLACED_COUNTRY_CODES } from "@/server/domain/country-codes";
import { COUNTRY_NAMES } from "@/server/i18n/country-names";
import { countryName, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import { useI18n } from "../_i18n/client";
import { useTRPC } from "../_lib/trpc/client";
import { type OptionSource, type PickerOption, rankOptions, useDebounced } from "./combobox";

/** How many matches a server search returns. */
const SEARCH_LIMIT = 20;
/** How long the user pauses typing before the server is asked, in ms. */
const SEARCH_PAUSE = 150;

const OLD_CODES: Record<string, string[]> = {};
for (const [old, meant] of Object.entries(REPLACED_COUNTRY_CODES)) {
  OLD_CODES[meant] = [...(OLD_CODES[meant] ?? []), old];
}

/** A country as a picker shows it: its name in the language, its code beside it; found by code and old codes too. */
export function countryOption(code: string, locale: Locale): PickerOption {
  const names = COUNTRY_NAMES[code] ?? [code, code];
  return {
    value: code,
    label: countryName(code, locale),
    detail: code,
    keywords: [code, ...(OLD_CODES[code] ?? []), names[locale === "de" ? 1 : 0]],
  };
}

export function useCountryOptions(text: string): OptionSource {
  const { locale } = useI18n();
  const all = useMemo(() => COUNTRY_CODES.map((code) => countryOption(code, locale)), [locale]);
  return { options: rankOptions(all, text), loading: false };
}

export function useAreaOptions(text: string): OptionSource {
  const { locale } = useI18n();
  const trpc = useTRPC();
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());
  const all = useMemo(
    () =>
      (areas.data ?? []).map((area) => ({
        value: area.code,
        label: locale === "de" ? area.nameDe : area.nameEn,
        keywords: [locale === "de" ? area.nameEn : area.nameDe],
      })),
    [areas.data, locale],
  );
  return { options: rankOptions(all, text), loading: areas.isPending };
}

export function partnerOption(
  partner: { id: number; nameDe: string; nameEn: string; nameLocal?: string | null; countryCode: string },
  locale: Locale,
): PickerOption {
  const name = partnerName(partner, locale);
  const local = partner.nameLocal && partner.nameLocal !== name ? partner.nameLocal : null;
  return {
    value: String(partner.id),
    label: name,
    detail: [local, countryName(partner.countryCode, locale)].filter(Boolean).join(" · "),
  };
}

/**
 * The server's matches for a typed text, as options: asked once the user pauses typing (`search` gives the query's
 * options for the text), the last answer kept on screen while the next is on its way.
 */
function useServerSearch<T, E, K extends QueryKey>(
  text: string,
  search: (q: string) => UseQueryOptions<T[], E, T[], K>,
  toOption: (item: T) => PickerOption,
): OptionSource {
  const q = useDebounced(text.trim(), SEARCH_PAUSE);
  const query = useQuery({ ...search(q), placeholderData: keepPreviousData });
  return { options: (query.data ?? []).map(toOption), loading: query.isFetching || q !== text.trim() };
}

export function usePartnerOptions(text: string): OptionSource {
  const { locale } = useI18n();
  const trpc = useTRPC();
  return useServerSearch(
    text,
    (q) => trpc.partner.search.queryOptions({ q, limit: SEARCH_LIMIT }),
    (partner) => partnerOption(partner, locale),
  );
}

export function agreementOption(
  agreement: { id: number; title: string; partner: { nameDe: string; nameEn: string } },
  locale: Locale,
): PickerOption {
  return { value: String(agreement.id), label: agreement.title, detail: partnerName(agreement.partner, locale) };
}

export function useAgreementOptions(text: string): OptionSource {
  const { locale } = useI18n();
  const trpc = useTRPC();
  return useServerSearch(
    text,
    (q) => trpc.agreement.search.queryOptions({ q, limit: SEARCH_LIMIT }),
    (agreement) => agreementOption(agreement, locale),
  );
}

export function personOption(person: { id: number; name: string; organisation?: string | null }): PickerOption {
  return { value: String(person.id), label: person.name, detail: person.organisation ?? undefined };
}

function usePeopleSearch(text: string, side?: "cologne" | "partner"): OptionSource {
  const trpc = useTRPC();
  return useServerSearch(
    text,
    (q) => trpc.person.search.queryOptions({ q, limit: SEARCH_LIMIT, side }),
    (person) => personOption(person),
  );
}

export function usePersonOptions(text: string): OptionSource {
  return usePeopleSearch(text);
}

/** People of the Cologne side (no partner), e.g. a working group's Cologne lead. */
export function useCologneSideOptions(text: string): OptionSource {
  return usePeopleSearch(text, "cologne");
}

/** People of a partner's side, e.g. a working group's partner lead. */
export function usePartnerSideOptions(text: string): OptionSource {
  return usePeopleSearch(text, "partner");
}
