import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { PartnerForm } from "../_components/partner-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.partner.newTitle };
}

export default async function NewPartnerPage() {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/partners">{m.partner.listTitle}</Link>
      </p>
      <div className="page-header">
        <h1>{m.partner.newTitle}</h1>
      </div>
      <PartnerForm />
    </>
  );
}
