"use client";
// The map's filters: the agreement list's (status, type, area, continent, country, from/to year), in the URL with the
// same names and read by the same definition (server/lists/agreements.ts); a change re-renders the server's map.
import { useQuery } from "@tanstack/react-query";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES } from "@/server/domain/enums";
import { agreementListInputFromSearchParams } from "@/server/lists/agreements";
import { enumOptions, FilterForm, FilterSelect, FilterYear, useListInput } from "../../_components/list-controls";
import { PlaceFilters } from "../../_components/place-filters";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function MapFilters() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const input = useListInput(agreementListInputFromSearchParams);
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());
  return (
    <FilterForm search={input.q} placeholder={m.agreement.searchPlaceholder} typedFields={["from", "to"]}>
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
      <FilterYear name="from" label={m.common.yearFrom} value={input.yearFrom} />
      <FilterYear name="to" label={m.common.yearTo} value={input.yearTo} />
    </FilterForm>
  );
}
