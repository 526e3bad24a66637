import { notFound } from "next/navigation";
import { FormPage, titledBy } from "../../../_components/form-page";
import { getMessages } from "../../../_i18n/server";
import { type IdPageProps, loadActivity } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { prefetchOptions } from "../../../_lib/trpc/server";
import { ActivityForm } from "../../_components/activity-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.activity.editTitle);

export default async function EditActivityPage({ params }: IdPageProps) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const activity = await loadActivity((await params).id);
  if (!activity) notFound();
  await prefetchOptions("partner", "agreement", "person", "cooperationArea");
  return (
    <FormPage title={m.activity.editTitle} subtitle={activity.title}>
      <ActivityForm activity={activity} />
    </FormPage>
  );
}
