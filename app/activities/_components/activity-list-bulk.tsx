"use client";
// The activity list's bulk change: verified or not, the type, or a cooperation area added or removed. The selection,
// preview and apply are the shared bulk bar's (app/_components/bulk-bar.tsx); the server checks it all again.
import { useState } from "react";
import { ACTIVITY_TYPES, type ActivityType } from "@/server/domain/enums";
import type { TActivityListInput } from "@/server/lists/activities";
import { AREA_ACTIONS, type TActivityBulkChange, ZActivityBulkChange } from "@/server/lists/bulk";
import { useAreaSelectOptions } from "../../_components/area-options";
import {
  BulkBar,
  BulkKindSelect,
  BulkSelect,
  BulkVerifiedSelect,
  type ListBulkProps,
  verifiedText,
} from "../../_components/bulk-bar";
import { enumOptions } from "../../_components/list-controls";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

type Kind = TActivityBulkChange["kind"];
const KINDS = ["verified", "type", "area"] as const satisfies readonly Kind[];

/** The form's fields of each kind of change. */
const NAMES: Record<Kind, readonly string[]> = {
  verified: ["kind", "value"],
  type: ["kind", "type"],
  area: ["kind", "action", "area"],
};

export function ActivityBulkBar(props: ListBulkProps<number, TActivityListInput>) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>("verified");
  const areaOptions = useAreaSelectOptions();

  const areaNames = new Map(areaOptions.map((option) => [option.value, option.label]));

  /** A value before or after as the preview says it: verified or not, a type, or the activity's areas. */
  function valueText(value: string) {
    if (kind === "verified") return verifiedText(m, value);
    if (kind === "type") return m.enums.activityType[value as ActivityType] ?? value;
    if (value === "") return m.bulk.none;
    return value
      .split(", ")
      .map((code) => areaNames.get(code) ?? code)
      .join(", ");
  }

  return (
    <BulkBar
      list={props}
      procedures={trpc.activity}
      schema={ZActivityBulkChange}
      names={NAMES[kind]}
      messages={{ apply: m.bulk.activityApply, applied: m.bulk.activityApplied, exceeded: m.bulk.activityExceeded }}
      value={valueText}
      recordPath="/activities"
      fields={() => (
        <>
          <BulkKindSelect kinds={KINDS} labels={m.bulk.activityKinds} value={kind} onChange={setKind} />
          {kind === "verified" ? (
            <BulkVerifiedSelect />
          ) : kind === "type" ? (
            <BulkSelect
              name="type"
              label={m.bulk.newType}
              options={enumOptions(ACTIVITY_TYPES, m.enums.activityType)}
            />
          ) : (
            <>
              <BulkSelect
                name="action"
                label={m.bulk.areaAction}
                options={enumOptions(AREA_ACTIONS, m.bulk.areaActions)}
              />
              <BulkSelect name="area" label={m.bulk.area} options={areaOptions} />
            </>
          )}
        </>
      )}
    />
  );
}
