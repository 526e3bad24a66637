import Link from "next/link";
import { isCountryCode } from "@/server/domain/country-codes";
import { formatDate, formatNumber, partnerName } from "@/server/i18n/format";
import { activityList } from "@/server/lists/activities";
import { PARTNER_FIELDS } from "@/server/schemas/partner";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { CountryName } from "../../_components/country";
import { Card, DetailHeader, FactsCard, LinkList, linkedItem, personItem } from "../../_components/detail";
import { FieldFacts } from "../../_components/record-fields";
import { RecordHistorySection } from "../../_components/record-history-section";
import { TableHead } from "../../_components/table-head";
import { getMessages } from "../../_i18n/server";
import { exportHref } from "../../_lib/export-links";
import { type IdPageProps, loadPartner, recordTitle, viewRecord } from "../../_lib/records";
import { serverCaller } from "../../_lib/trpc/server";
import { TimelineChart } from "../../timeline/_components/timeline-chart";
import { axisTicks, TimelineDefs, TimelineLegend } from "../../timeline/_components/timeline-shapes";
import { HumanRightsReviewCard } from "../_components/human-rights-review-card";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadPartner, async (p) => partnerName(p, (await getMessages()).locale));

export default async function PartnerPage(props: IdPageProps) {
  const { record: partner, m, locale, can } = await viewRecord(loadPartner, props);
  const p = partner;
  const name = partnerName(p, locale);
  const hasCoordinates = p.latitude != null && p.longitude != null;
  const timeline = await (await serverCaller()).timeline.ofPartner({ partnerId: p.id });

  return (
    <>
      <DetailHeader
        crumbs={[{ href: "/partners", label: m.partner.listTitle }]}
        title={name}
        facts={
          <>
            {p.nameLocal && p.nameLocal !== name ? <span className="local-name">{p.nameLocal}</span> : null}
            <span>
              <CountryName code={p.countryCode} m={m} locale={locale} /> · {m.enums.continent[p.continent]} ·{" "}
              {m.enums.partnerKind[p.kind]}
            </span>
            <UnverifiedBadge verified={p.verified} />
          </>
        }
        exports={(["xlsx", "csv"] as const).map((format) => ({
          label: `${m.export.kinds.activities} ${m.export.ofPartner} (${format === "xlsx" ? "Excel" : "CSV"})`,
          href: exportHref("activities", format, locale, activityList.toSearchParams({ partnerId: p.id })),
        }))}
        editHref={can.edit ? `/partners/${p.id}/edit` : null}
        editLabel={m.common.edit}
      />

      <div className="grid grid--two">
        <FactsCard title={m.partner.general} record={p} m={m} locale={locale} lastUpdated={m.partner.lastUpdated}>
          <FieldFacts fields={PARTNER_FIELDS} section="names" record={p} m={m} locale={locale} />
          <dt>{m.common.country}</dt>
          <dd>
            <CountryName code={p.countryCode} m={m} locale={locale} />{" "}
            {isCountryCode(p.countryCode) ? <span className="small muted">({p.countryCode})</span> : null}
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
        </FactsCard>

        <Card id="agreements-title" title={m.partner.agreements}>
          {p.agreements.length ? (
            <div className="table-wrap">
              <table>
                <TableHead heads={[m.common.title, m.common.type, m.common.status, m.agreement.signedOn]} />
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
        </Card>

        <Card id="people-title" title={m.partner.people}>
          <LinkList items={p.people.map(personItem)} empty={m.partner.noPeople} />
          <p className="actions small">
            <Link href={`/people?partner=${p.id}`}>{m.partner.allPeople}</Link>
            {can.edit ? <Link href={`/people/new?partner=${p.id}`}>{m.partner.newPerson}</Link> : null}
          </p>
        </Card>

        <Card id="activities-title" title={m.partner.activities}>
          <LinkList
            items={p.activities.map((activity) =>
              linkedItem("/activities", activity, {
                detail: `${m.enums.activityType[activity.type]} · ${formatDate(activity.startOn, locale)}`,
              }),
            )}
            empty={m.partner.noActivities}
          />
        </Card>

        <HumanRightsReviewCard partnerId={p.id} review={p.humanRightsReview} canEdit={can.edit} />
      </div>

      <section className="card" aria-labelledby="timeline-title" data-testid="partner-timeline">
        <h2 id="timeline-title">{m.timeline.partnerSection}</h2>
        <p className="small muted">{m.timeline.partnerIntro}</p>
        <TimelineDefs />
        {timeline.lines.length ? (
          <>
            <TimelineLegend m={m} />
            <TimelineChart
              lines={timeline.lines}
              window={timeline.window}
              today={timeline.today}
              ticks={axisTicks(timeline.window, locale, m)}
              showPartner={false}
            />
          </>
        ) : (
          <p>{m.timeline.partnerEmpty}</p>
        )}
        <p className="small">
          <Link href="/timeline">{m.timeline.openTimeline}</Link>
        </p>
      </section>

      <RecordHistorySection entityType="PARTNER" entityId={p.id} />
    </>
  );
}
