"use client";
// Create and edit an activity. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useState } from "react";
import { ACTIVITY_TYPES } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import { ACTIVITY_FIELDS, ZActivityCreateInput, ZActivityUpdateInput } from "@/server/schemas/activity";
import type { ActivityDetail } from "@/server/services/activity/detail";
import { ComboBox, MultiComboBox, type PickerOption } from "../../_components/combobox";
import { SelectField } from "../../_components/fields";
import { FieldTableFieldset, RecordForm, useRecordSave } from "../../_components/form-parts";
import { enumOptions } from "../../_components/list-controls";
import { PeopleWithRoles, usePeopleWithRoles } from "../../_components/people-with-roles";
import { partnerOption, useAgreementOptions, useAreaOptions, usePartnerOptions } from "../../_components/pickers";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";

export function ActivityForm({ activity }: { activity?: ActivityDetail }) {
  const { m, locale } = useI18n();
  const [agreements, setAgreements] = useState<PickerOption[]>(() =>
    (activity?.agreements ?? []).map((agreement) => ({ value: String(agreement.id), label: agreement.title })),
  );
  const [areas, setAreas] = useState<PickerOption[]>(() =>
    (activity?.areas ?? []).map((area) => ({ value: area.code, label: locale === "de" ? area.nameDe : area.nameEn })),
  );
  const participants = usePeopleWithRoles(activity?.participants);

  const saving = useRecordSave("activity", activity, [ZActivityCreateInput, ZActivityUpdateInput]);

  return (
    <RecordForm
      saving={saving}
      withNotes={false}
      read={({ data, text, id }) => ({
        type: text("type"),
        ...readFields(ACTIVITY_FIELDS, data),
        partnerId: id("partnerId"),
        agreementIds: agreements.map((agreement) => Number(agreement.value)),
        areaCodes: areas.map((area) => area.value),
        participants: participants.entries(),
      })}
    >
      <fieldset>
        <legend>{m.activity.general}</legend>
        <FieldInputs fields={ACTIVITY_FIELDS} section="title" record={activity} m={m} />
        <SelectField
          label={m.common.type}
          name="type"
          required
          defaultValue={activity?.type ?? "VISIT"}
          options={enumOptions(ACTIVITY_TYPES, m.enums.activityType)}
        />
        <FieldInputs fields={ACTIVITY_FIELDS} section="when" record={activity} m={m} />
        <ComboBox
          label={m.common.partner}
          name="partnerId"
          useOptions={usePartnerOptions}
          defaultSelected={activity?.partner ? partnerOption(activity.partner, locale) : null}
        />
      </fieldset>
      <fieldset>
        <legend>{m.activity.links}</legend>
        <MultiComboBox
          label={m.activity.agreements}
          name="agreementIds"
          useOptions={useAgreementOptions}
          selected={agreements}
          onChange={setAgreements}
        />
        <MultiComboBox
          label={m.activity.areas}
          name="areaCodes"
          useOptions={useAreaOptions}
          selected={areas}
          onChange={setAreas}
        />
        <PeopleWithRoles
          label={m.activity.participants}
          name="participants"
          roleLabel={(name) => fmt(m.activity.participantRole, { name }, locale)}
          state={participants}
        />
      </fieldset>
      <FieldTableFieldset legend={m.activity.texts} fields={ACTIVITY_FIELDS} section="texts" record={activity} />
    </RecordForm>
  );
}
