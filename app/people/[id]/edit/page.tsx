import { FormPage, titledBy } from "../../../_components/form-page";
import { editRecord, type IdPageProps, loadPerson } from "../../../_lib/records";
import { PersonForm } from "../../_components/person-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.person.editTitle);

export default async function EditPersonPage(props: IdPageProps) {
  const { record: person, m } = await editRecord(loadPerson, props, "partner");
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
