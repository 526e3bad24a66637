"use client";
// Create and edit a person. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useQuery } from "@tanstack/react-query";
import { PERSON_FIELDS, ZPersonCreateInput, ZPersonUpdateInput } from "@/server/schemas/person";
import type { PersonDetail } from "@/server/services/person/detail";
import { ComboBox } from "../../_components/combobox";
import { FieldTableFieldset, RecordForm, useRecordSave } from "../../_components/form-parts";
import { partnerOption, usePartnerOptions } from "../../_components/pickers";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function PersonForm({ person, partnerId }: { person?: PersonDetail; partnerId?: number }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  // A new person for a given partner (?partnerId=…) starts with that partner chosen.
  const given = useQuery({
    ...trpc.partner.byId.queryOptions({ id: partnerId ?? 0 }),
    enabled: !person && partnerId !== undefined,
  });
  const initialPartner = person ? person.partner : given.data;

  const saving = useRecordSave("person", person, [ZPersonCreateInput, ZPersonUpdateInput]);

  return (
    <RecordForm
      saving={saving}
      read={({ data, id }) => ({ ...readFields(PERSON_FIELDS, data), partnerId: id("partnerId") })}
    >
      <fieldset>
        <legend>{m.person.general}</legend>
        <FieldInputs fields={PERSON_FIELDS} section="general" record={person} m={m} />
        <ComboBox
          // Mounted afresh once the given partner is known, so it shows as chosen.
          key={initialPartner ? "given" : "none"}
          label={m.common.partner}
          name="partnerId"
          hint={m.person.partnerHint}
          useOptions={usePartnerOptions}
          defaultSelected={initialPartner ? partnerOption(initialPartner, locale) : null}
        />
      </fieldset>
      <FieldTableFieldset legend={m.person.contact} fields={PERSON_FIELDS} section="contact" record={person} />
    </RecordForm>
  );
}
