"use client";
// The people list's bulk change: verified or not, or the organisation. The selection, preview and apply are the
// shared bulk bar's (app/_components/bulk-bar.tsx). Shown to editors and admins, the roles that may see people's
// personal data; a person whose data was erased is refused (listed in the preview).
import { useState } from "react";
import { type TPersonBulkChange, ZPersonBulkChange } from "@/server/lists/bulk";
import type { TPersonListInput } from "@/server/lists/people";
import { PERSON_FIELDS } from "@/server/schemas/person";
import type { PersonBulkRefusal } from "@/server/services/person/bulk";
import {
  BulkBar,
  BulkInput,
  BulkKindSelect,
  BulkVerifiedSelect,
  type ListBulkProps,
  verifiedText,
} from "../../_components/bulk-bar";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

type Kind = TPersonBulkChange["kind"];
const KINDS = ["verified", "organisation"] as const satisfies readonly Kind[];

/** Both kinds of change have one field, `value`. */
const NAMES = ["kind", "value"];

export function PersonBulkBar(props: ListBulkProps<number, TPersonListInput>) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>("verified");

  return (
    <BulkBar
      list={props}
      procedures={trpc.person}
      schema={ZPersonBulkChange}
      names={NAMES}
      messages={{ apply: m.bulk.personApply, applied: m.bulk.personApplied, exceeded: m.bulk.personExceeded }}
      value={(value) => (kind === "verified" ? verifiedText(m, value) : value)}
      refusal={(refusal: PersonBulkRefusal) => (refusal.reason === "erased" ? m.bulk.erased : refusal.reason)}
      recordPath="/people"
      fields={() => (
        <>
          <BulkKindSelect kinds={KINDS} labels={m.bulk.personKinds} value={kind} onChange={setKind} />
          {kind === "verified" ? (
            <BulkVerifiedSelect />
          ) : (
            <BulkInput name="value" label={m.bulk.organisation} maxLength={PERSON_FIELDS.organisation.max} />
          )}
        </>
      )}
    />
  );
}
