import { notFound } from "next/navigation";
import { FormPage, titledBy } from "../../../_components/form-page";
import { getMessages } from "../../../_i18n/server";
import { type IdPageProps, loadPerson } from "../../../_lib/records";
import { requireRole } from "../../../_lib/session";
import { prefetchOptions } from "../../../_lib/trpc/server";
import { PersonForm } from "../../_components/person-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.person.editTitle);

export default async function EditPersonPage({ params }: IdPageProps) {
  await requireRole("EDITOR");
  const { m } = await getMessages();
  const person = await loadPerson((await params).id);
  if (!person) notFound();
  await prefetchOptions("partner");
  return (
    <FormPage
      title={m.person.editTitle}
      subtitle={person.name}
      crumbs={[
        { href: "/people", label: m.person.listTitle },
        { href: `/people/${person.id}`, label: person.name },
      ]}
    >
      <PersonForm person={person} />
    </FormPage>
  );
}
