import Link from "next/link";
import { fmt, formatDate, formatDateRange } from "@/server/i18n/format";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { Card, DetailHeader, FactsCard, LinkList, linkedItem, PartnerFact } from "../../_components/detail";
import { DocumentsSection } from "../../_components/documents-section";
import { RecordHistorySection } from "../../_components/record-history-section";
import { TableHead } from "../../_components/table-head";
import { exportHref } from "../../_lib/export-links";
import { type IdPageProps, loadActivity, recordTitle, viewRecord } from "../../_lib/records";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadActivity, (a) => a.title);

export default async function ActivityPage(props: IdPageProps) {
  const { record: activity, m, locale, can } = await viewRecord(loadActivity, props);
  const a = activity;

  return (
    <>
      <DetailHeader
        crumbs={[{ href: "/activities", label: m.activity.listTitle }]}
        title={a.title}
        facts={
          <>
            <span>{m.enums.activityType[a.type]}</span>
            <span>{formatDateRange(a.startOn, a.endOn, locale)}</span>
            <UnverifiedBadge verified={a.verified} />
          </>
        }
        exports={[
          {
            label: fmt(m.export.annualReport, { year: a.startOn.getUTCFullYear() }, locale),
            href: exportHref("annual-report", "pdf", locale, { year: a.startOn.getUTCFullYear() }),
          },
        ]}
        editHref={can.edit ? `/activities/${a.id}/edit` : null}
        editLabel={m.common.edit}
      />

      <div className="grid grid--two">
        <FactsCard title={m.activity.general} record={a} m={m} locale={locale} lastUpdated={m.activity.lastUpdated}>
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
          <dd>{a.partner ? <PartnerFact partner={a.partner} locale={locale} /> : m.activity.noPartner}</dd>
        </FactsCard>

        <Card id="texts-title" title={m.activity.texts}>
          <h3>{m.activity.description}</h3>
          <p style={{ whiteSpace: "pre-wrap" }}>{a.description ?? m.common.none}</p>
          <h3>{m.activity.outcome}</h3>
          <p style={{ whiteSpace: "pre-wrap" }}>{a.outcome ?? m.common.none}</p>
        </Card>

        <Card id="agreements-title" title={m.activity.agreements}>
          <LinkList
            items={a.agreements.map((agreement) =>
              linkedItem("/agreements", agreement, { badges: <AgreementStatusBadge status={agreement.status} /> }),
            )}
            empty={m.activity.noAgreements}
          />
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
        </Card>

        <Card id="participants-title" title={m.activity.participants}>
          {a.participants.length ? (
            <table>
              <TableHead heads={[m.common.name, m.common.role, m.common.organisation]} />
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
        </Card>
      </div>

      <DocumentsSection record={{ type: "activity", id: a.id }} />

      <RecordHistorySection entityType="ACTIVITY" entityId={a.id} />
    </>
  );
}
