import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages } from "../../../_i18n/server";
import { loadAgreement } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { HydrateClient } from "../../../_lib/trpc/server";
import { AgreementForm, prefetchAgreementFormOptions } from "../../_components/agreement-form-options";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.agreement.editTitle };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const agreement = await loadAgreement((await params).id);
  if (!agreement) notFound();
  await prefetchAgreementFormOptions();
  return (
    <>
      <div className="page-header">
        <h1>{m.agreement.editTitle}</h1>
        <p>{agreement.title}</p>
      </div>
      <HydrateClient>
        <AgreementForm agreement={agreement} />
      </HydrateClient>
    </>
  );
}
