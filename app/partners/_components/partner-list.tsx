"use client";
import Link from "next/link";
import { useCallback } from "react";
import {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  HUMAN_RIGHTS_REVIEW_STATUSES,
  PARTNER_KINDS,
} from "@/server/domain/enums";
import { fmt, partnerName } from "@/server/i18n/format";
import type { SearchParamsLike } from "@/server/lists/define";
import { partnerList } from "@/server/lists/partners";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { useListBulk } from "../../_components/bulk-bar";
import { CountryName } from "../../_components/country";
import { enumOptions, FilterForm, FilterSelect, ListTable, useListQuery } from "../../_components/list-controls";
import { PlaceFilters } from "../../_components/place-filters";
import { RecordListHeader } from "../../_components/record-list-header";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { PartnerBulkBar } from "./partner-bulk";

/** How many of a partner's agreements have each status, in the order of the status list. */
function statusCounts(agreements: readonly { status: AgreementStatus }[]) {
  return AGREEMENT_STATUSES.map((status) => ({
    status,
    count: agreements.filter((agreement) => agreement.status === status).length,
  })).filter((entry) => entry.count > 0);
}

export function PartnerList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const fromUrl = useCallback((params: SearchParamsLike) => partnerList.fromSearchParams(params, locale), [locale]);
  const { input, list } = useListQuery(fromUrl, (input) => trpc.partner.list.queryOptions(input));
  // Editors and admins choose partners for a bulk human-rights review (the review's version as shown).
  const bulk = useListBulk(input, list.data, (row) => row.humanRightsReview?.version ?? null);

  return (
    <>
      <RecordListHeader title={m.partner.listTitle} createLabel={m.partner.create} kind="partners" views="partners" />
      <FilterForm search={input.q} placeholder={m.partner.searchPlaceholder}>
        <PlaceFilters withPartnerCounts />
        <FilterSelect name="kind" label={m.partner.kind} options={enumOptions(PARTNER_KINDS, m.enums.partnerKind)} />
        <FilterSelect
          name="review"
          label={m.humanRightsReview.title}
          options={enumOptions(HUMAN_RIGHTS_REVIEW_STATUSES, m.humanRightsReview.status)}
        />
      </FilterForm>

      {bulk.enabled ? <PartnerBulkBar {...bulk.bar} /> : null}

      <ListTable
        id="partner-table"
        title={m.partner.listTitle}
        list={list}
        columns={[
          ...bulk.columns,
          { key: "name", label: m.partner.name, sortKey: locale === "de" ? "nameDe" : "nameEn" },
          { key: "country", label: m.common.country, sortKey: "countryCode" },
          { key: "continent", label: m.common.continent, sortKey: "continent" },
          { key: "kind", label: m.partner.kind },
          { key: "agreements", label: m.partner.agreements },
        ]}
        order={input}
        defaultSort="nameDe"
        columnSet={partnerList.columns}
      >
        {list.data?.items.map((partner) => {
          const name = partnerName(partner, locale);
          return (
            <tr key={partner.id}>
              {bulk.cell(partner, name)}
              <td className="list-table__name">
                <Link href={`/partners/${partner.id}`}>{name}</Link> <UnverifiedBadge verified={partner.verified} />
                {partner.nameLocal && partner.nameLocal !== name ? (
                  <div className="local-name small">{partner.nameLocal}</div>
                ) : null}
              </td>
              <td>
                <CountryName code={partner.countryCode} m={m} locale={locale} />
              </td>
              <td>{m.enums.continent[partner.continent]}</td>
              <td>{m.enums.partnerKind[partner.kind]}</td>
              <td>
                <span>{partner._count.agreements}</span>
                {partner.agreements.length ? (
                  <ul
                    aria-label={m.partner.agreementStatuses}
                    className="actions"
                    style={{ listStyle: "none", margin: "0.25rem 0 0", padding: 0 }}
                  >
                    {statusCounts(partner.agreements).map(({ status, count }) => (
                      <li key={status}>
                        <AgreementStatusBadge status={status} />
                        {count > 1 ? (
                          <span className="small"> {fmt(m.partner.statusCount, { count }, locale)}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          );
        })}
      </ListTable>
    </>
  );
}
