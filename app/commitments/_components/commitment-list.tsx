"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { COMMITMENT_STATUSES } from "@/server/domain/enums";
import { partnerName } from "@/server/i18n/format";
import { commitmentList } from "@/server/lists/commitments";
import { today } from "@/server/services/shared/dates";
import { LabelBadge } from "../../_components/badges";
import { SelectCell, useBulkSelection } from "../../_components/bulk-bar";
import { ListExportMenu } from "../../_components/export-menu";
import {
  enumOptions,
  FilterCheckbox,
  FilterForm,
  FilterInput,
  FilterSelect,
  LinkCell,
  ListHeader,
  ListTable,
  useListQuery,
} from "../../_components/list-controls";
import { SavedViewsMenu } from "../../_components/saved-views-menu";
import { usePermissions } from "../../_components/session-context";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { CommitmentBulkBar } from "./commitment-bulk";
import { CommitmentDueText } from "./commitment-due";
import { OwnerPersonFilter } from "./owner-person-filter";

export function CommitmentList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { input, list } = useListQuery(commitmentList.fromSearchParams, (input) =>
    trpc.commitment.list.queryOptions(input),
  );
  const agreements = useQuery(trpc.agreement.options.queryOptions());
  const partners = useQuery(trpc.partner.options.queryOptions());
  const owner = useQuery({
    ...trpc.person.byId.queryOptions({ id: input.ownerPersonId ?? 0 }),
    enabled: input.ownerPersonId !== undefined,
  });
  const asOf = today();
  // Editors and admins choose commitments for a bulk status change.
  const { edit } = usePermissions();
  const bulk = useBulkSelection<number>(useSearchParams().toString());
  const pageRows = (list.data?.items ?? []).map(({ id, version }) => ({ id, version }));

  return (
    <>
      <ListHeader
        title={m.commitment.listTitle}
        createHref="/commitments/new"
        createLabel={m.commitment.create}
        actions={
          <>
            <SavedViewsMenu list="commitments" />
            <ListExportMenu kind="commitments" what={m.export.kinds.commitments} />
          </>
        }
      />
      <FilterForm search={input.q} placeholder={m.commitment.searchPlaceholder} typedFields={["owner"]}>
        <FilterSelect
          name="status"
          label={m.common.status}
          options={enumOptions(COMMITMENT_STATUSES, m.commitment.status)}
        />
        <OwnerPersonFilter ownerName={owner.data?.name ?? null} />
        <FilterInput name="owner" label={m.commitment.ownerFilter} value={input.owner} maxLength={200} />
        <FilterSelect
          name="agreement"
          label={m.commitment.agreement}
          options={(agreements.data ?? []).map((agreement) => ({
            value: String(agreement.id),
            label: `${agreement.title} (${partnerName(agreement.partner, locale)})`,
          }))}
        />
        <FilterSelect
          name="partner"
          label={m.common.partner}
          options={(partners.data ?? []).map((partner) => ({
            value: String(partner.id),
            label: partnerName(partner, locale),
          }))}
        />
        <FilterCheckbox name="overdue" label={m.commitment.filters.overdue} />
        <FilterCheckbox name="noDeadline" label={m.commitment.filters.noDeadline} />
      </FilterForm>

      {edit ? (
        <CommitmentBulkBar
          selection={bulk.selection}
          filter={input}
          pageRows={pageRows}
          total={list.data?.total ?? 0}
          totalCapped={list.data?.totalCapped ?? false}
          onSelectPage={(all) => bulk.selectPage(pageRows, all)}
          onSelectAllMatching={bulk.selectAllMatching}
          onClear={bulk.clear}
        />
      ) : null}

      <ListTable
        id="commitment-table"
        title={m.commitment.listTitle}
        list={list}
        columns={[
          ...(edit ? [{ label: m.bulk.selectColumn, hiddenLabel: true }] : []),
          { key: "title", label: m.commitment.title, sortKey: "title" },
          { key: "agreement", label: m.commitment.agreement },
          { key: "owner", label: m.commitment.owner },
          { key: "dueOn", label: m.commitment.dueOn, sortKey: "dueOn" },
          { key: "status", label: m.common.status, sortKey: "status" },
        ]}
        order={input}
        defaultSort="dueOn"
        columnSet={commitmentList.columns}
      >
        {list.data?.items.map((commitment) => (
          <tr key={commitment.id}>
            {edit ? (
              <SelectCell
                title={commitment.title}
                checked={bulk.isSelected(commitment.id)}
                disabled={bulk.selection.kind === "filter"}
                onChange={(on) => bulk.toggle(commitment.id, commitment.version, on)}
              />
            ) : null}
            <LinkCell href={`/commitments/${commitment.id}`} label={commitment.title} verified={commitment.verified} />
            <td>
              <Link href={`/agreements/${commitment.agreement.id}`}>{commitment.agreement.title}</Link>
              <div className="small muted">{partnerName(commitment.agreement.partner, locale)}</div>
            </td>
            <td data-owner-person={commitment.ownerPerson?.id}>
              {commitment.ownerPerson ? (
                <Link href={`/people/${commitment.ownerPerson.id}`}>{commitment.ownerPerson.name}</Link>
              ) : null}
              {commitment.ownerCologne ? (
                commitment.ownerPerson ? (
                  <div className="small">{commitment.ownerCologne}</div>
                ) : (
                  commitment.ownerCologne
                )
              ) : null}
              {!commitment.ownerPerson && !commitment.ownerCologne ? (
                <span className="muted">{m.commitment.ownerUnknown}</span>
              ) : null}
              {commitment.ownerPartner ? <div className="small muted">{commitment.ownerPartner}</div> : null}
            </td>
            <td>
              <CommitmentDueText commitment={commitment} today={asOf} m={m} locale={locale} />
            </td>
            <td>
              <LabelBadge>{m.commitment.status[commitment.status]}</LabelBadge>
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
