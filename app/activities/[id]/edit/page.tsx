import { FormPage, titledBy } from "../../../_components/form-page";
import { editRecord, type IdPageProps, loadActivity } from "../../../_lib/records";
import { ActivityForm } from "../../_components/activity-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.activity.editTitle);

export default async function EditActivityPage(props: IdPageProps) {
  const { record: activity, m } = await editRecord(
    loadActivity,
    props,
    "partner",
    "agreement",
    "person",
    "cooperationArea",
  );
  return (
    <FormPage title={m.activity.editTitle} subtitle={activity.title}>
      <ActivityForm activity={activity} />
    </FormPage>
  );
}
