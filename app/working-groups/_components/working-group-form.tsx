"use client";
// Create and edit a working group. The shared zod schema checks the input in the browser first; the server checks
// again and its field errors are shown the same way. Typed input stays in the form when saving fails.
import { useQuery } from "@tanstack/react-query";
import { WORKING_GROUP_STATUSES } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import {
  WORKING_GROUP_FIELDS,
  ZWorkingGroupCreateInput,
  ZWorkingGroupUpdateInput,
} from "@/server/schemas/working-group";
import type { WorkingGroupDetail } from "@/server/services/working-group/detail";
import { ComboBox } from "../../_components/combobox";
import { SelectField } from "../../_components/fields";
import { RecordForm, useRecordSave } from "../../_components/form-parts";
import { enumOptions } from "../../_components/list-controls";
import { PeopleWithRoles, usePeopleWithRoles } from "../../_components/people-with-roles";
import {
  agreementOption,
  personOption,
  useAgreementOptions,
  useCologneSideOptions,
  usePartnerSideOptions,
} from "../../_components/pickers";
import { FieldInputs, readFields } from "../../_components/record-fields";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function WorkingGroupForm({ group, agreementId }: { group?: WorkingGroupDetail; agreementId?: number }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  // A new group for a given agreement (?agreementId=…) starts with that agreement chosen.
  const given = useQuery({
    ...trpc.agreement.byId.queryOptions({ id: agreementId ?? 0 }),
    enabled: !group && agreementId !== undefined,
  });
  const initialAgreement = group?.agreement ?? given.data;
  const members = usePeopleWithRoles(group?.members);

  const saving = useRecordSave("workingGroup", group, [ZWorkingGroupCreateInput, ZWorkingGroupUpdateInput]);

  return (
    <RecordForm
      saving={saving}
      read={({ data, text, id }) => ({
        ...readFields(WORKING_GROUP_FIELDS, data),
        status: text("status"),
        agreementId: id("agreementId") ?? undefined,
        leadCologneId: id("leadCologneId"),
        leadPartnerId: id("leadPartnerId"),
        memberships: members.entries(),
      })}
    >
      <fieldset>
        <legend>{m.workingGroup.general}</legend>
        <FieldInputs fields={WORKING_GROUP_FIELDS} section="name" record={group} m={m} />
        <ComboBox
          // Mounted afresh once the given agreement is known, so it shows as chosen.
          key={`agreement-${initialAgreement ? "given" : "none"}`}
          label={m.workingGroup.agreement}
          name="agreementId"
          required
          wide
          useOptions={useAgreementOptions}
          defaultSelected={initialAgreement ? agreementOption(initialAgreement, locale) : null}
        />
        <SelectField
          label={m.common.status}
          name="status"
          required
          defaultValue={group?.status ?? "ANNOUNCED"}
          options={enumOptions(WORKING_GROUP_STATUSES, m.enums.workingGroupStatus)}
        />
        <FieldInputs fields={WORKING_GROUP_FIELDS} section="goal" record={group} m={m} />
      </fieldset>
      <fieldset>
        <legend>{m.workingGroup.people}</legend>
        <ComboBox
          label={m.workingGroup.leadCologne}
          name="leadCologneId"
          useOptions={useCologneSideOptions}
          defaultSelected={group?.leadCologne ? personOption(group.leadCologne) : null}
        />
        <ComboBox
          label={m.workingGroup.leadPartner}
          name="leadPartnerId"
          useOptions={usePartnerSideOptions}
          defaultSelected={group?.leadPartner ? personOption(group.leadPartner) : null}
        />
        <PeopleWithRoles
          label={m.workingGroup.members}
          name="memberships"
          roleLabel={(name) => fmt(m.workingGroup.memberRole, { name }, locale)}
          state={members}
        />
      </fieldset>
    </RecordForm>
  );
}
