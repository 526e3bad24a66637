import { FormPage, titledBy } from "../../_components/form-page";
import { newRecord } from "../../_lib/records";
import { ActivityForm } from "../_components/activity-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.activity.newTitle);

export default async function NewActivityPage() {
  const { m } = await newRecord("partner", "agreement", "person", "cooperationArea");
  return (
    <FormPage title={m.activity.newTitle}>
      <ActivityForm />
    </FormPage>
  );
}
