import { FormPage, titledBy } from "../../_components/form-page";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { prefetchOptions } from "../../_lib/trpc/server";
import { ActivityForm } from "../_components/activity-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.activity.newTitle);

export default async function NewActivityPage() {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  // A <select defaultValue> picks its default only among the options it has when it mounts.
  await prefetchOptions("partner", "agreement", "person", "cooperationArea");
  return (
    <FormPage title={m.activity.newTitle}>
      <ActivityForm />
    </FormPage>
  );
}
