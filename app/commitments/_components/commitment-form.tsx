"use client";
// Create and edit a commitment. The shared zod schema checks the input in the browser first; the server checks
// again (the agreement, the due date against the signing, the working group) and its field errors show the same way.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate, partnerName } from "@/server/i18n/format";
import { COMMITMENT_FIELDS, ZCommitmentCreateInput, ZCommitmentUpdateInput } from "@/server/schemas/commitment";
import type { CommitmentDetail } from "@/server/services/commitment/detail";
import { ComboBox } from "../../_components/combobox";
import { CheckboxGroup, SelectField } from "../../_components/fields";
import { FieldTableFieldset, RecordForm, useRecordSave } from "../../_components/form-parts";
import { personOption } from "../../_components/pickers";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { useCommitmentOwnerOptions } from "./owner-options";

export function CommitmentForm({ commitment, agreementId }: { commitment?: CommitmentDetail; agreementId?: number }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const agreements = useQuery(trpc.agreement.options.queryOptions());
  const [chosenAgreement, setChosenAgreement] = useState<number | undefined>(commitment?.agreement.id ?? agreementId);
  const groups = useQuery({
    ...trpc.workingGroup.list.queryOptions({ agreementId: chosenAgreement, pageSize: 200 }),
    enabled: chosenAgreement !== undefined,
  });
  const linkOptions = useQuery({
    ...trpc.commitment.linkOptions.queryOptions({ agreementId: chosenAgreement ?? 0 }),
    enabled: chosenAgreement !== undefined,
  });

  const saving = useRecordSave("commitment", commitment, [ZCommitmentCreateInput, ZCommitmentUpdateInput]);

  return (
    <RecordForm
      saving={saving}
      read={({ data, id }) => ({
        ...readFields(COMMITMENT_FIELDS, data),
        agreementId: id("agreementId") ?? undefined,
        workingGroupId: id("workingGroupId"),
        ownerPersonId: id("ownerPersonId"),
        milestoneIds: data.getAll("milestoneIds").map(Number),
        activityIds: data.getAll("activityIds").map(Number),
      })}
    >
      <fieldset>
        <legend>{m.commitment.promise}</legend>
        <SelectField
          key={`agreement-${agreements.data ? "loaded" : "loading"}`}
          label={m.commitment.agreement}
          name="agreementId"
          required
          wide
          emptyLabel={m.common.choose}
          defaultValue={chosenAgreement}
          onChange={(value) => setChosenAgreement(value === "" ? undefined : Number(value))}
          options={(agreements.data ?? []).map((agreement) => ({
            value: agreement.id,
            label: `${agreement.title} (${partnerName(agreement.partner, locale)})`,
          }))}
        />
        <FieldInputs fields={COMMITMENT_FIELDS} section="promise" record={commitment} m={m} />
        <SelectField
          key={`group-${chosenAgreement}-${groups.data ? "loaded" : "loading"}`}
          label={m.commitment.workingGroup}
          name="workingGroupId"
          emptyLabel={m.commitment.noWorkingGroup}
          defaultValue={commitment?.workingGroup?.id}
          options={(groups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name }))}
        />
        <CheckboxGroup
          key={`milestones-${chosenAgreement}-${linkOptions.data ? "loaded" : "loading"}`}
          label={m.commitment.milestones}
          name="milestoneIds"
          wide
          hint={m.commitment.milestonesHint}
          empty={chosenAgreement === undefined ? m.commitment.chooseAgreementFirst : m.commitment.noMilestones}
          defaultValues={commitment?.milestones.map((link) => link.milestone.id)}
          options={(linkOptions.data?.milestones ?? []).map((milestone) => ({
            value: milestone.id,
            label: milestone.title,
            detail: [milestone.workingGroup.name, milestone.dueOn ? formatDate(milestone.dueOn, locale) : null]
              .filter(Boolean)
              .join(", "),
          }))}
        />
        <CheckboxGroup
          key={`activities-${chosenAgreement}-${linkOptions.data ? "loaded" : "loading"}`}
          label={m.commitment.activities}
          name="activityIds"
          wide
          hint={m.commitment.activitiesHint}
          empty={chosenAgreement === undefined ? m.commitment.chooseAgreementFirst : m.commitment.noActivities}
          defaultValues={commitment?.activities.map((link) => link.activity.id)}
          options={(linkOptions.data?.activities ?? []).map((activity) => ({
            value: activity.id,
            label: activity.title,
            detail: formatDate(activity.startOn, locale),
          }))}
        />
      </fieldset>
      <fieldset>
        <legend>{m.commitment.owners}</legend>
        <ComboBox
          label={m.commitment.ownerPerson}
          name="ownerPersonId"
          hint={m.commitment.ownerPersonHint}
          useOptions={useCommitmentOwnerOptions}
          defaultSelected={commitment?.ownerPerson ? personOption(commitment.ownerPerson) : null}
        />
        <FieldInputs fields={COMMITMENT_FIELDS} section="owners" record={commitment} m={m} />
      </fieldset>
      <FieldTableFieldset legend={m.commitment.due} fields={COMMITMENT_FIELDS} section="due" record={commitment} />
    </RecordForm>
  );
}
