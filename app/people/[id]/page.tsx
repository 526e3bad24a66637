import { fmt, formatDate, formatDateTime, partnerName } from "@/server/i18n/format";
import { personList } from "@/server/lists/people";
import { PERSON_FIELDS } from "@/server/schemas/person";
import { LabelBadge, UnverifiedBadge } from "../../_components/badges";
import { Card, DetailHeader, FactsCard, LinkList, linkedItem, PartnerFact } from "../../_components/detail";
import { Fact } from "../../_components/fact";
import { FieldFacts } from "../../_components/record-fields";
import { RecordHistorySection } from "../../_components/record-history-section";
import { exportHref } from "../../_lib/export-links";
import { type IdPageProps, loadPerson, recordTitle, viewRecord } from "../../_lib/records";
import { PersonErasure } from "../_components/person-erasure";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadPerson, (p) => p.name);

export default async function PersonPage(props: IdPageProps) {
  const { record: person, m, locale, can } = await viewRecord(loadPerson, props);
  const p = person;

  // One entry per working group: membership role and whether the person leads one side.
  const groups = new Map<
    number,
    { id: number; name: string; status: keyof typeof m.enums.workingGroupStatus; roles: string[] }
  >();
  const addGroup = (group: (typeof p.leadsCologneSide)[number], role: string) => {
    const entry = groups.get(group.id) ?? { ...group, roles: [] };
    entry.roles.push(role);
    groups.set(group.id, entry);
  };
  for (const group of p.leadsCologneSide) addGroup(group, m.person.leadCologne);
  for (const group of p.leadsPartnerSide) addGroup(group, m.person.leadPartner);
  for (const link of p.workingGroups) addGroup(link.workingGroup, link.role ?? m.person.member);

  return (
    <>
      <DetailHeader
        crumbs={[{ href: "/people", label: m.person.listTitle }]}
        title={p.name}
        facts={
          <>
            {p.role || p.organisation ? <span>{[p.role, p.organisation].filter(Boolean).join(", ")}</span> : null}
            <UnverifiedBadge verified={p.verified} />
          </>
        }
        exports={
          can.personalData
            ? [
                {
                  label: `${m.export.kinds.people}: ${p.partner ? partnerName(p.partner, locale) : m.person.sideCologne} (Excel)`,
                  href: exportHref(
                    "people",
                    "xlsx",
                    locale,
                    personList.toSearchParams(p.partner ? { partnerId: p.partner.id } : { side: "cologne" }),
                  ),
                },
              ]
            : []
        }
        editHref={can.edit && !p.erasedAt ? `/people/${p.id}/edit` : null}
        editLabel={m.common.edit}
      />

      {p.erasedAt ? (
        <p className="alert" role="note">
          {fmt(
            m.erasure.erased,
            { at: formatDateTime(p.erasedAt, locale), by: p.erasedByName ?? m.common.none },
            locale,
          )}
        </p>
      ) : null}

      <div className="grid grid--two">
        <FactsCard title={m.person.general} record={p} m={m} locale={locale} lastUpdated={m.person.lastUpdated}>
          <FieldFacts fields={PERSON_FIELDS} section="general" record={p} m={m} locale={locale} />
          <Fact label={m.person.side}>
            {p.partner ? (
              <>
                {m.person.sidePartner}: <PartnerFact partner={p.partner} locale={locale} />
              </>
            ) : (
              m.person.sideCologne
            )}
          </Fact>
          <Fact label={m.person.email}>
            {p.email ? (
              <a href={`mailto:${p.email}`} style={{ overflowWrap: "anywhere" }}>
                {p.email}
              </a>
            ) : (
              m.common.none
            )}
          </Fact>
        </FactsCard>

        <Card id="groups-title" title={m.person.workingGroups}>
          <LinkList
            items={[...groups.values()].map((group) => ({
              key: group.id,
              href: `/working-groups/${group.id}`,
              label: group.name,
              badges: <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>,
              detail: group.roles.join(", "),
            }))}
            empty={m.person.noWorkingGroups}
          />
        </Card>

        <Card id="activities-title" title={m.person.activities}>
          <LinkList
            items={p.activities.map(({ activity, role }) =>
              linkedItem("/activities", activity, {
                detail: `${m.enums.activityType[activity.type]} · ${formatDate(activity.startOn, locale)}${
                  role ? ` · ${fmt(m.person.roleIn, { role }, locale)}` : ""
                }`,
              }),
            )}
            empty={m.person.noActivities}
          />
        </Card>
      </div>

      <RecordHistorySection entityType="PERSON" entityId={p.id} />

      {can.admin && !p.erasedAt ? <PersonErasure id={p.id} version={p.version} name={p.name} /> : null}
    </>
  );
}
