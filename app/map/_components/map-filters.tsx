"use client";
// The map's filters: the agreement list's (status, type, area, continent, country, from/to year), in the URL with the
// same names and read on the server by the same definition (server/lists/agreements.ts); a change re-renders the
// server's map.
import { useQuery } from "@tanstack/react-query";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES } from "@/server/domain/enums";
import { enumOptions, FilterForm, FilterSelect, FilterYear } from "../../_components/list-controls";
import { PlaceFilters } from "../../_components/place-filters";
import { useUrlState, yearIn } from "../../_components/url-state";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function MapFilters() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  // What the URL holds, shown in the typed fields; the server reads the filters with the agreement list's reader
  // (server/lists/agreements.ts), which this panel does not import: its schemas would add zod to the page's JavaScript.
  const { searchParams } = useUrlState();
  const year = (name: string) => yearIn(searchParams, name);
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());
  return (
    <FilterForm
      search={searchParams.get("q") ?? undefined}
      placeholder={m.agreement.searchPlaceholder}
      typedFields={["from", "to"]}
    >
      <FilterSelect
        name="status"
        label={m.common.status}
        options={enumOptions(AGREEMENT_STATUSES, m.enums.agreementStatus)}
      />
      <FilterSelect name="type" label={m.common.type} options={enumOptions(AGREEMENT_TYPES, m.enums.agreementType)} />
      <FilterSelect
        name="area"
        label={m.agreement.area}
        options={(areas.data ?? []).map((area) => ({
          value: area.code,
          label: locale === "de" ? area.nameDe : area.nameEn,
        }))}
      />
      <PlaceFilters />
      <FilterYear name="from" label={m.common.yearFrom} value={year("from")} />
      <FilterYear name="to" label={m.common.yearTo} value={year("to")} />
    </FilterForm>
  );
}
