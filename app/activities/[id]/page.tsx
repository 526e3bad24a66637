import Link from "next/link";
import { notFound } from "next/navigation";
import { permissionsOf } from "@/server/auth/roles";
import { countryName, fmt, formatDate, formatDateRange, formatDateTime, partnerName } from "@/server/i18n/format";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { ExportMenu } from "../../_components/export-menu";
import { RecordHistorySection } from "../../_components/record-history-section";
import { SourceText } from "../../_components/source-text";
import { getMessages } from "../../_i18n/server";
import { exportHref } from "../../_lib/export-links";
import { type IdPageProps, loadActivity, recordTitle } from "../../_lib/records";
import { requireActor } from "../../_lib/session";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadActivity, (a) => a.title);

export default async function ActivityPage({ params }: IdPageProps) {
  const activity = await loadActivity((await params).id);
  if (!activity) notFound();
  const { m, locale } = await getMessages();
  const can = permissionsOf((await requireActor()).role);
  const a = activity;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/activities">{m.activity.listTitle}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{a.title}</h1>
          <p className="actions">
            <span>{m.enums.activityType[a.type]}</span>
            <span>{formatDateRange(a.startOn, a.endOn, locale)}</span>
            <UnverifiedBadge verified={a.verified} />
          </p>
        </div>
        <div className="page-header__actions">
          <ExportMenu
            what={a.title}
            items={[
              {
                label: fmt(m.export.annualReport, { year: a.startOn.getUTCFullYear() }, locale),
                href: exportHref("annual-report", "pdf", locale, { year: a.startOn.getUTCFullYear() }),
              },
            ]}
          />
          {can.edit ? (
            <Link className="button button--secondary" href={`/activities/${a.id}/edit`}>
              {m.common.edit}
            </Link>
          ) : null}
        </div>
      </div>

      <div className="grid grid--two">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{m.activity.general}</h2>
          <dl className="facts">
            <dt>{m.common.type}</dt>
            <dd>{m.enums.activityType[a.type]}</dd>
            <dt>{m.activity.startOn}</dt>
            <dd>
              <time dateTime={a.startOn.toISOString().slice(0, 10)}>{formatDate(a.startOn, locale)}</time>
            </dd>
            {a.endOn ? (
              <>
                <dt>{m.activity.endOn}</dt>
                <dd>
                  <time dateTime={a.endOn.toISOString().slice(0, 10)}>{formatDate(a.endOn, locale)}</time>
                </dd>
              </>
            ) : null}
            <dt>{m.activity.place}</dt>
            <dd>{a.place ?? m.common.none}</dd>
            <dt>{m.common.partner}</dt>
            <dd>
              {a.partner ? (
                <>
                  <Link href={`/partners/${a.partner.id}`}>{partnerName(a.partner, locale)}</Link>
                  {a.partner.nameLocal ? <span className="local-name"> · {a.partner.nameLocal}</span> : null}
                  <div className="small muted">{countryName(a.partner.countryCode, locale)}</div>
                </>
              ) : (
                m.activity.noPartner
              )}
            </dd>
            <dt>{m.common.source}</dt>
            <dd>
              <SourceText source={a.source} /> <UnverifiedBadge verified={a.verified} />
            </dd>
            <dt>{m.activity.lastUpdated}</dt>
            <dd>{formatDateTime(a.updatedAt, locale)}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="texts-title">
          <h2 id="texts-title">{m.activity.texts}</h2>
          <h3>{m.activity.description}</h3>
          <p style={{ whiteSpace: "pre-wrap" }}>{a.description ?? m.common.none}</p>
          <h3>{m.activity.outcome}</h3>
          <p style={{ whiteSpace: "pre-wrap" }}>{a.outcome ?? m.common.none}</p>
        </section>

        <section className="card" aria-labelledby="agreements-title">
          <h2 id="agreements-title">{m.activity.agreements}</h2>
          {a.agreements.length ? (
            <ul>
              {a.agreements.map((agreement) => (
                <li key={agreement.id}>
                  <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>{" "}
                  <AgreementStatusBadge status={agreement.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.activity.noAgreements}</p>
          )}
          <h3 style={{ marginTop: "1rem" }}>{m.activity.areas}</h3>
          {a.areas.length ? (
            <ul className="chips">
              {a.areas.map((area) => (
                <li key={area.code} className="badge badge--outline">
                  {locale === "de" ? area.nameDe : area.nameEn}
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.activity.noAreas}</p>
          )}
        </section>

        <section className="card" aria-labelledby="participants-title">
          <h2 id="participants-title">{m.activity.participants}</h2>
          {a.participants.length ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{m.common.name}</th>
                  <th scope="col">{m.common.role}</th>
                  <th scope="col">{m.common.organisation}</th>
                </tr>
              </thead>
              <tbody>
                {a.participants.map((participant) => (
                  <tr key={participant.person.id}>
                    <td>
                      <Link href={`/people/${participant.person.id}`}>{participant.person.name}</Link>
                    </td>
                    <td>{participant.role ?? m.common.none}</td>
                    <td>{participant.person.organisation ?? m.common.none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{m.activity.noParticipants}</p>
          )}
        </section>
      </div>

      <RecordHistorySection entityType="ACTIVITY" entityId={a.id} />
    </>
  );
}
