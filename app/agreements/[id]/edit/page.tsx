import { FormPage, titledBy } from "../../../_components/form-page";
import { editRecord, type IdPageProps, loadAgreement } from "../../../_lib/records";
import { AgreementForm } from "../../_components/agreement-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.agreement.editTitle);

export default async function EditAgreementPage(props: IdPageProps) {
  const { record: agreement, m } = await editRecord(loadAgreement, props, "partner", "agreement", "cooperationArea");
  return (
    <FormPage title={m.agreement.editTitle} subtitle={agreement.title}>
      <AgreementForm agreement={agreement} />
    </FormPage>
  );
}
