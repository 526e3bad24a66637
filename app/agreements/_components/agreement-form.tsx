"use client";
// Create and edit an agreement. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, AREA_LINK_STATUSES, type AreaLinkStatus } from "@/server/domain/enums";
import { partnerName } from "@/server/i18n/format";
import { AGREEMENT_FIELDS, ZAgreementCreateInput, ZAgreementUpdateInput } from "@/server/schemas/agreement";
import type { AgreementDetail } from "@/server/services/agreement/detail";
import { SelectField, TextField } from "../../_components/fields";
import { FormActions, FormErrorSummary, SourceFieldset, useRecordSave } from "../../_components/form-parts";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

/** A cooperation area as the form holds it: linked or not, the link's status and its note. */
type AreaChoice = { on: boolean; status: AreaLinkStatus; notes: string };
const UNLINKED: AreaChoice = { on: false, status: "PLANNED", notes: "" };

function readForm(form: HTMLFormElement, areaState: Record<string, AreaChoice>) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  const id = (name: string) => (text(name) === "" ? null : Number(text(name)));
  return {
    type: text("type"),
    title: text("title"),
    partnerId: id("partnerId") ?? undefined,
    ...readFields(AGREEMENT_FIELDS, data),
    predecessorId: id("predecessorId"),
    source: text("source"),
    verified: data.get("verified") === "on",
    notes: text("notes"),
    areas: Object.entries(areaState)
      .filter(([, value]) => value.on)
      .map(([code, value]) => ({ code, status: value.status, notes: value.notes })),
  };
}

export function AgreementForm({ agreement }: { agreement?: AgreementDetail }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const partners = useQuery(trpc.partner.options.queryOptions());
  const agreements = useQuery(trpc.agreement.options.queryOptions());
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());
  const [areaState, setAreaState] = useState<Record<string, AreaChoice>>(() =>
    Object.fromEntries(
      (agreement?.areas ?? []).map((link) => [
        link.area.code,
        { on: true, status: link.status, notes: link.notes ?? "" },
      ]),
    ),
  );

  const { errors, summary, mutation, save, cancel, formRef } = useRecordSave({
    record: agreement,
    create: trpc.agreement.create.mutationOptions,
    update: trpc.agreement.update.mutationOptions,
    createSchema: ZAgreementCreateInput,
    updateSchema: ZAgreementUpdateInput,
    changes: [trpc.agreement.pathKey(), trpc.audit.pathKey(), trpc.statistics.pathKey()],
    pageOf: (id) => `/agreements/${id}`,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event.currentTarget, areaState);
    const status = String(new FormData(event.currentTarget).get("status") ?? "PROPOSED");
    save(agreement ? values : { ...values, status });
  }

  return (
    <form className="form" ref={formRef} onSubmit={onSubmit} noValidate>
      <FormErrorSummary {...summary} />
      <fieldset>
        <legend>{m.agreement.general}</legend>
        <TextField
          label={m.common.title}
          name="title"
          required
          wide
          maxLength={300}
          defaultValue={agreement?.title}
          errors={errors}
        />
        <SelectField
          label={m.common.type}
          name="type"
          required
          defaultValue={agreement?.type ?? "PARTNERSHIP"}
          options={AGREEMENT_TYPES.map((value) => ({ value, label: m.enums.agreementType[value] }))}
          errors={errors}
        />
        <SelectField
          label={m.common.partner}
          name="partnerId"
          required
          emptyLabel={m.common.choose}
          defaultValue={agreement?.partner.id}
          options={(partners.data ?? []).map((partner) => ({ value: partner.id, label: partnerName(partner, locale) }))}
          errors={errors}
        />
        {agreement ? null : (
          <SelectField
            label={m.agreement.initialStatus}
            name="status"
            defaultValue="PROPOSED"
            options={AGREEMENT_STATUSES.map((value) => ({ value, label: m.enums.agreementStatus[value] }))}
            errors={errors}
          />
        )}
        <FieldInputs fields={AGREEMENT_FIELDS} section="general" record={agreement} m={m} errors={errors} />
        <SelectField
          label={m.agreement.predecessor}
          name="predecessorId"
          emptyLabel={m.common.none}
          defaultValue={agreement?.predecessor?.id}
          options={(agreements.data ?? [])
            .filter((option) => option.id !== agreement?.id)
            .map((option) => ({ value: option.id, label: option.title }))}
          errors={errors}
        />
      </fieldset>
      <fieldset>
        <legend>{m.agreement.dates}</legend>
        <FieldInputs fields={AGREEMENT_FIELDS} section="dates" record={agreement} m={m} errors={errors} />
      </fieldset>
      <fieldset>
        <legend>{m.agreement.areas}</legend>
        {(areas.data ?? []).map((area) => {
          const state = areaState[area.code] ?? UNLINKED;
          const label = locale === "de" ? area.nameDe : area.nameEn;
          return (
            <div key={area.code} className="field">
              <span className="field field--checkbox">
                <input
                  id={`area-${area.code}`}
                  type="checkbox"
                  checked={state.on}
                  onChange={(event) =>
                    setAreaState({ ...areaState, [area.code]: { ...state, on: event.target.checked } })
                  }
                />
                <label htmlFor={`area-${area.code}`}>{label}</label>
              </span>
              {state.on ? (
                <select
                  aria-label={`${m.agreement.areaStatus}: ${label}`}
                  value={state.status}
                  onChange={(event) =>
                    setAreaState({
                      ...areaState,
                      [area.code]: { ...state, status: event.target.value as AreaLinkStatus },
                    })
                  }
                >
                  {AREA_LINK_STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {m.enums.areaLinkStatus[value]}
                    </option>
                  ))}
                </select>
              ) : null}
              {state.on ? (
                <input
                  type="text"
                  aria-label={`${m.agreement.linkNotes}: ${label}`}
                  placeholder={m.agreement.linkNotes}
                  maxLength={2000}
                  value={state.notes}
                  onChange={(event) =>
                    setAreaState({ ...areaState, [area.code]: { ...state, notes: event.target.value } })
                  }
                />
              ) : null}
            </div>
          );
        })}
        {errors.areas?.[0] ? <p className="field__error wide">{errors.areas[0]}</p> : null}
      </fieldset>
      <SourceFieldset record={agreement} errors={errors} />
      <FormActions pending={mutation.isPending} onCancel={cancel} />
    </form>
  );
}
