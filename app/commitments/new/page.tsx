import type { PageSearchParams } from "@/server/lists/define";
import { FormPage, titledBy } from "../../_components/form-page";
import { idParam } from "../../_lib/params";
import { newRecord } from "../../_lib/records";
import { CommitmentForm } from "../_components/commitment-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.commitment.newTitle);

/** ?agreementId=<id>: a commitment of that agreement (the agreement page's "add commitment"). */
export default async function NewCommitmentPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { m } = await newRecord("agreement");
  const agreementId = await idParam(searchParams, "agreementId");
  return (
    <FormPage title={m.commitment.newTitle}>
      <CommitmentForm agreementId={agreementId} />
    </FormPage>
  );
}
