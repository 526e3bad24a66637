import { FormPage, titledBy } from "../../_components/form-page";
import { newRecord } from "../../_lib/records";
import { AgreementForm } from "../_components/agreement-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.agreement.newTitle);

export default async function NewAgreementPage() {
  const { m } = await newRecord("partner", "agreement", "cooperationArea");
  return (
    <FormPage title={m.agreement.newTitle}>
      <AgreementForm />
    </FormPage>
  );
}
