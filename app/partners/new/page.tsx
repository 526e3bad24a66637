import { FormPage, titledBy } from "../../_components/form-page";
import { newRecord } from "../../_lib/records";
import { PartnerForm } from "../_components/partner-form";

export const generateMetadata = titledBy((m) => m.partner.newTitle);

export default async function NewPartnerPage() {
  const { m } = await newRecord();
  return (
    <FormPage title={m.partner.newTitle} crumbs={[{ href: "/partners", label: m.partner.listTitle }]}>
      <PartnerForm />
    </FormPage>
  );
}
