import Link from "next/link";
import { notFound } from "next/navigation";
import { permissionsOf } from "@/server/auth/roles";
import { formatDateTime, partnerName } from "@/server/i18n/format";
import { today } from "@/server/services/shared/dates";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "../../_components/badges";
import { ExportMenu } from "../../_components/export-menu";
import { RecordHistorySection } from "../../_components/record-history-section";
import { SourceText } from "../../_components/source-text";
import { getMessages } from "../../_i18n/server";
import { exportHref } from "../../_lib/export-links";
import { type IdPageProps, loadWorkingGroup, recordTitle } from "../../_lib/records";
import { requireActor } from "../../_lib/session";
import { MilestoneSection } from "../_components/milestone-section";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadWorkingGroup, (g) => g.name);

type Person = { id: number; name: string; role: string | null; organisation: string | null } | null;

export default async function WorkingGroupPage({ params }: IdPageProps) {
  const group = await loadWorkingGroup((await params).id);
  if (!group) notFound();
  const { m, locale } = await getMessages();
  const can = permissionsOf((await requireActor()).role);
  const g = group;

  const lead = (person: Person) =>
    person ? (
      <>
        <Link href={`/people/${person.id}`}>{person.name}</Link>
        {person.role || person.organisation ? (
          <div className="small muted">{[person.role, person.organisation].filter(Boolean).join(", ")}</div>
        ) : null}
      </>
    ) : (
      <span className="muted">{m.workingGroup.noLead}</span>
    );

  return (
    <>
      <p className="breadcrumb">
        <Link href="/working-groups">{m.workingGroup.listTitle}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{g.name}</h1>
          <p className="actions">
            <LabelBadge>{m.enums.workingGroupStatus[g.status]}</LabelBadge>
            <UnverifiedBadge verified={g.verified} />
          </p>
        </div>
        <div className="page-header__actions">
          <ExportMenu
            what={g.name}
            items={[
              {
                label: m.export.pdfDossier,
                href: exportHref("agreement-dossier", "pdf", locale, { id: g.agreement.id }),
              },
              {
                label: `${m.export.kinds.workingGroups} ${m.export.ofAgreement} (Excel)`,
                href: exportHref("working-groups", "xlsx", locale, { agreementId: g.agreement.id }),
              },
            ]}
          />
          {can.edit ? (
            <Link className="button button--secondary" href={`/working-groups/${g.id}/edit`}>
              {m.common.edit}
            </Link>
          ) : null}
        </div>
      </div>

      {g.verified ? null : (
        <p className="alert alert--info">
          <strong>{m.common.unverified}:</strong> {m.workingGroup.unverifiedNotice}
        </p>
      )}

      <div className="grid grid--two">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{m.workingGroup.general}</h2>
          <dl className="facts">
            <dt>{m.workingGroup.goal}</dt>
            <dd style={{ whiteSpace: "pre-wrap" }}>{g.goal ?? m.common.none}</dd>
            <dt>{m.workingGroup.agreement}</dt>
            <dd>
              <Link href={`/agreements/${g.agreement.id}`}>{g.agreement.title}</Link>{" "}
              <AgreementStatusBadge status={g.agreement.status} />
              <div className="small muted">
                {m.enums.agreementType[g.agreement.type]} · {m.common.partner}:{" "}
                <Link href={`/partners/${g.agreement.partner.id}`}>{partnerName(g.agreement.partner, locale)}</Link>
                {g.agreement.partner.nameLocal ? (
                  <span className="local-name"> · {g.agreement.partner.nameLocal}</span>
                ) : null}
              </div>
            </dd>
            <dt>{m.common.status}</dt>
            <dd>
              <LabelBadge>{m.enums.workingGroupStatus[g.status]}</LabelBadge>
            </dd>
            <dt>{m.common.source}</dt>
            <dd>
              <SourceText source={g.source} /> <UnverifiedBadge verified={g.verified} />
            </dd>
            <dt>{m.workingGroup.lastUpdated}</dt>
            <dd>{formatDateTime(g.updatedAt, locale)}</dd>
          </dl>
          {g.notes ? (
            <>
              <h3 style={{ marginTop: "1rem" }}>{m.common.notes}</h3>
              <p style={{ whiteSpace: "pre-wrap" }}>{g.notes}</p>
            </>
          ) : null}
        </section>

        <section className="card" aria-labelledby="people-title">
          <h2 id="people-title">{m.workingGroup.people}</h2>
          <dl className="facts">
            <dt>{m.workingGroup.leadCologne}</dt>
            <dd>{lead(g.leadCologne)}</dd>
            <dt>{m.workingGroup.leadPartner}</dt>
            <dd>{lead(g.leadPartner)}</dd>
          </dl>
          <h3 style={{ marginTop: "1rem" }}>{m.workingGroup.members}</h3>
          {g.members.length ? (
            <ul>
              {g.members.map((member) => (
                <li key={member.person.id}>
                  <Link href={`/people/${member.person.id}`}>{member.person.name}</Link>
                  {member.role || member.person.organisation ? (
                    <div className="small muted">
                      {[member.role, member.person.organisation].filter(Boolean).join(", ")}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.workingGroup.noMembers}</p>
          )}
        </section>
      </div>

      <MilestoneSection workingGroupId={g.id} milestones={g.milestones} today={today()} />

      <RecordHistorySection entityType="WORKING_GROUP" entityId={g.id} />
    </>
  );
}
