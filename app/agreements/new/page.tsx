import { FormPage, titledBy } from "../../_components/form-page";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { prefetchOptions } from "../../_lib/trpc/server";
import { AgreementForm } from "../_components/agreement-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.agreement.newTitle);

export default async function NewAgreementPage() {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  // A <select defaultValue> picks its default only among the options it has when it mounts.
  await prefetchOptions("partner", "agreement", "cooperationArea");
  return (
    <FormPage title={m.agreement.newTitle}>
      <AgreementForm />
    </FormPage>
  );
}
