import { notFound } from "next/navigation";
import { FormPage, titledBy } from "../../../_components/form-page";
import { getMessages } from "../../../_i18n/server";
import { type IdPageProps, loadWorkingGroup } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { prefetchOptions } from "../../../_lib/trpc/server";
import { WorkingGroupForm } from "../../_components/working-group-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.workingGroup.editTitle);

export default async function EditWorkingGroupPage({ params }: IdPageProps) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const group = await loadWorkingGroup((await params).id);
  if (!group) notFound();
  await prefetchOptions("agreement", "person");
  return (
    <FormPage title={m.workingGroup.editTitle} subtitle={group.name}>
      <WorkingGroupForm group={group} />
    </FormPage>
  );
}
