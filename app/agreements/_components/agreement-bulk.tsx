"use client";
// The agreement list's bulk change: a status with one reason and date (each agreement's step checked by the
// lifecycle table on the server), the responsible unit, or a cooperation area's link status. The selection, preview
// and apply are the shared bulk bar's (app/_components/bulk-bar.tsx).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AGREEMENT_STATUSES, type AgreementStatus, AREA_LINK_STATUSES } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import type { TAgreementListInput } from "@/server/lists/agreements";
import { BULK_LIMIT, type TBulkChange, ZBulkChange } from "@/server/lists/bulk";
import type { BulkRefusal } from "@/server/services/agreement/bulk";
import { BulkBar, BulkInput, BulkSelect, type Selection } from "../../_components/bulk-bar";
import { DateField } from "../../_components/date-input";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

type Kind = TBulkChange["kind"];

export function AgreementBulkBar({
  selection,
  filter,
  pageRows,
  total,
  totalCapped,
  onSelectPage,
  onSelectAllMatching,
  onClear,
}: {
  selection: Selection<number>;
  /** The list's input (its filter) as the URL gives it. */
  filter: TAgreementListInput;
  pageRows: readonly { id: number; version: number }[];
  total: number;
  totalCapped: boolean;
  onSelectPage: (all: boolean) => void;
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>("status");
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());

  function refusalText(refusal: BulkRefusal) {
    switch (refusal.reason) {
      case "transition":
        return fmt(m.bulk.refusals.transition, { from: m.enums.agreementStatus[refusal.from] }, locale);
      case "beforeCurrentStatus":
        return fmt(m.bulk.refusals.beforeCurrentStatus, { date: refusal.date }, locale);
      case "noAreaLink":
        return m.bulk.refusals.noAreaLink;
      case "unchanged":
        return m.bulk.refusals.unchanged;
    }
  }

  function valueText(value: string | null) {
    if (value === null) return m.bulk.none;
    if (kind === "status" && (AGREEMENT_STATUSES as readonly string[]).includes(value)) {
      return m.enums.agreementStatus[value as AgreementStatus];
    }
    if (kind === "areaStatus" && (AREA_LINK_STATUSES as readonly string[]).includes(value)) {
      return m.enums.areaLinkStatus[value as (typeof AREA_LINK_STATUSES)[number]];
    }
    return value;
  }

  return (
    <BulkBar
      selection={selection}
      pageRows={pageRows}
      total={total}
      totalCapped={totalCapped}
      onSelectPage={onSelectPage}
      onSelectAllMatching={onSelectAllMatching}
      onClear={onClear}
      schema={ZBulkChange}
      readChange={(data) => {
        const text = (name: string) => String(data.get(name) ?? "");
        return kind === "status"
          ? { kind, to: text("to"), reason: text("reason"), scope: text("scope"), effectiveOn: text("effectiveOn") }
          : kind === "responsibleUnit"
            ? { kind, value: text("value") }
            : { kind, area: text("area"), status: text("status") };
      }}
      preview={(change) =>
        queryClient.fetchQuery({
          ...trpc.agreement.bulkPreview.queryOptions({
            selection:
              selection.kind === "filter"
                ? { filter: { ...filter, page: undefined } }
                : { items: [...selection.rows].map(([id, version]) => ({ id, version })) },
            change: change as never,
          }),
          staleTime: 0,
        })
      }
      apply={trpc.agreement.bulkApply.mutationOptions() as never}
      invalidate={async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.agreement.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.statistics.pathKey() });
      }}
      texts={{
        apply: (count) => fmt(m.bulk.apply, { count }, locale),
        applied: (count) => fmt(m.bulk.applied, { count }, locale),
        exceeded: (matched) => fmt(m.bulk.exceeded, { matched, limit: BULK_LIMIT }, locale),
        value: valueText,
        refusal: refusalText,
        href: (id) => `/agreements/${id}`,
      }}
      fields={(errors, id) => (
        <>
          <BulkSelect
            id={`${id}-kind`}
            name="kind"
            label={m.bulk.changeKind}
            value={kind}
            onChange={(value) => setKind(value as Kind)}
            options={(["status", "responsibleUnit", "areaStatus"] as const).map((value) => ({
              value,
              label: m.bulk.kinds[value],
            }))}
          />
          {kind === "status" ? (
            <>
              <BulkSelect
                id={`${id}-to`}
                name="to"
                label={m.bulk.newStatus}
                error={errors.to?.[0]}
                emptyLabel={m.common.choose}
                options={AGREEMENT_STATUSES.map((value) => ({ value, label: m.enums.agreementStatus[value] }))}
              />
              <BulkInput
                id={`${id}-reason`}
                name="reason"
                label={m.bulk.reason}
                error={errors.reason?.[0]}
                maxLength={2000}
                multiline
              />
              <BulkInput
                id={`${id}-scope`}
                name="scope"
                label={m.bulk.scope}
                error={errors.scope?.[0]}
                maxLength={500}
              />
              <DateField label={m.bulk.effectiveOn} name="effectiveOn" dayOnly errors={errors} />
            </>
          ) : kind === "responsibleUnit" ? (
            <BulkInput
              id={`${id}-value`}
              name="value"
              label={m.bulk.responsibleUnit}
              error={errors.value?.[0]}
              maxLength={200}
            />
          ) : (
            <>
              <BulkSelect
                id={`${id}-area`}
                name="area"
                label={m.bulk.area}
                error={errors.area?.[0]}
                emptyLabel={m.common.choose}
                options={(areas.data ?? []).map((area) => ({
                  value: area.code,
                  label: locale === "de" ? area.nameDe : area.nameEn,
                }))}
              />
              <BulkSelect
                id={`${id}-status`}
                name="status"
                label={m.bulk.areaStatus}
                error={errors.status?.[0]}
                emptyLabel={m.common.choose}
                options={AREA_LINK_STATUSES.map((value) => ({ value, label: m.enums.areaLinkStatus[value] }))}
              />
            </>
          )}
        </>
      )}
    />
  );
}
