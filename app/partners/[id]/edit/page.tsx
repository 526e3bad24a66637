import { partnerName } from "@/server/i18n/format";
import { FormPage, titledBy } from "../../../_components/form-page";
import { editRecord, type IdPageProps, loadPartner } from "../../../_lib/records";
import { PartnerForm } from "../../_components/partner-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.partner.editTitle);

export default async function EditPartnerPage(props: IdPageProps) {
  const { record: partner, m, locale } = await editRecord(loadPartner, props);
  const name = partnerName(partner, locale);
  return (
    <FormPage
      title={m.partner.editTitle}
      subtitle={name}
      crumbs={[
        { href: "/partners", label: m.partner.listTitle },
        { href: `/partners/${partner.id}`, label: name },
      ]}
    >
      <PartnerForm partner={partner} />
    </FormPage>
  );
}
