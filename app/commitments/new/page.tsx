import type { PageSearchParams } from "@/server/lists/define";
import { FormPage, titledBy } from "../../_components/form-page";
import { getMessages } from "../../_i18n/server";
import { parseId } from "../../_lib/params";
import { requireRole } from "../../_lib/session";
import { prefetchOptions } from "../../_lib/trpc/server";
import { CommitmentForm } from "../_components/commitment-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.commitment.newTitle);

/** ?agreementId=<id>: a commitment of that agreement (the agreement page's "add commitment"). */
export default async function NewCommitmentPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const raw = (await searchParams).agreementId;
  const agreementId = typeof raw === "string" ? (parseId(raw) ?? undefined) : undefined;
  await prefetchOptions("agreement");
  return (
    <FormPage title={m.commitment.newTitle}>
      <CommitmentForm agreementId={agreementId} />
    </FormPage>
  );
}
