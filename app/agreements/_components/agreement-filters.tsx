"use client";
// The agreement list's filter panel (with its chips): also the timeline's (issue 21), which filters by the same URL
// parameters (server/lists/timeline.ts reads them with the agreement list's reader).
import { useQuery } from "@tanstack/react-query";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, AREA_LINK_STATUSES } from "@/server/domain/enums";
import { agreementListInputFromSearchParams, VALID_UNTIL_FILTERS } from "@/server/lists/agreements";
import {
  enumOptions,
  FilterCheckbox,
  FilterForm,
  FilterSelect,
  FilterYear,
  useListInput,
} from "../../_components/list-controls";
import { PlaceFilters } from "../../_components/place-filters";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function AgreementFilters() {
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
      <FilterSelect
        name="areaStatus"
        label={m.agreement.areaStatus}
        options={enumOptions(AREA_LINK_STATUSES, m.enums.areaLinkStatus)}
      />
      <PlaceFilters />
      <FilterYear name="from" label={m.common.yearFrom} value={input.yearFrom} />
      <FilterYear name="to" label={m.common.yearTo} value={input.yearTo} />
      <FilterSelect
        name="validUntil"
        label={m.agreement.validUntil}
        options={enumOptions(VALID_UNTIL_FILTERS, m.agenda.validUntilFilter)}
      />
      <FilterCheckbox name="quiet" label={m.agreement.quietFilter} />
    </FilterForm>
  );
}
