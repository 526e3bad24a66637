"use client";
// Create and edit an agreement. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useState } from "react";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, AREA_LINK_STATUSES, type AreaLinkStatus } from "@/server/domain/enums";
import { AGREEMENT_FIELDS, ZAgreementCreateInput, ZAgreementUpdateInput } from "@/server/schemas/agreement";
import type { AgreementDetail } from "@/server/services/agreement/detail";
import { ComboBox, MultiComboBox, type PickerOption } from "../../_components/combobox";
import { SelectField, TextField } from "../../_components/fields";
import { FieldTableFieldset, RecordForm, useRecordSave } from "../../_components/form-parts";
import { enumOptions } from "../../_components/list-controls";
import { partnerOption, useAgreementOptions, useAreaOptions, usePartnerOptions } from "../../_components/pickers";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";

/** A linked cooperation area as the form holds it: the link's status and its note. */
type AreaChoice = { status: AreaLinkStatus; notes: string };
const NEW_LINK: AreaChoice = { status: "PLANNED", notes: "" };

export function AgreementForm({ agreement }: { agreement?: AgreementDetail }) {
  const { m, locale } = useI18n();
  const [areas, setAreas] = useState<PickerOption[]>(() =>
    (agreement?.areas ?? []).map((link) => ({
      value: link.area.code,
      label: locale === "de" ? link.area.nameDe : link.area.nameEn,
    })),
  );
  const [areaState, setAreaState] = useState<Record<string, AreaChoice>>(() =>
    Object.fromEntries(
      (agreement?.areas ?? []).map((link) => [link.area.code, { status: link.status, notes: link.notes ?? "" }]),
    ),
  );

  const saving = useRecordSave("agreement", agreement, [ZAgreementCreateInput, ZAgreementUpdateInput]);

  return (
    <RecordForm
      saving={saving}
      read={({ data, text, id }) => ({
        type: text("type"),
        title: text("title"),
        partnerId: id("partnerId") ?? undefined,
        ...readFields(AGREEMENT_FIELDS, data),
        predecessorId: id("predecessorId"),
        areas: areas.map(({ value: code }) => ({ code, ...(areaState[code] ?? NEW_LINK) })),
        // The status of a new agreement; an existing one's changes by its own form (a transition).
        ...(agreement ? {} : { status: text("status") }),
      })}
    >
      <fieldset>
        <legend>{m.agreement.general}</legend>
        <TextField label={m.common.title} name="title" required wide maxLength={300} defaultValue={agreement?.title} />
        <SelectField
          label={m.common.type}
          name="type"
          required
          defaultValue={agreement?.type ?? "PARTNERSHIP"}
          options={enumOptions(AGREEMENT_TYPES, m.enums.agreementType)}
        />
        <ComboBox
          label={m.common.partner}
          name="partnerId"
          required
          useOptions={usePartnerOptions}
          defaultSelected={agreement ? partnerOption(agreement.partner, locale) : null}
        />
        {agreement ? null : (
          <SelectField
            label={m.agreement.initialStatus}
            name="status"
            required
            emptyLabel={m.common.choose}
            options={enumOptions(AGREEMENT_STATUSES, m.enums.agreementStatus)}
          />
        )}
        <FieldInputs fields={AGREEMENT_FIELDS} section="general" record={agreement} m={m} />
        <ComboBox
          label={m.agreement.predecessor}
          name="predecessorId"
          useOptions={useAgreementOptions}
          defaultSelected={
            agreement?.predecessor
              ? { value: String(agreement.predecessor.id), label: agreement.predecessor.title }
              : null
          }
        />
      </fieldset>
      <FieldTableFieldset legend={m.agreement.dates} fields={AGREEMENT_FIELDS} section="dates" record={agreement} />
      <fieldset>
        <legend>{m.agreement.areas}</legend>
        <MultiComboBox
          label={m.agreement.areas}
          name="areas"
          useOptions={useAreaOptions}
          selected={areas}
          onChange={setAreas}
        />
        {areas.map((area) => {
          const state = areaState[area.value] ?? NEW_LINK;
          const change = (patch: Partial<AreaChoice>) =>
            setAreaState({ ...areaState, [area.value]: { ...state, ...patch } });
          return (
            <div key={area.value} className="field">
              <span className="label">{area.label}</span>
              <select
                aria-label={`${m.agreement.areaStatus}: ${area.label}`}
                value={state.status}
                onChange={(event) => change({ status: event.target.value as AreaLinkStatus })}
              >
                {AREA_LINK_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {m.enums.areaLinkStatus[value]}
                  </option>
                ))}
              </select>
              <input
                type="text"
                aria-label={`${m.agreement.linkNotes}: ${area.label}`}
                placeholder={m.agreement.linkNotes}
                maxLength={2000}
                value={state.notes}
                onChange={(event) => change({ notes: event.target.value })}
              />
            </div>
          );
        })}
      </fieldset>
    </RecordForm>
  );
}
