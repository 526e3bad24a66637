import { FormPage, titledBy } from "../../../_components/form-page";
import { getMessages } from "../../../_i18n/server";
import { requireRole } from "../../../_lib/session";
import { AccountCreateForm } from "../_components/account-create-form";

export const generateMetadata = titledBy((m) => m.admin.newAccountTitle);

export default async function NewAccountPage() {
  await requireRole("ADMIN");
  const { m } = await getMessages();
  return (
    <FormPage title={m.admin.newAccountTitle} crumbs={[{ href: "/admin/accounts", label: m.admin.accountsTitle }]}>
      <AccountCreateForm />
    </FormPage>
  );
}
