import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "../../../_i18n/server";
import { requireRole } from "../../../_lib/session";
import { AccountCreateForm } from "../_components/account-create-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.admin.newAccountTitle };
}

export default async function NewAccountPage() {
  await requireRole("ADMIN");
  const { m } = await getMessages();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/accounts">{m.admin.accountsTitle}</Link>
      </p>
      <div className="page-header">
        <h1>{m.admin.newAccountTitle}</h1>
      </div>
      <AccountCreateForm />
    </>
  );
}
