import type { PageSearchParams } from "@/server/lists/define";
import { FormPage, titledBy } from "../../_components/form-page";
import { idParam } from "../../_lib/params";
import { newRecord } from "../../_lib/records";
import { WorkingGroupForm } from "../_components/working-group-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.workingGroup.newTitle);

/** ?agreementId=<id>: a group of that agreement (the agreement page's "new working group"). */
export default async function NewWorkingGroupPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { m } = await newRecord("agreement", "person");
  const agreementId = await idParam(searchParams, "agreementId");
  return (
    <FormPage title={m.workingGroup.newTitle}>
      <WorkingGroupForm agreementId={agreementId} />
    </FormPage>
  );
}
