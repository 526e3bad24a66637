import type { PageSearchParams } from "@/server/lists/define";
import { FormPage, titledBy } from "../../_components/form-page";
import { getMessages } from "../../_i18n/server";
import { parseId } from "../../_lib/params";
import { requireRole } from "../../_lib/session";
import { prefetchOptions } from "../../_lib/trpc/server";
import { PersonForm } from "../_components/person-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.person.newTitle);

/** ?partner=<id>: a person of that partner (the partner page's "new person"). */
export default async function NewPersonPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const partner = (await searchParams).partner;
  const partnerId = typeof partner === "string" ? (parseId(partner) ?? undefined) : undefined;
  await prefetchOptions("partner");
  return (
    <FormPage title={m.person.newTitle} crumbs={[{ href: "/people", label: m.person.listTitle }]}>
      <PersonForm partnerId={partnerId} />
    </FormPage>
  );
}
