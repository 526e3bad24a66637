import { FormPage, titledBy } from "../../../_components/form-page";
import { editRecord, type IdPageProps, loadWorkingGroup } from "../../../_lib/records";
import { WorkingGroupForm } from "../../_components/working-group-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.workingGroup.editTitle);

export default async function EditWorkingGroupPage(props: IdPageProps) {
  const { record: group, m } = await editRecord(loadWorkingGroup, props, "agreement", "person");
  return (
    <FormPage title={m.workingGroup.editTitle} subtitle={group.name}>
      <WorkingGroupForm group={group} />
    </FormPage>
  );
}
