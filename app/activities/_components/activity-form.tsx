"use client";
// Create and edit an activity. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { ACTIVITY_TYPES } from "@/server/domain/enums";
import { fmt, partnerName } from "@/server/i18n/format";
import { ACTIVITY_FIELDS, ZActivityCreateInput, ZActivityUpdateInput } from "@/server/schemas/activity";
import type { ActivityDetail } from "@/server/services/activity/detail";
import { SelectField } from "../../_components/fields";
import { FormActions, FormErrorSummary, SourceFieldset, useRecordSave } from "../../_components/form-parts";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

type PersonOption = { id: number; name: string; organisation: string | null };

const personLabel = (person: PersonOption) =>
  person.organisation ? `${person.name} (${person.organisation})` : person.name;

/** A labelled <select multiple> with a hint and the field's error. */
function MultiSelect({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  value: string[];
  onChange: (value: string[]) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        value={value}
        onChange={(event) => onChange(Array.from(event.target.selectedOptions, (option) => option.value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <span className="field__hint" id={`${id}-hint`}>
        {hint}
      </span>
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function ActivityForm({ activity }: { activity?: ActivityDetail }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const partners = useQuery(trpc.partner.options.queryOptions());
  const agreements = useQuery(trpc.agreement.options.queryOptions());
  const people = useQuery(trpc.person.options.queryOptions());
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());
  const idPrefix = useId();
  const [agreementIds, setAgreementIds] = useState<string[]>(() =>
    (activity?.agreements ?? []).map((agreement) => String(agreement.id)),
  );
  const [areaCodes, setAreaCodes] = useState<string[]>(() => (activity?.areas ?? []).map((area) => area.code));
  const [participantIds, setParticipantIds] = useState<string[]>(() =>
    (activity?.participants ?? []).map((participant) => String(participant.person.id)),
  );
  const [roles, setRoles] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      (activity?.participants ?? []).map((participant) => [String(participant.person.id), participant.role ?? ""]),
    ),
  );

  const { errors, summary, mutation, save, cancel, formRef } = useRecordSave({
    record: activity,
    create: trpc.activity.create.mutationOptions,
    update: trpc.activity.update.mutationOptions,
    createSchema: ZActivityCreateInput,
    updateSchema: ZActivityUpdateInput,
    changes: [trpc.activity.pathKey(), trpc.audit.pathKey(), trpc.agreement.pathKey(), trpc.statistics.pathKey()],
    pageOf: (id) => `/activities/${id}`,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const values = {
      type: text("type"),
      ...readFields(ACTIVITY_FIELDS, data),
      partnerId: text("partnerId") === "" ? null : Number(text("partnerId")),
      source: text("source"),
      verified: data.get("verified") === "on",
      agreementIds: agreementIds.map(Number),
      areaCodes,
      participants: participantIds.map((personId) => ({ personId: Number(personId), role: roles[personId] ?? "" })),
    };
    save(values);
  }

  const peopleById = new Map((people.data ?? []).map((person) => [String(person.id), person]));

  return (
    <form className="form" ref={formRef} onSubmit={onSubmit} noValidate>
      <FormErrorSummary {...summary} />
      <fieldset>
        <legend>{m.activity.general}</legend>
        <FieldInputs fields={ACTIVITY_FIELDS} section="title" record={activity} m={m} errors={errors} />
        <SelectField
          label={m.common.type}
          name="type"
          required
          defaultValue={activity?.type ?? "VISIT"}
          options={ACTIVITY_TYPES.map((value) => ({ value, label: m.enums.activityType[value] }))}
          errors={errors}
        />
        <FieldInputs fields={ACTIVITY_FIELDS} section="when" record={activity} m={m} errors={errors} />
        <SelectField
          // Re-mounted once the options arrive, so the current partner shows.
          key={`partner-${partners.data ? "loaded" : "loading"}`}
          label={m.common.partner}
          name="partnerId"
          emptyLabel={m.activity.noPartner}
          defaultValue={activity?.partner?.id}
          options={(partners.data ?? []).map((partner) => ({ value: partner.id, label: partnerName(partner, locale) }))}
          errors={errors}
        />
      </fieldset>
      <fieldset>
        <legend>{m.activity.links}</legend>
        <MultiSelect
          id={`${idPrefix}-agreements`}
          label={m.activity.agreements}
          hint={m.activity.agreementsHint}
          error={errors.agreementIds?.[0]}
          value={agreementIds}
          onChange={setAgreementIds}
          options={(agreements.data ?? []).map((agreement) => ({
            value: String(agreement.id),
            label: `${agreement.title} (${partnerName(agreement.partner, locale)})`,
          }))}
        />
        <fieldset className="wide">
          <legend>{m.activity.areas}</legend>
          {(areas.data ?? []).map((area) => (
            <div key={area.code} className="field field--checkbox">
              <input
                id={`${idPrefix}-area-${area.code}`}
                type="checkbox"
                checked={areaCodes.includes(area.code)}
                onChange={(event) =>
                  setAreaCodes(
                    event.target.checked ? [...areaCodes, area.code] : areaCodes.filter((code) => code !== area.code),
                  )
                }
              />
              <label htmlFor={`${idPrefix}-area-${area.code}`}>{locale === "de" ? area.nameDe : area.nameEn}</label>
            </div>
          ))}
          {errors.areaCodes?.[0] ? <p className="field__error wide">{errors.areaCodes[0]}</p> : null}
        </fieldset>
        <MultiSelect
          id={`${idPrefix}-participants`}
          label={m.activity.participants}
          hint={m.activity.participantsHint}
          error={errors.participants?.[0]}
          value={participantIds}
          onChange={setParticipantIds}
          options={(people.data ?? []).map((person) => ({ value: String(person.id), label: personLabel(person) }))}
        />
        {participantIds.map((personId) => {
          const name = peopleById.get(personId)?.name ?? `#${personId}`;
          const inputId = `${idPrefix}-role-${personId}`;
          return (
            <div key={personId} className="field">
              <label htmlFor={inputId}>{fmt(m.activity.participantRole, { name }, locale)}</label>
              <input
                id={inputId}
                type="text"
                maxLength={200}
                value={roles[personId] ?? ""}
                onChange={(event) => setRoles({ ...roles, [personId]: event.target.value })}
              />
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{m.activity.texts}</legend>
        <FieldInputs fields={ACTIVITY_FIELDS} section="texts" record={activity} m={m} errors={errors} />
      </fieldset>
      <SourceFieldset record={activity} errors={errors} withNotes={false} />
      <FormActions pending={mutation.isPending} onCancel={cancel} />
    </form>
  );
}
