"use client";
// The continent and country filters of the agreement and partner lists. Countries are the ones partners are in,
// named in the interface's language and sorted by that name.
import { useQuery } from "@tanstack/react-query";
import { isCountryCode } from "@/server/domain/country-codes";
import { CONTINENTS } from "@/server/domain/enums";
import { countryName, fmt } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import { useI18n } from "../_i18n/client";
import { useTRPC } from "../_lib/trpc/client";
import { type ChipSourcesOf, enumOptions, FilterSelect } from "./list-controls";

/** A country's name, or for a stored code that is no ISO 3166-1 code (see migration country_code_aliases), that code. */
function placeName(code: string, m: Messages, locale: Locale): string {
  return isCountryCode(code)
    ? countryName(code, locale)
    : fmt(m.partner.countryInvalidShort, { code: code.trim() }, locale);
}

export function PlaceFilters({ withPartnerCounts = false }: { withPartnerCounts?: boolean }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const countries = useQuery(trpc.partner.countries.queryOptions());
  return (
    <>
      <FilterSelect name="continent" label={m.common.continent} options={enumOptions(CONTINENTS, m.enums.continent)} />
      <FilterSelect
        name="country"
        label={m.common.country}
        options={(countries.data ?? [])
          .map((country) => {
            const name = placeName(country.countryCode, m, locale);
            return { value: country.countryCode, name, label: withPartnerCounts ? `${name} (${country.count})` : name };
          })
          .sort((a, b) => a.name.localeCompare(b.name, locale))}
      />
    </>
  );
}

// Its chips, for the filter form to render with the page (the countries named from their codes, without the query).
PlaceFilters.chipSources = ((_props, { m, locale }) => [
  ["continent", { label: m.common.continent, kind: "select", options: enumOptions(CONTINENTS, m.enums.continent) }],
  ["country", { label: m.common.country, kind: "select", labelOf: (code) => placeName(code, m, locale) }],
]) satisfies ChipSourcesOf<Parameters<typeof PlaceFilters>[0]>;
