import type { Metadata } from "next";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { HydrateClient } from "../../_lib/trpc/server";
import { AgreementForm, prefetchAgreementFormOptions } from "../_components/agreement-form-options";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.agreement.newTitle };
}

export const dynamic = "force-dynamic";

export default async function NewAgreementPage() {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  await prefetchAgreementFormOptions();
  return (
    <>
      <div className="page-header">
        <h1>{m.agreement.newTitle}</h1>
      </div>
      <HydrateClient>
        <AgreementForm />
      </HydrateClient>
    </>
  );
}
