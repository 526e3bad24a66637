import type { PageSearchParams } from "@/server/lists/define";
import { FormPage, titledBy } from "../../_components/form-page";
import { getMessages } from "../../_i18n/server";
import { parseId } from "../../_lib/params";
import { requireRole } from "../../_lib/session";
import { prefetchOptions } from "../../_lib/trpc/server";
import { WorkingGroupForm } from "../_components/working-group-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.workingGroup.newTitle);

/** ?agreementId=<id>: a group of that agreement (the agreement page's "new working group"). */
export default async function NewWorkingGroupPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const raw = (await searchParams).agreementId;
  const agreementId = typeof raw === "string" ? (parseId(raw) ?? undefined) : undefined;
  await prefetchOptions("agreement", "person");
  return (
    <FormPage title={m.workingGroup.newTitle}>
      <WorkingGroupForm agreementId={agreementId} />
    </FormPage>
  );
}
