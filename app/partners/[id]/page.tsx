import Link from "next/link";
import { notFound } from "next/navigation";
import { permissionsOf } from "@/server/auth/roles";
import { countryName, formatDate, formatDateTime, formatNumber, partnerName } from "@/server/i18n/format";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { ExportMenu } from "../../_components/export-menu";
import { RecordHistorySection } from "../../_components/record-history-section";
import { SourceText } from "../../_components/source-text";
import { getMessages } from "../../_i18n/server";
import { exportHref } from "../../_lib/export-links";
import { type IdPageProps, loadPartner, recordTitle } from "../../_lib/records";
import { requireActor } from "../../_lib/session";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadPartner, async (p) => partnerName(p, (await getMessages()).locale));

export default async function PartnerPage({ params }: IdPageProps) {
  const partner = await loadPartner((await params).id);
  if (!partner) notFound();
  const { m, locale } = await getMessages();
  const can = permissionsOf((await requireActor()).role);
  const p = partner;
  const name = partnerName(p, locale);
  const hasCoordinates = p.latitude != null && p.longitude != null;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/partners">{m.partner.listTitle}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{name}</h1>
          <p className="actions">
            {p.nameLocal && p.nameLocal !== name ? <span className="local-name">{p.nameLocal}</span> : null}
            <span>
              {countryName(p.countryCode, locale)} · {m.enums.continent[p.continent]} · {m.enums.partnerKind[p.kind]}
            </span>
            <UnverifiedBadge verified={p.verified} />
          </p>
        </div>
        <div className="page-header__actions">
          <ExportMenu
            what={name}
            items={[
              {
                label: `${m.export.kinds.activities} ${m.export.ofPartner} (Excel)`,
                href: exportHref("activities", "xlsx", locale, { partnerId: p.id }),
              },
              {
                label: `${m.export.kinds.activities} ${m.export.ofPartner} (CSV)`,
                href: exportHref("activities", "csv", locale, { partnerId: p.id }),
              },
            ]}
          />
          {can.edit ? (
            <Link className="button button--secondary" href={`/partners/${p.id}/edit`}>
              {m.common.edit}
            </Link>
          ) : null}
        </div>
      </div>

      <div className="grid grid--two">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{m.partner.general}</h2>
          <dl className="facts">
            <dt>{m.partner.nameDe}</dt>
            <dd lang="de">{p.nameDe}</dd>
            <dt>{m.partner.nameEn}</dt>
            <dd lang="en">{p.nameEn}</dd>
            <dt>{m.partner.nameLocal}</dt>
            <dd>{p.nameLocal ?? m.common.none}</dd>
            <dt>{m.common.country}</dt>
            <dd>
              {countryName(p.countryCode, locale)} <span className="small muted">({p.countryCode})</span>
            </dd>
            <dt>{m.common.continent}</dt>
            <dd>{m.enums.continent[p.continent]}</dd>
            <dt>{m.partner.kind}</dt>
            <dd>{m.enums.partnerKind[p.kind]}</dd>
            <dt>{m.partner.coordinates}</dt>
            <dd>
              {hasCoordinates ? (
                <>
                  {m.partner.latitude} {formatNumber(p.latitude as number, locale)}, {m.partner.longitude}{" "}
                  {formatNumber(p.longitude as number, locale)}
                  <div className="small">
                    <a
                      href={`https://www.openstreetmap.org/?mlat=${p.latitude}&mlon=${p.longitude}#map=11/${p.latitude}/${p.longitude}`}
                      rel="noreferrer noopener"
                      target="_blank"
                    >
                      {m.partner.showOnMap} <span className="visually-hidden">{m.partner.externalLink}</span>
                    </a>
                  </div>
                </>
              ) : (
                m.common.none
              )}
            </dd>
            <dt>{m.partner.website}</dt>
            <dd>
              {p.website ? (
                <a href={p.website} rel="noreferrer noopener" target="_blank" style={{ overflowWrap: "anywhere" }}>
                  {p.website} <span className="visually-hidden">{m.partner.externalLink}</span>
                </a>
              ) : (
                m.common.none
              )}
            </dd>
            <dt>{m.common.source}</dt>
            <dd>
              <SourceText source={p.source} /> <UnverifiedBadge verified={p.verified} />
            </dd>
            <dt>{m.partner.lastUpdated}</dt>
            <dd>{formatDateTime(p.updatedAt, locale)}</dd>
          </dl>
          {p.notes ? (
            <>
              <h3 style={{ marginTop: "1rem" }}>{m.common.notes}</h3>
              <p style={{ whiteSpace: "pre-wrap" }}>{p.notes}</p>
            </>
          ) : null}
        </section>

        <section className="card" aria-labelledby="agreements-title">
          <h2 id="agreements-title">{m.partner.agreements}</h2>
          {p.agreements.length ? (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m.common.title}</th>
                    <th scope="col">{m.common.type}</th>
                    <th scope="col">{m.common.status}</th>
                    <th scope="col">{m.agreement.signedOn}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.agreements.map((agreement) => (
                    <tr key={agreement.id}>
                      <td>
                        <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>
                      </td>
                      <td>{m.enums.agreementType[agreement.type]}</td>
                      <td>
                        <AgreementStatusBadge status={agreement.status} />
                      </td>
                      <td>{formatDate(agreement.signedOn, locale, agreement.signedOnPrecision)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{m.partner.noAgreements}</p>
          )}
        </section>

        <section className="card" aria-labelledby="people-title">
          <h2 id="people-title">{m.partner.people}</h2>
          {p.people.length ? (
            <ul>
              {p.people.map((person) => (
                <li key={person.id}>
                  <Link href={`/people/${person.id}`}>{person.name}</Link>
                  {person.role || person.organisation ? (
                    <div className="small muted">{[person.role, person.organisation].filter(Boolean).join(", ")}</div>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.partner.noPeople}</p>
          )}
          <p className="actions small">
            <Link href={`/people?partner=${p.id}`}>{m.partner.allPeople}</Link>
            {can.edit ? <Link href={`/people/new?partner=${p.id}`}>{m.partner.newPerson}</Link> : null}
          </p>
        </section>

        <section className="card" aria-labelledby="activities-title">
          <h2 id="activities-title">{m.partner.activities}</h2>
          {p.activities.length ? (
            <ul>
              {p.activities.map((activity) => (
                <li key={activity.id}>
                  <Link href={`/activities/${activity.id}`}>{activity.title}</Link>
                  <div className="small muted">
                    {m.enums.activityType[activity.type]} · {formatDate(activity.startOn, locale)}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.partner.noActivities}</p>
          )}
        </section>
      </div>

      <RecordHistorySection entityType="PARTNER" entityId={p.id} />
    </>
  );
}
