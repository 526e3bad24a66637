import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMessages } from "../../../_i18n/server";
import { loadPerson } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { HydrateClient, prefetch, trpc } from "../../../_lib/trpc/server";
import { PersonForm } from "../../_components/person-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.person.editTitle };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const person = await loadPerson((await params).id);
  if (!person) notFound();
  await prefetch(trpc.partner.options.queryOptions());
  return (
    <HydrateClient>
      <p className="breadcrumb">
        <Link href="/people">{m.person.listTitle}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={`/people/${person.id}`}>{person.name}</Link>
      </p>
      <div className="page-header">
        <h1>{m.person.editTitle}</h1>
        <p>{person.name}</p>
      </div>
      <PersonForm person={person} />
    </HydrateClient>
  );
}
