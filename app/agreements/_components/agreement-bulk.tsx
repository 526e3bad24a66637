"use client";
// The agreement list's bulk change: a status with one reason and date (each agreement's step checked by the
// lifecycle table on the server), the responsible unit, or a cooperation area's link status. The selection, preview
// and apply are the shared bulk bar's (app/_components/bulk-bar.tsx).
import { useState } from "react";
import { AGREEMENT_STATUSES, type AgreementStatus, AREA_LINK_STATUSES } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import type { TAgreementListInput } from "@/server/lists/agreements";
import { type TBulkChange, ZBulkChange } from "@/server/lists/bulk";
import type { BulkRefusal } from "@/server/services/agreement/bulk";
import { useAreaSelectOptions } from "../../_components/area-options";
import { BulkBar, BulkInput, BulkSelect, type ListBulkProps } from "../../_components/bulk-bar";
import { DateField } from "../../_components/date-input";
import { enumOptions } from "../../_components/list-controls";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

type Kind = TBulkChange["kind"];

/** The form's fields of each kind of change. */
const NAMES: Record<Kind, readonly string[]> = {
  status: ["kind", "to", "reason", "scope", "effectiveOn"],
  responsibleUnit: ["kind", "value"],
  areaStatus: ["kind", "area", "status"],
};

export function AgreementBulkBar(props: ListBulkProps<number, TAgreementListInput>) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>("status");
  const areaOptions = useAreaSelectOptions();

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

  function valueText(value: string) {
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
      list={props}
      procedures={trpc.agreement}
      alsoRefresh={[trpc.statistics.pathKey()]}
      schema={ZBulkChange}
      names={NAMES[kind]}
      messages={{ apply: m.bulk.apply, applied: m.bulk.applied, exceeded: m.bulk.exceeded }}
      value={valueText}
      refusal={refusalText}
      recordPath="/agreements"
      fields={(errors) => (
        <>
          <BulkSelect
            name="kind"
            label={m.bulk.changeKind}
            value={kind}
            onChange={(value) => setKind(value as Kind)}
            options={enumOptions(Object.keys(NAMES) as Kind[], m.bulk.kinds)}
          />
          {kind === "status" ? (
            <>
              <BulkSelect
                name="to"
                label={m.bulk.newStatus}
                options={enumOptions(AGREEMENT_STATUSES, m.enums.agreementStatus)}
              />
              <BulkInput name="reason" label={m.bulk.reason} maxLength={2000} multiline />
              <BulkInput name="scope" label={m.bulk.scope} maxLength={500} />
              <DateField label={m.bulk.effectiveOn} name="effectiveOn" dayOnly errors={errors} />
            </>
          ) : kind === "responsibleUnit" ? (
            <BulkInput name="value" label={m.bulk.responsibleUnit} maxLength={200} />
          ) : (
            <>
              <BulkSelect name="area" label={m.bulk.area} options={areaOptions} />
              <BulkSelect
                name="status"
                label={m.bulk.areaStatus}
                options={enumOptions(AREA_LINK_STATUSES, m.enums.areaLinkStatus)}
              />
            </>
          )}
        </>
      )}
    />
  );
}
