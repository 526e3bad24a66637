"use client";
// Create and edit a person. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { countryName, partnerName } from "@/server/i18n/format";
import { PERSON_FIELDS, ZPersonCreateInput, ZPersonUpdateInput } from "@/server/schemas/person";
import type { PersonDetail } from "@/server/services/person/detail";
import { SelectField } from "../../_components/fields";
import { FormActions, FormErrorSummary, SourceFieldset, useRecordSave } from "../../_components/form-parts";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    ...readFields(PERSON_FIELDS, data),
    partnerId: text("partnerId") === "" ? null : Number(text("partnerId")),
    source: text("source"),
    verified: data.get("verified") === "on",
    notes: text("notes"),
  };
}

export function PersonForm({ person, partnerId }: { person?: PersonDetail; partnerId?: number }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const partners = useQuery(trpc.partner.options.queryOptions());

  const { errors, summary, mutation, save, cancel, formRef } = useRecordSave({
    record: person,
    create: trpc.person.create.mutationOptions,
    update: trpc.person.update.mutationOptions,
    createSchema: ZPersonCreateInput,
    updateSchema: ZPersonUpdateInput,
    changes: [trpc.person.pathKey(), trpc.audit.pathKey(), trpc.partner.pathKey()],
    pageOf: (id) => `/people/${id}`,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save(readForm(event.currentTarget));
  }

  const partnerOptions = (partners.data ?? [])
    .map((partner) => ({
      value: partner.id,
      label: `${partnerName(partner, locale)} (${countryName(partner.countryCode, locale)})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  return (
    <form className="form" ref={formRef} onSubmit={onSubmit} noValidate>
      <FormErrorSummary {...summary} />
      <fieldset>
        <legend>{m.person.general}</legend>
        <FieldInputs fields={PERSON_FIELDS} section="general" record={person} m={m} errors={errors} />
        <SelectField
          // Mounted again once the options are there, so that the current partner is selected.
          key={partners.data ? "loaded" : "loading"}
          label={m.common.partner}
          name="partnerId"
          hint={m.person.partnerHint}
          emptyLabel={m.person.cologneSide}
          defaultValue={person ? person.partner?.id : partnerId}
          options={partnerOptions}
          errors={errors}
        />
      </fieldset>
      <fieldset>
        <legend>{m.person.contact}</legend>
        <FieldInputs fields={PERSON_FIELDS} section="contact" record={person} m={m} errors={errors} />
      </fieldset>
      <SourceFieldset record={person} errors={errors} />
      <FormActions pending={mutation.isPending} onCancel={cancel} />
    </form>
  );
}
