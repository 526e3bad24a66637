"use client";
// Create and edit a working group. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { WORKING_GROUP_STATUSES } from "@/server/domain/enums";
import { fmt, partnerName } from "@/server/i18n/format";
import {
  WORKING_GROUP_FIELDS,
  ZWorkingGroupCreateInput,
  ZWorkingGroupUpdateInput,
} from "@/server/schemas/working-group";
import type { WorkingGroupDetail } from "@/server/services/working-group/detail";
import { SelectField } from "../../_components/fields";
import { FormActions, FormErrorSummary, SourceFieldset, useRecordSave } from "../../_components/form-parts";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

type PersonOption = { id: number; name: string; organisation: string | null; partnerId: number | null };

const personLabel = (person: PersonOption) =>
  person.organisation ? `${person.name} (${person.organisation})` : person.name;

export function WorkingGroupForm({ group, agreementId }: { group?: WorkingGroupDetail; agreementId?: number }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const agreements = useQuery(trpc.agreement.options.queryOptions());
  const people = useQuery(trpc.person.options.queryOptions());
  const membersId = useId();
  const [memberIds, setMemberIds] = useState<string[]>(() =>
    (group?.members ?? []).map((member) => String(member.person.id)),
  );
  const [roles, setRoles] = useState<Record<string, string>>(() =>
    Object.fromEntries((group?.members ?? []).map((member) => [String(member.person.id), member.role ?? ""])),
  );

  const { errors, summary, mutation, save, cancel, formRef } = useRecordSave({
    record: group,
    create: trpc.workingGroup.create.mutationOptions,
    update: trpc.workingGroup.update.mutationOptions,
    createSchema: ZWorkingGroupCreateInput,
    updateSchema: ZWorkingGroupUpdateInput,
    changes: [trpc.workingGroup.pathKey(), trpc.audit.pathKey(), trpc.agreement.pathKey(), trpc.statistics.pathKey()],
    pageOf: (id) => `/working-groups/${id}`,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const id = (name: string) => (text(name) === "" ? null : Number(text(name)));
    const values = {
      ...readFields(WORKING_GROUP_FIELDS, data),
      status: text("status"),
      agreementId: id("agreementId") ?? undefined,
      leadCologneId: id("leadCologneId"),
      leadPartnerId: id("leadPartnerId"),
      memberships: memberIds.map((personId) => ({ personId: Number(personId), role: roles[personId] ?? "" })),
      source: text("source"),
      verified: data.get("verified") === "on",
      notes: text("notes"),
    };
    save(values);
  }

  const allPeople: PersonOption[] = people.data ?? [];
  const byId = new Map(allPeople.map((person) => [String(person.id), person]));
  // Cologne leads are people without a partner, partner leads people of a partner; the current lead stays offered.
  const leadOptions = (side: "cologne" | "partner", current: number | undefined) =>
    allPeople
      .filter((person) => person.id === current || (side === "cologne") === (person.partnerId === null))
      .map((person) => ({ value: person.id, label: personLabel(person) }));
  const membersError = errors.memberships?.[0];

  return (
    <form className="form" ref={formRef} onSubmit={onSubmit} noValidate>
      <FormErrorSummary {...summary} />
      <fieldset>
        <legend>{m.workingGroup.general}</legend>
        <FieldInputs fields={WORKING_GROUP_FIELDS} section="name" record={group} m={m} errors={errors} />
        <SelectField
          // Re-mounted once the options arrive, so the preselected agreement shows.
          key={`agreement-${agreements.data ? "loaded" : "loading"}`}
          label={m.workingGroup.agreement}
          name="agreementId"
          required
          wide
          emptyLabel={m.common.choose}
          defaultValue={group?.agreement.id ?? agreementId}
          options={(agreements.data ?? []).map((agreement) => ({
            value: agreement.id,
            label: `${agreement.title} (${partnerName(agreement.partner, locale)})`,
          }))}
          errors={errors}
        />
        <SelectField
          label={m.common.status}
          name="status"
          required
          defaultValue={group?.status ?? "ANNOUNCED"}
          options={WORKING_GROUP_STATUSES.map((value) => ({ value, label: m.enums.workingGroupStatus[value] }))}
          errors={errors}
        />
        <FieldInputs fields={WORKING_GROUP_FIELDS} section="goal" record={group} m={m} errors={errors} />
      </fieldset>
      <fieldset>
        <legend>{m.workingGroup.people}</legend>
        <SelectField
          key={`lead-cologne-${people.data ? "loaded" : "loading"}`}
          label={m.workingGroup.leadCologne}
          name="leadCologneId"
          emptyLabel={m.common.none}
          defaultValue={group?.leadCologne?.id}
          options={leadOptions("cologne", group?.leadCologne?.id)}
          errors={errors}
        />
        <SelectField
          key={`lead-partner-${people.data ? "loaded" : "loading"}`}
          label={m.workingGroup.leadPartner}
          name="leadPartnerId"
          emptyLabel={m.common.none}
          defaultValue={group?.leadPartner?.id}
          options={leadOptions("partner", group?.leadPartner?.id)}
          errors={errors}
        />
        <div className="field wide">
          <label htmlFor={membersId}>{m.workingGroup.members}</label>
          <select
            id={membersId}
            multiple
            value={memberIds}
            onChange={(event) => setMemberIds(Array.from(event.target.selectedOptions, (option) => option.value))}
            aria-invalid={membersError ? true : undefined}
            aria-describedby={[`${membersId}-hint`, membersError ? `${membersId}-error` : null]
              .filter(Boolean)
              .join(" ")}
          >
            {allPeople.map((person) => (
              <option key={person.id} value={String(person.id)}>
                {personLabel(person)}
              </option>
            ))}
          </select>
          <span className="field__hint" id={`${membersId}-hint`}>
            {m.workingGroup.membersHint}
          </span>
          {membersError ? (
            <span className="field__error" id={`${membersId}-error`}>
              {membersError}
            </span>
          ) : null}
        </div>
        {memberIds.map((personId) => {
          const name = byId.get(personId)?.name ?? `#${personId}`;
          return (
            <div key={personId} className="field">
              <label htmlFor={`${membersId}-role-${personId}`}>
                {fmt(m.workingGroup.memberRole, { name }, locale)}
              </label>
              <input
                id={`${membersId}-role-${personId}`}
                type="text"
                maxLength={200}
                value={roles[personId] ?? ""}
                onChange={(event) => setRoles({ ...roles, [personId]: event.target.value })}
              />
            </div>
          );
        })}
      </fieldset>
      <SourceFieldset record={group} errors={errors} />
      <FormActions pending={mutation.isPending} onCancel={cancel} />
    </form>
  );
}
