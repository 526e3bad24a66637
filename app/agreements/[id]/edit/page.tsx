import { notFound } from "next/navigation";
import { FormPage, titledBy } from "../../../_components/form-page";
import { getMessages } from "../../../_i18n/server";
import { type IdPageProps, loadAgreement } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { prefetchOptions } from "../../../_lib/trpc/server";
import { AgreementForm } from "../../_components/agreement-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.agreement.editTitle);

export default async function EditAgreementPage({ params }: IdPageProps) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const agreement = await loadAgreement((await params).id);
  if (!agreement) notFound();
  await prefetchOptions("partner", "agreement", "cooperationArea");
  return (
    <FormPage title={m.agreement.editTitle} subtitle={agreement.title}>
      <AgreementForm agreement={agreement} />
    </FormPage>
  );
}
