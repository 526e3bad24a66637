"use client";
// The people list's bulk change: verified or not, or the organisation. The selection, preview and apply are the
// shared bulk bar's (app/_components/bulk-bar.tsx). Shown to editors and admins, the roles that may see people's
// personal data; a person whose data was erased is refused (listed in the preview).
import { useState } from "react";
import { type TPersonBulkChange, VERIFIED_VALUES, ZPersonBulkChange } from "@/server/lists/bulk";
import type { TPersonListInput } from "@/server/lists/people";
import { PERSON_FIELDS } from "@/server/schemas/person";
import type { PersonBulkRefusal } from "@/server/services/person/bulk";
import { BulkBar, BulkInput, BulkSelect, type ListBulkProps } from "../../_components/bulk-bar";
import { enumOptions } from "../../_components/list-controls";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

type Kind = TPersonBulkChange["kind"];

/** The form's fields of each kind of change. */
const NAMES: Record<Kind, readonly string[]> = {
  verified: ["kind", "value"],
  organisation: ["kind", "value"],
};

export function PersonBulkBar(props: ListBulkProps<number, TPersonListInput>) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>("verified");

  return (
    <BulkBar
      list={props}
      procedures={trpc.person}
      schema={ZPersonBulkChange}
      names={NAMES[kind]}
      messages={{ apply: m.bulk.personApply, applied: m.bulk.personApplied, exceeded: m.bulk.personExceeded }}
      value={(value) =>
        kind === "verified" ? (m.bulk.verifiedValues[value as (typeof VERIFIED_VALUES)[number]] ?? value) : value
      }
      refusal={(refusal: PersonBulkRefusal) => (refusal.reason === "erased" ? m.bulk.erased : refusal.reason)}
      recordPath="/people"
      fields={() => (
        <>
          <BulkSelect
            name="kind"
            label={m.bulk.changeKind}
            value={kind}
            onChange={(value) => setKind(value as Kind)}
            options={enumOptions(Object.keys(NAMES) as Kind[], m.bulk.personKinds)}
          />
          {kind === "verified" ? (
            <BulkSelect
              name="value"
              label={m.bulk.verifiedValue}
              options={enumOptions(VERIFIED_VALUES, m.bulk.verifiedValues)}
            />
          ) : (
            <BulkInput name="value" label={m.bulk.organisation} maxLength={PERSON_FIELDS.organisation.max} />
          )}
        </>
      )}
    />
  );
}
