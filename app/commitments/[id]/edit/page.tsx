import { FormPage, titledBy } from "../../../_components/form-page";
import { editRecord, type IdPageProps, loadCommitment } from "../../../_lib/records";
import { CommitmentForm } from "../../_components/commitment-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.commitment.editTitle);

export default async function EditCommitmentPage(props: IdPageProps) {
  const { record: commitment, m } = await editRecord(loadCommitment, props, "agreement");
  return (
    <FormPage title={m.commitment.editTitle} subtitle={commitment.title}>
      <CommitmentForm commitment={commitment} />
    </FormPage>
  );
}
