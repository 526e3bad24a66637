import { FormPage, titledBy } from "../../_components/form-page";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { PartnerForm } from "../_components/partner-form";

export const generateMetadata = titledBy((m) => m.partner.newTitle);

export default async function NewPartnerPage() {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  return (
    <FormPage title={m.partner.newTitle} crumbs={[{ href: "/partners", label: m.partner.listTitle }]}>
      <PartnerForm />
    </FormPage>
  );
}
