"use client";
// The agreement list's filter panel (with its chips): also the timeline's and the map's (issue 21), which filter by the
// same URL parameters (read on the server with the agreement list's reader). The map leaves out the two filters that
// only the list's rows answer (valid until, no activity).
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, AREA_LINK_STATUSES } from "@/server/domain/enums";
import { VALID_UNTIL_FILTERS } from "@/server/domain/valid-until";
import { useAreaSelectOptions } from "../../_components/area-options";
import { enumOptions, FilterCheckbox, FilterForm, FilterSelect, FilterYear } from "../../_components/list-controls";
import { PlaceFilters } from "../../_components/place-filters";
import { useUrlState, yearIn } from "../../_components/url-state";
import { useI18n } from "../../_i18n/client";

export function AgreementFilters({ listOnly = true }: { listOnly?: boolean }) {
  const { m } = useI18n();
  // The typed fields show what the URL holds; the filters themselves are read by the list's reader on the server
  // (server/lists/agreements.ts), which this panel does not import: its schemas would add zod to the page's JavaScript.
  const { searchParams } = useUrlState();
  const year = (name: string) => yearIn(searchParams, name);
  const areaOptions = useAreaSelectOptions();
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
      <FilterSelect name="area" label={m.agreement.area} options={areaOptions} />
      <FilterSelect
        name="areaStatus"
        label={m.agreement.areaStatus}
        options={enumOptions(AREA_LINK_STATUSES, m.enums.areaLinkStatus)}
      />
      <PlaceFilters />
      <FilterYear name="from" label={m.common.yearFrom} value={year("from")} />
      <FilterYear name="to" label={m.common.yearTo} value={year("to")} />
      {listOnly ? (
        <>
          <FilterSelect
            name="validUntil"
            label={m.agreement.validUntil}
            options={enumOptions(VALID_UNTIL_FILTERS, m.agenda.validUntilFilter)}
          />
          <FilterCheckbox name="quiet" label={m.agreement.quietFilter} />
        </>
      ) : null}
    </FilterForm>
  );
}
