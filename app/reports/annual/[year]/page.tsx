// Print page of the annual report (PDF kind "annual-report"): what was signed in the year, which statuses changed
// in it (status changes that took effect in the year), which visits and activities took place (with their
// outcomes), and how the working groups progressed (their milestones due or done in the year, as a chart and per
// group), and the commitments due or closed in it. The sections are components of ./_components and ../../_components.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages } from "@/app/_i18n/server";
import { serverCaller } from "@/app/_lib/trpc/server";
import { db } from "@/server/db/client";
import { loadAnnualReport } from "@/server/export/report-data";
import { parseReportYear } from "@/server/export/report-params";
import { ExportParameterError } from "@/server/export/types";
import { fmt, formatNumber, partnerName } from "@/server/i18n/format";
import { reportMessagesFor } from "@/server/i18n/messages";
import { Fact } from "../../../_components/fact";
import { ActivityTable } from "../../_components/activity-table";
import { AgreementTable } from "../../_components/agreement-table";
import { ReportReady } from "../../_components/report-ready";
import { TruncatedNote } from "../../_components/report-table";
import { TitlePage } from "../../_components/title-page";
import { reportContext } from "../../_lib/report-context";
import { CommitmentsOfYear } from "./_components/commitments-of-year";
import { StatusChangeTable } from "./_components/status-change-table";
import { WorkingGroupProgress } from "./_components/working-group-progress";

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
  return { title: year === null ? "404" : fmt(reportMessagesFor(locale).annualReport, { year }, locale) };
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
    [r.milestonesDoneCount, data.milestonesDone],
  ] as const;
  const signedTitle = fmt(r.signedInYear, { year }, locale);
  const activitiesTitle = fmt(r.activitiesInYear, { year }, locale);
  const section = { data, locale, m, r };

  return (
    <article className="report">
      <TitlePage
        r={r}
        title={fmt(r.annualReport, { year }, locale)}
        subtitle={fmt(r.annualReportSubtitle, { year }, locale)}
        asOf={asOf}
        preparedFor={preparedFor}
      >
        <section className="report-title-page__selection" aria-labelledby="summary-title">
          <h2 id="summary-title">{r.annualSummary}</h2>
          <dl className="facts">
            {figures.map(([label, value]) => (
              <div key={label} className="report-figure">
                <Fact label={label}>{formatNumber(value, locale)}</Fact>
              </div>
            ))}
          </dl>
        </section>
      </TitlePage>

      <section className="report-chapter" aria-labelledby="signed-title">
        <h2 id="signed-title">{signedTitle}</h2>
        {data.signed.length < data.signedTotal ? (
          <p className="small">{fmt(r.truncated, { shown: data.signed.length, total: data.signedTotal }, locale)}</p>
        ) : null}
        {data.signed.length ? (
          <AgreementTable items={data.signed} caption={signedTitle} locale={locale} m={m} r={r} />
        ) : (
          <p>{r.nothingSigned}</p>
        )}
      </section>

      <StatusChangeTable {...section} />

      <section className="report-section" aria-labelledby="activities-title">
        <h2 id="activities-title">{activitiesTitle}</h2>
        <TruncatedNote
          message={r.activitiesTruncated}
          shown={data.activities.length}
          total={data.activitiesTotal}
          locale={locale}
        />
        {data.activities.length ? (
          <ActivityTable
            activities={data.activities}
            outcomes={data.outcomes}
            caption={activitiesTitle}
            last={{
              head: m.common.partner,
              cell: (activity) => (activity.partner ? partnerName(activity.partner, locale) : m.common.none),
            }}
            locale={locale}
            m={m}
            r={r}
          />
        ) : (
          <p>{r.noActivities}</p>
        )}
      </section>

      <WorkingGroupProgress {...section} />

      <CommitmentsOfYear {...section} />

      <ReportReady charts={data.progress.length ? 1 : 0} />
    </article>
  );
}
