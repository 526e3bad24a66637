"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, AREA_LINK_STATUSES } from "@/server/domain/enums";
import { countryName, formatDate, partnerName } from "@/server/i18n/format";
import { agreementListInputFromSearchParams } from "@/server/schemas/agreement";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { ListExportMenu } from "../../_components/export-menu";
import {
  FilterCheckbox,
  FilterForm,
  FilterSelect,
  FilterYear,
  ListHeader,
  ListTable,
  useListInput,
} from "../../_components/list-controls";
import { PlaceFilters } from "../../_components/place-filters";
import { useI18n } from "../../_i18n/client";
import { exportHref } from "../../_lib/export-links";
import { useTRPC } from "../../_lib/trpc/client";

export function AgreementList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const input = useListInput(agreementListInputFromSearchParams);
  const searchParams = useSearchParams();
  const list = useQuery({ ...trpc.agreement.list.queryOptions(input), placeholderData: keepPreviousData });
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());

  return (
    <>
      <ListHeader
        title={m.agreement.listTitle}
        createHref="/agreements/new"
        createLabel={m.agreement.create}
        actions={
          <ListExportMenu
            kind="agreements"
            what={m.export.kinds.agreements}
            extra={[{ label: m.export.pdfReport, href: exportHref("partnership-report", "pdf", locale, searchParams) }]}
          />
        }
      />
      <FilterForm search={input.q} placeholder={m.agreement.searchPlaceholder} typedFields={["from", "to"]}>
        <FilterSelect
          name="status"
          label={m.common.status}
          options={AGREEMENT_STATUSES.map((value) => ({ value, label: m.enums.agreementStatus[value] }))}
        />
        <FilterSelect
          name="type"
          label={m.common.type}
          options={AGREEMENT_TYPES.map((value) => ({ value, label: m.enums.agreementType[value] }))}
        />
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
          options={AREA_LINK_STATUSES.map((value) => ({ value, label: m.enums.areaLinkStatus[value] }))}
        />
        <PlaceFilters />
        <FilterYear name="from" label={m.common.yearFrom} value={input.yearFrom} />
        <FilterYear name="to" label={m.common.yearTo} value={input.yearTo} />
        <FilterCheckbox name="quiet" label={m.agreement.quietFilter} />
      </FilterForm>

      <ListTable
        id="agreement-table"
        title={m.agreement.listTitle}
        list={list}
        columns={[
          { label: m.common.title, sortKey: "title" },
          { label: m.common.partner, sortKey: locale === "de" ? "partner" : "partnerEn" },
          { label: m.common.type, sortKey: "type" },
          { label: m.common.status, sortKey: "status" },
          { label: m.agreement.signedOn, sortKey: "signedOn" },
          { label: m.agreement.areas },
        ]}
        sort={input.sort ?? "signedOn"}
        dir={input.dir ?? "asc"}
      >
        {list.data?.items.map((agreement) => (
          <tr key={agreement.id}>
            <td>
              <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>{" "}
              <UnverifiedBadge verified={agreement.verified} />
            </td>
            <td>
              {partnerName(agreement.partner, locale)}
              {agreement.partner.nameLocal && agreement.partner.nameLocal !== partnerName(agreement.partner, locale) ? (
                <span className="local-name"> · {agreement.partner.nameLocal}</span>
              ) : null}
              <div className="small muted">{countryName(agreement.partner.countryCode, locale)}</div>
            </td>
            <td>{m.enums.agreementType[agreement.type]}</td>
            <td>
              <AgreementStatusBadge status={agreement.status} />
              {agreement.statusScope ? <div className="small muted">{agreement.statusScope}</div> : null}
            </td>
            <td>{formatDate(agreement.signedOn, locale, agreement.signedOnPrecision)}</td>
            <td className="small">
              {agreement.areas.map((link) => (locale === "de" ? link.area.nameDe : link.area.nameEn)).join(", ")}
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
