"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { countryName, partnerName } from "@/server/i18n/format";
import { personList } from "@/server/lists/people";
import { useListBulk } from "../../_components/bulk-bar";
import { FilterForm, FilterSelect, LinkCell, ListTable, useListQuery } from "../../_components/list-controls";
import { RecordListHeader } from "../../_components/record-list-header";
import { usePermissions } from "../../_components/session-context";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { PersonBulkBar } from "./person-list-bulk";

export function PersonList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { personalData } = usePermissions();
  const { input, list } = useListQuery(personList.fromSearchParams, (input) => trpc.person.list.queryOptions(input));
  const partners = useQuery(trpc.partner.options.queryOptions());
  // Editors and admins (who may see personal data) choose people for a bulk change.
  const bulk = useListBulk(input, list.data, (row) => row.version);

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

      {bulk.enabled ? <PersonBulkBar {...bulk.bar} /> : null}

      <ListTable
        id="person-table"
        title={m.person.listTitle}
        list={list}
        columns={[
          ...bulk.columns,
          { key: "name", label: m.common.name, sortKey: "name" },
          { key: "role", label: m.common.role },
          { key: "organisation", label: m.common.organisation, sortKey: "organisation" },
          { key: "partner", label: m.common.partner },
        ]}
        order={input}
        defaultSort="name"
        columnSet={personList.columns}
      >
        {list.data?.items.map((person) => (
          <tr key={person.id}>
            {bulk.cell(person, person.name)}
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
