// Print page of an agreement's dossier (PDF kind "agreement-dossier"): the agreement's key facts and partner, its
// status history in order, its cooperation areas, its working groups, its commitments (their milestones as a chart, then each with
// leads, members and milestones), its activities with their outcomes, and the people involved. Each section is a
// component of ./_components.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseId } from "@/app/_lib/params";
import { orNull, serverCaller } from "@/app/_lib/trpc/server";
import { db } from "@/server/db/client";
import { loadAgreementDossier } from "@/server/export/report-data";
import { fmt } from "@/server/i18n/format";
import { ActivityTable } from "../../_components/activity-table";
import { ReportReady } from "../../_components/report-ready";
import { reportContext } from "../../_lib/report-context";
import { AreaTable } from "./_components/area-table";
import { CommitmentTable } from "./_components/commitment-table";
import { DossierFacts } from "./_components/dossier-facts";
import { DossierMasthead } from "./_components/dossier-masthead";
import { PeopleTable } from "./_components/people-table";
import { StatusHistory } from "./_components/status-history";
import { WorkingGroups } from "./_components/working-groups";

export const dynamic = "force-dynamic";

async function load(idText: string) {
  const id = parseId(idText);
  // The caller checks the session and role before db reads the activities' outcomes.
  return id === null ? null : orNull(loadAgreementDossier(await serverCaller(), db(), id));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { r, locale } = await reportContext();
  const dossier = await load((await params).id);
  return { title: dossier ? fmt(r.dossierOf, { title: dossier.agreement.title }, locale) : "404" };
}

export default async function AgreementDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, m, r, asOf, preparedFor } = await reportContext();
  const dossier = await load((await params).id);
  if (!dossier) notFound();
  const section = { dossier, locale, m, r };

  return (
    <article className="report">
      <DossierMasthead {...section} asOf={asOf} preparedFor={preparedFor} />
      <DossierFacts {...section} />
      <StatusHistory {...section} />
      <AreaTable {...section} />
      <WorkingGroups {...section} />
      <CommitmentTable {...section} />
      <section aria-labelledby="activities-title">
        <h2 id="activities-title">{m.agreement.activities}</h2>
        {dossier.agreement.activities.length ? (
          <ActivityTable
            activities={dossier.agreement.activities.map(({ activity }) => activity)}
            outcomes={dossier.outcomes}
            caption={m.agreement.activities}
            last={{
              head: r.participants,
              cell: (activity) =>
                activity.participants.length
                  ? activity.participants
                      .map((p) => (p.role ? `${p.person.name} (${p.role})` : p.person.name))
                      .join(", ")
                  : m.common.none,
            }}
            locale={locale}
            m={m}
            r={r}
          />
        ) : (
          <p>{m.common.noEntries}</p>
        )}
      </section>
      <PeopleTable {...section} />
      <ReportReady charts={dossier.progress.length ? 1 : 0} />
    </article>
  );
}
