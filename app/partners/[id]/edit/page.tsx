import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { partnerName } from "@/server/i18n/format";
import { getMessages } from "../../../_i18n/server";
import { loadPartner } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { PartnerForm } from "../../_components/partner-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.partner.editTitle };
}

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("EDITOR");
  const { m, locale } = await getMessages();
  const partner = await loadPartner((await params).id);
  if (!partner) notFound();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/partners">{m.partner.listTitle}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={`/partners/${partner.id}`}>{partnerName(partner, locale)}</Link>
      </p>
      <div className="page-header">
        <h1>{m.partner.editTitle}</h1>
        <p>{partnerName(partner, locale)}</p>
      </div>
      <PartnerForm partner={partner} />
    </>
  );
}
