"use client";
// Create and edit a person. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import type { z } from "zod";
import { countryName, partnerName } from "@/server/i18n/format";
import { ZPersonCreateInput, ZPersonUpdateInput } from "@/server/schemas/person";
import type { PersonDetail } from "@/server/services/person/detail";
import { SelectField, TextField } from "../../_components/fields";
import { FormActions, FormErrorSummary, SourceFieldset, useFormErrors } from "../../_components/form-parts";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    name: text("name"),
    role: text("role"),
    organisation: text("organisation"),
    partnerId: text("partnerId") === "" ? null : Number(text("partnerId")),
    email: text("email"),
    source: text("source"),
    verified: data.get("verified") === "on",
    notes: text("notes"),
  };
}

export function PersonForm({ person, partnerId }: { person?: PersonDetail; partnerId?: number }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const partners = useQuery(trpc.partner.options.queryOptions());

  const onSaved = async (id: number) => {
    await queryClient.invalidateQueries({ queryKey: trpc.person.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.partner.pathKey() });
    router.push(`/people/${id}`);
  };
  const create = useMutation(trpc.person.create.mutationOptions({ onSuccess: (result) => onSaved(result.id) }));
  const update = useMutation(trpc.person.update.mutationOptions({ onSuccess: (result) => onSaved(result.id) }));
  const mutation = person ? update : create;
  const { errors, ownErrors, validate } = useFormErrors(mutation.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const input = person ? { ...values, id: person.id, version: person.version } : values;
    if (!validate(person ? ZPersonUpdateInput : ZPersonCreateInput, input)) return;
    if (person) update.mutate(input as z.input<typeof ZPersonUpdateInput>);
    else create.mutate(input as z.input<typeof ZPersonCreateInput>);
  }

  const partnerOptions = (partners.data ?? [])
    .map((partner) => ({
      value: partner.id,
      label: `${partnerName(partner, locale)} (${countryName(partner.countryCode, locale)})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormErrorSummary ownErrors={ownErrors} serverError={mutation.error} />
      <fieldset>
        <legend>{m.person.general}</legend>
        <TextField
          label={m.common.name}
          name="name"
          required
          maxLength={200}
          defaultValue={person?.name}
          errors={errors}
        />
        <TextField label={m.common.role} name="role" maxLength={200} defaultValue={person?.role} errors={errors} />
        <TextField
          label={m.common.organisation}
          name="organisation"
          maxLength={300}
          defaultValue={person?.organisation}
          errors={errors}
        />
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
        <TextField
          label={m.person.email}
          name="email"
          type="email"
          hint={m.person.emailHint}
          maxLength={320}
          defaultValue={person?.email}
          errors={errors}
        />
      </fieldset>
      <SourceFieldset record={person} errors={errors} />
      <FormActions pending={mutation.isPending} onCancel={() => router.back()} />
    </form>
  );
}
