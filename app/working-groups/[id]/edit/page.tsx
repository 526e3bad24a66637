import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages } from "../../../_i18n/server";
import { loadWorkingGroup } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../../_lib/trpc/server";
import { WorkingGroupForm } from "../../_components/working-group-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.workingGroup.editTitle };
}

export default async function EditWorkingGroupPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const group = await loadWorkingGroup((await params).id);
  if (!group) notFound();
  await Promise.all([prefetch(trpc.agreement.options.queryOptions()), prefetch(trpc.person.options.queryOptions())]);
  return (
    <>
      <div className="page-header">
        <h1>{m.workingGroup.editTitle}</h1>
        <p>{group.name}</p>
      </div>
      <HydrateClient>
        <WorkingGroupForm group={group} />
      </HydrateClient>
    </>
  );
}
