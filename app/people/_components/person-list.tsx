"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { countryName, partnerName } from "@/server/i18n/format";
import { personListInputFromSearchParams } from "@/server/lists/people";
import { FilterForm, FilterSelect, LinkCell, ListTable, useListQuery } from "../../_components/list-controls";
import { RecordListHeader } from "../../_components/record-list-header";
import { usePermissions } from "../../_components/session-context";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function PersonList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { personalData } = usePermissions();
  const { input, list } = useListQuery(personListInputFromSearchParams, (input) =>
    trpc.person.list.queryOptions(input),
  );
  const partners = useQuery(trpc.partner.options.queryOptions());

  return (
    <>
      <RecordListHeader
        title={m.person.listTitle}
        createLabel={m.person.create}
        kind="people"
        views="people"
        exportable={personalData}
      />
      <FilterForm search={input.q} placeholder={m.person.searchPlaceholder}>
        <FilterSelect
          name="side"
          label={m.person.side}
          options={[
            { value: "cologne", label: m.person.sideCologne },
            { value: "partner", label: m.person.sidePartner },
          ]}
        />
        <FilterSelect
          name="partner"
          label={m.common.partner}
          options={(partners.data ?? [])
            .map((partner) => ({ value: String(partner.id), label: partnerName(partner, locale) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale))}
        />
      </FilterForm>

      <ListTable
        id="person-table"
        title={m.person.listTitle}
        list={list}
        columns={[
          { label: m.common.name, sortKey: "name" },
          { label: m.common.role },
          { label: m.common.organisation, sortKey: "organisation" },
          { label: m.common.partner },
        ]}
        order={input}
        defaultSort="name"
      >
        {list.data?.items.map((person) => (
          <tr key={person.id}>
            <LinkCell href={`/people/${person.id}`} label={person.name} verified={person.verified} />
            <td>{person.role ?? m.common.none}</td>
            <td>{person.organisation ?? m.common.none}</td>
            <td>
              {person.partner ? (
                <>
                  <Link href={`/partners/${person.partner.id}`}>{partnerName(person.partner, locale)}</Link>
                  <div className="small muted">{countryName(person.partner.countryCode, locale)}</div>
                </>
              ) : (
                m.person.sideCologne
              )}
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
