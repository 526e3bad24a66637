import Link from "next/link";
import { notFound } from "next/navigation";
import { permissionsOf } from "@/server/auth/roles";
import { countryName, fmt, formatDate, formatDateTime, partnerName } from "@/server/i18n/format";
import { LabelBadge, UnverifiedBadge } from "../../_components/badges";
import { ExportMenu } from "../../_components/export-menu";
import { RecordHistorySection } from "../../_components/record-history-section";
import { SourceText } from "../../_components/source-text";
import { getMessages } from "../../_i18n/server";
import { exportHref } from "../../_lib/export-links";
import { type IdPageProps, loadPerson, recordTitle } from "../../_lib/records";
import { requireActor } from "../../_lib/session";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadPerson, (p) => p.name);

export default async function PersonPage({ params }: IdPageProps) {
  const person = await loadPerson((await params).id);
  if (!person) notFound();
  const { m, locale } = await getMessages();
  const can = permissionsOf((await requireActor()).role);
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
      <p className="breadcrumb">
        <Link href="/people">{m.person.listTitle}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{p.name}</h1>
          <p className="actions">
            {p.role || p.organisation ? <span>{[p.role, p.organisation].filter(Boolean).join(", ")}</span> : null}
            <UnverifiedBadge verified={p.verified} />
          </p>
        </div>
        <div className="page-header__actions">
          {can.personalData ? (
            <ExportMenu
              what={p.name}
              items={[
                {
                  label: `${m.export.kinds.people}: ${p.partner ? partnerName(p.partner, locale) : m.person.sideCologne} (Excel)`,
                  href: exportHref(
                    "people",
                    "xlsx",
                    locale,
                    p.partner ? { partnerId: p.partner.id } : { side: "cologne" },
                  ),
                },
              ]}
            />
          ) : null}
          {can.edit ? (
            <Link className="button button--secondary" href={`/people/${p.id}/edit`}>
              {m.common.edit}
            </Link>
          ) : null}
        </div>
      </div>

      <div className="grid grid--two">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{m.person.general}</h2>
          <dl className="facts">
            <dt>{m.common.name}</dt>
            <dd>{p.name}</dd>
            <dt>{m.common.role}</dt>
            <dd>{p.role ?? m.common.none}</dd>
            <dt>{m.common.organisation}</dt>
            <dd>{p.organisation ?? m.common.none}</dd>
            <dt>{m.person.side}</dt>
            <dd>
              {p.partner ? (
                <>
                  {m.person.sidePartner}:{" "}
                  <Link href={`/partners/${p.partner.id}`}>{partnerName(p.partner, locale)}</Link>
                  {p.partner.nameLocal && p.partner.nameLocal !== partnerName(p.partner, locale) ? (
                    <span className="local-name"> · {p.partner.nameLocal}</span>
                  ) : null}
                  <div className="small muted">{countryName(p.partner.countryCode, locale)}</div>
                </>
              ) : (
                m.person.sideCologne
              )}
            </dd>
            <dt>{m.person.email}</dt>
            <dd>
              {p.email ? (
                <a href={`mailto:${p.email}`} style={{ overflowWrap: "anywhere" }}>
                  {p.email}
                </a>
              ) : (
                m.common.none
              )}
            </dd>
            <dt>{m.common.source}</dt>
            <dd>
              <SourceText source={p.source} /> <UnverifiedBadge verified={p.verified} />
            </dd>
            <dt>{m.person.lastUpdated}</dt>
            <dd>{formatDateTime(p.updatedAt, locale)}</dd>
          </dl>
          {p.notes ? (
            <>
              <h3 style={{ marginTop: "1rem" }}>{m.common.notes}</h3>
              <p style={{ whiteSpace: "pre-wrap" }}>{p.notes}</p>
            </>
          ) : null}
        </section>

        <section className="card" aria-labelledby="groups-title">
          <h2 id="groups-title">{m.person.workingGroups}</h2>
          {groups.size ? (
            <ul>
              {[...groups.values()].map((group) => (
                <li key={group.id}>
                  <Link href={`/working-groups/${group.id}`}>{group.name}</Link>{" "}
                  <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>
                  <div className="small muted">{group.roles.join(", ")}</div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.person.noWorkingGroups}</p>
          )}
        </section>

        <section className="card" aria-labelledby="activities-title">
          <h2 id="activities-title">{m.person.activities}</h2>
          {p.activities.length ? (
            <ul>
              {p.activities.map(({ activity, role }) => (
                <li key={activity.id}>
                  <Link href={`/activities/${activity.id}`}>{activity.title}</Link>
                  <div className="small muted">
                    {m.enums.activityType[activity.type]} · {formatDate(activity.startOn, locale)}
                    {role ? ` · ${fmt(m.person.roleIn, { role }, locale)}` : ""}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.person.noActivities}</p>
          )}
        </section>
      </div>

      <RecordHistorySection entityType="PERSON" entityId={p.id} />
    </>
  );
}
