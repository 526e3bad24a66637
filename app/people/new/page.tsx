import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "../../_i18n/server";
import { parseId } from "../../_lib/params";
import { requireRole } from "../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../_lib/trpc/server";
import { PersonForm } from "../_components/person-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.person.newTitle };
}

/** ?partner=ID preselects the partner (the link on a partner's page). */
export default async function NewPersonPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const partner = (await searchParams).partner;
  const partnerId = typeof partner === "string" ? (parseId(partner) ?? undefined) : undefined;
  await prefetch(trpc.partner.options.queryOptions());
  return (
    <HydrateClient>
      <p className="breadcrumb">
        <Link href="/people">{m.person.listTitle}</Link>
      </p>
      <div className="page-header">
        <h1>{m.person.newTitle}</h1>
      </div>
      <PersonForm partnerId={partnerId} />
    </HydrateClient>
  );
}
