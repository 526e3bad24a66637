import type { PageSearchParams } from "@/server/lists/define";
import { FormPage, titledBy } from "../../_components/form-page";
import { idParam } from "../../_lib/params";
import { newRecord } from "../../_lib/records";
import { PersonForm } from "../_components/person-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.person.newTitle);

/** ?partner=<id>: a person of that partner (the partner page's "new person"). */
export default async function NewPersonPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { m } = await newRecord("partner");
  const partnerId = await idParam(searchParams, "partner");
  return (
    <FormPage title={m.person.newTitle} crumbs={[{ href: "/people", label: m.person.listTitle }]}>
      <PersonForm partnerId={partnerId} />
    </FormPage>
  );
}
