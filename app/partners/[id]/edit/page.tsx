import { notFound } from "next/navigation";
import { partnerName } from "@/server/i18n/format";
import { FormPage, titledBy } from "../../../_components/form-page";
import { getMessages } from "../../../_i18n/server";
import { type IdPageProps, loadPartner } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { PartnerForm } from "../../_components/partner-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.partner.editTitle);

export default async function EditPartnerPage({ params }: IdPageProps) {
  await requireRole("EDITOR");
  const { m, locale } = await getMessages();
  const partner = await loadPartner((await params).id);
  if (!partner) notFound();
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
