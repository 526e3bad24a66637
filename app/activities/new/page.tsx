import type { Metadata } from "next";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../_lib/trpc/server";
import { ActivityForm } from "../_components/activity-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.activity.newTitle };
}

export default async function NewActivityPage() {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  await Promise.all([
    prefetch(trpc.partner.options.queryOptions()),
    prefetch(trpc.agreement.options.queryOptions()),
    prefetch(trpc.person.options.queryOptions()),
    prefetch(trpc.cooperationArea.list.queryOptions()),
  ]);
  return (
    <>
      <div className="page-header">
        <h1>{m.activity.newTitle}</h1>
      </div>
      <HydrateClient>
        <ActivityForm />
      </HydrateClient>
    </>
  );
}
