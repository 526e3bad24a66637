// Print page of the annual report (PDF kind "annual-report"): what was signed in the year, which statuses changed
// in it (status changes that took effect in the year) and which visits and activities took place.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementStatusBadge, UnverifiedBadge } from "@/app/_components/badges";
import { getMessages } from "@/app/_i18n/server";
import { serverCaller } from "@/app/_lib/trpc/server";
import { db } from "@/server/db/client";
import { loadAnnualReport } from "@/server/export/report-data";
import { parseReportYear } from "@/server/export/report-params";
import { ExportParameterError } from "@/server/export/types";
import { fmt, formatDate, formatDateRange, formatNumber, partnerName } from "@/server/i18n/format";
import { reportMessagesFor } from "@/server/i18n/messages";
import { AgreementTable } from "../../_components/agreement-table";
import { Cols } from "../../_components/cols";
import { ReportReady } from "../../_components/report-ready";
import { TitlePage } from "../../_components/title-page";
import { reportContext } from "../../_lib/report-context";

export const dynamic = "force-dynamic";

function yearOf(text: string): number | null {
  try {
    return parseReportYear(text);
  } catch (error) {
    if (error instanceof ExportParameterError) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const { locale } = await getMessages();
  const year = yearOf((await params).year);
  return { title: year === null ? "404" : fmt(reportMessagesFor(locale).annualReport, { year }) };
}

export default async function AnnualReportPage({ params }: { params: Promise<{ year: string }> }) {
  const { locale, m, r, asOf, preparedFor } = await reportContext();
  const year = yearOf((await params).year);
  if (year === null) notFound();
  // reportContext() checked the session; the caller checks the role of every call.
  const data = await loadAnnualReport(await serverCaller(), db(), year);
  const figures = [
    [r.signedCount, data.signedTotal],
    [r.statusChangeCount, data.statusChanges.length],
    [r.activityCount, data.activitiesTotal],
    [r.visitCount, data.visits],
  ] as const;
  const signedTitle = fmt(r.signedInYear, { year });
  const changesTitle = fmt(r.statusChangesInYear, { year });
  const activitiesTitle = fmt(r.activitiesInYear, { year });

  return (
    <article className="report">
      <TitlePage
        r={r}
        title={fmt(r.annualReport, { year })}
        subtitle={fmt(r.annualReportSubtitle, { year })}
        asOf={asOf}
        preparedFor={preparedFor}
      >
        <section className="report-title-page__selection" aria-labelledby="summary-title">
          <h2 id="summary-title">{r.annualSummary}</h2>
          <dl className="facts">
            {figures.map(([label, value]) => (
              <div key={label} className="report-figure">
                <dt>{label}</dt>
                <dd>{formatNumber(value, locale)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </TitlePage>

      <section className="report-chapter" aria-labelledby="signed-title">
        <h2 id="signed-title">{signedTitle}</h2>
        {data.signed.length < data.signedTotal ? (
          <p className="small">{fmt(r.truncated, { shown: data.signed.length, total: data.signedTotal })}</p>
        ) : null}
        {data.signed.length ? (
          <AgreementTable items={data.signed} caption={signedTitle} locale={locale} m={m} r={r} />
        ) : (
          <p>{r.nothingSigned}</p>
        )}
      </section>

      <section className="report-section" aria-labelledby="changes-title">
        <h2 id="changes-title">{changesTitle}</h2>
        {data.statusChanges.length ? (
          <table className="report-table">
            <caption className="visually-hidden">{changesTitle}</caption>
            <Cols widths={[14, 30, 18, 38]} />
            <thead>
              <tr>
                <th scope="col">{r.changedOn}</th>
                <th scope="col">{r.agreement}</th>
                <th scope="col">{r.change}</th>
                <th scope="col">{m.agreement.reason}</th>
              </tr>
            </thead>
            <tbody>
              {data.statusChanges.map((change) => (
                <tr key={change.id}>
                  <td>{formatDate(change.effectiveOn, locale, change.effectiveOnPrecision)}</td>
                  <td>
                    <strong>{partnerName(change.agreement.partner, locale)}</strong>
                    {change.agreement.partner.nameLocal ? (
                      <span className="local-name"> · {change.agreement.partner.nameLocal}</span>
                    ) : null}
                    <div className="small">{change.agreement.title}</div>
                  </td>
                  <td>
                    {change.fromStatus ? (
                      <>
                        <AgreementStatusBadge status={change.fromStatus} /> →{" "}
                        <AgreementStatusBadge status={change.toStatus} />
                      </>
                    ) : (
                      fmt(m.agreement.created, { to: m.enums.agreementStatus[change.toStatus] })
                    )}
                  </td>
                  <td>
                    {change.reason}
                    {change.scope ? (
                      <div className="small">
                        {m.agreement.scope}: {change.scope}
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{r.noStatusChanges}</p>
        )}
      </section>

      <section className="report-section" aria-labelledby="activities-title">
        <h2 id="activities-title">{activitiesTitle}</h2>
        {data.activities.length < data.activitiesTotal ? (
          <p className="small">{fmt(r.truncated, { shown: data.activities.length, total: data.activitiesTotal })}</p>
        ) : null}
        {data.activities.length ? (
          <table className="report-table">
            <caption className="visually-hidden">{activitiesTitle}</caption>
            <Cols widths={[20, 40, 20, 20]} />
            <thead>
              <tr>
                <th scope="col">{m.common.date}</th>
                <th scope="col">{r.activity}</th>
                <th scope="col">{r.place}</th>
                <th scope="col">{m.common.partner}</th>
              </tr>
            </thead>
            <tbody>
              {data.activities.map((activity) => (
                <tr key={activity.id}>
                  <td>{formatDateRange(activity.startOn, activity.endOn, locale)}</td>
                  <td>
                    {activity.title} <UnverifiedBadge verified={activity.verified} />
                    <div className="small muted">{m.enums.activityType[activity.type]}</div>
                  </td>
                  <td>{activity.place ?? m.common.none}</td>
                  <td>{activity.partner ? partnerName(activity.partner, locale) : m.common.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{r.noActivities}</p>
        )}
      </section>

      <ReportReady />
    </article>
  );
}
