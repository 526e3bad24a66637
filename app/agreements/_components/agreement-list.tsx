"use client";
import { useSearchParams } from "next/navigation";
import { countryName, partnerName } from "@/server/i18n/format";
import { messageAt } from "@/server/i18n/messages";
import { AGREEMENT_SORT_KEYS, agreementList, type TAgreementListQuery } from "@/server/lists/agreements";
import { AGREEMENT_FIELDS, AGREEMENT_LIST_FIELDS } from "@/server/schemas/agreement";

import { AgreementStatusBadge } from "../../_components/badges";
import { useListBulk } from "../../_components/bulk-bar";
import { LinkCell, ListTable, useListQuery } from "../../_components/list-controls";
import { fieldText } from "../../_components/record-fields";
import { RecordListHeader } from "../../_components/record-list-header";
import { useI18n } from "../../_i18n/client";
import { exportHref } from "../../_lib/export-links";
import { useTRPC } from "../../_lib/trpc/client";
import { AgreementBulkBar } from "./agreement-bulk";
import { AgreementFilters } from "./agreement-filters";

/** The list's sort key of a field shown as a column, if it is one. */
function sortKeyOf(name: string): TAgreementListQuery["sort"] | undefined {
  return (AGREEMENT_SORT_KEYS as readonly string[]).includes(name) ? (name as TAgreementListQuery["sort"]) : undefined;
}

export function AgreementList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { input, list } = useListQuery(agreementList.fromSearchParams, (input) =>
    trpc.agreement.list.queryOptions(input),
  );
  const searchParams = useSearchParams();
  // Editors and admins select rows for a bulk change; a new filter, sort or page starts a new selection.
  const bulk = useListBulk(input, list.data, (row) => row.version);

  return (
    <>
      <RecordListHeader
        title={m.agreement.listTitle}
        createLabel={m.agreement.create}
        kind="agreements"
        views="agreements"
        extra={[{ label: m.export.pdfReport, href: exportHref("partnership-report", "pdf", locale, searchParams) }]}
      />
      <AgreementFilters />

      {bulk.enabled ? <AgreementBulkBar {...bulk.bar} /> : null}

      <ListTable
        id="agreement-table"
        title={m.agreement.listTitle}
        list={list}
        columns={[
          ...bulk.columns,
          { key: "title", label: m.common.title, sortKey: "title" },
          { key: "partner", label: m.common.partner, sortKey: locale === "de" ? "partner" : "partnerEn" },
          { key: "type", label: m.common.type, sortKey: "type" },
          { key: "status", label: m.common.status, sortKey: "status" },
          ...AGREEMENT_LIST_FIELDS.map((name) => ({
            key: name,
            label: messageAt(m, AGREEMENT_FIELDS[name].label),
            sortKey: sortKeyOf(name),
          })),
          { key: "areas", label: m.agreement.areas },
        ]}
        order={input}
        defaultSort="signedOn"
        columnSet={agreementList.columns}
      >
        {list.data?.items.map((agreement) => (
          <tr key={agreement.id}>
            {bulk.cell(agreement, agreement.title)}
            <LinkCell href={`/agreements/${agreement.id}`} label={agreement.title} verified={agreement.verified} />
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
            {AGREEMENT_LIST_FIELDS.map((name) => (
              <td key={name}>{fieldText(name, AGREEMENT_FIELDS[name], agreement, locale) ?? m.common.none}</td>
            ))}
            <td className="small">
              {agreement.areas.map((link) => (locale === "de" ? link.area.nameDe : link.area.nameEn)).join(", ")}
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
