import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages } from "../../../_i18n/server";
import { loadActivity } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../../_lib/trpc/server";
import { ActivityForm } from "../../_components/activity-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.activity.editTitle };
}

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const activity = await loadActivity((await params).id);
  if (!activity) notFound();
  await Promise.all([
    prefetch(trpc.partner.options.queryOptions()),
    prefetch(trpc.agreement.options.queryOptions()),
    prefetch(trpc.person.options.queryOptions()),
    prefetch(trpc.cooperationArea.list.queryOptions()),
  ]);
  return (
    <>
      <div className="page-header">
        <h1>{m.activity.editTitle}</h1>
        <p>{activity.title}</p>
      </div>
      <HydrateClient>
        <ActivityForm activity={activity} />
      </HydrateClient>
    </>
  );
}
