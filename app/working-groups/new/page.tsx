import type { Metadata } from "next";
import { getMessages } from "../../_i18n/server";
import { parseId } from "../../_lib/params";
import { requireRole } from "../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../_lib/trpc/server";
import { WorkingGroupForm } from "../_components/working-group-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.workingGroup.newTitle };
}

export default async function NewWorkingGroupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const raw = (await searchParams).agreementId;
  const agreementId = typeof raw === "string" ? (parseId(raw) ?? undefined) : undefined;
  await Promise.all([prefetch(trpc.agreement.options.queryOptions()), prefetch(trpc.person.options.queryOptions())]);
  return (
    <>
      <div className="page-header">
        <h1>{m.workingGroup.newTitle}</h1>
      </div>
      <HydrateClient>
        <WorkingGroupForm agreementId={agreementId} />
      </HydrateClient>
    </>
  );
}
