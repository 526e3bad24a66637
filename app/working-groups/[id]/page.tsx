import Link from "next/link";
import { partnerName } from "@/server/i18n/format";
import { WORKING_GROUP_FIELDS } from "@/server/schemas/working-group";
import { today } from "@/server/services/shared/dates";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "../../_components/badges";
import { Card, DetailHeader, FactsCard, LinkList, personItem, UnverifiedNotice } from "../../_components/detail";
import { DocumentsSection } from "../../_components/documents-section";
import { FieldFacts } from "../../_components/record-fields";
import { RecordHistorySection } from "../../_components/record-history-section";
import { agreementExports } from "../../_lib/agreement-exports";
import { type IdPageProps, loadWorkingGroup, recordTitle, viewRecord } from "../../_lib/records";
import { MilestoneSection } from "../_components/milestone-section";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadWorkingGroup, (g) => g.name);

type Person = { id: number; name: string; role: string | null; organisation: string | null } | null;

export default async function WorkingGroupPage(props: IdPageProps) {
  const { record: group, m, locale, can } = await viewRecord(loadWorkingGroup, props);
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
      <DetailHeader
        crumbs={[{ href: "/working-groups", label: m.workingGroup.listTitle }]}
        title={g.name}
        facts={
          <>
            <LabelBadge>{m.enums.workingGroupStatus[g.status]}</LabelBadge>
            <UnverifiedBadge verified={g.verified} />
          </>
        }
        exports={agreementExports(g.agreement.id, ["working-groups"], m, locale)}
        editHref={can.edit ? `/working-groups/${g.id}/edit` : null}
        editLabel={m.common.edit}
      />

      <UnverifiedNotice verified={g.verified} notice={m.workingGroup.unverifiedNotice} m={m} />

      <div className="grid grid--two">
        <FactsCard
          title={m.workingGroup.general}
          record={g}
          m={m}
          locale={locale}
          lastUpdated={m.workingGroup.lastUpdated}
        >
          <FieldFacts fields={WORKING_GROUP_FIELDS} section="goal" record={g} m={m} locale={locale} />
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
        </FactsCard>

        <Card id="people-title" title={m.workingGroup.people}>
          <dl className="facts">
            <dt>{m.workingGroup.leadCologne}</dt>
            <dd>{lead(g.leadCologne)}</dd>
            <dt>{m.workingGroup.leadPartner}</dt>
            <dd>{lead(g.leadPartner)}</dd>
          </dl>
          <h3 style={{ marginTop: "1rem" }}>{m.workingGroup.members}</h3>
          <LinkList
            items={g.members.map((member) => personItem({ ...member.person, role: member.role }))}
            empty={m.workingGroup.noMembers}
          />
        </Card>
      </div>

      <MilestoneSection workingGroupId={g.id} milestones={g.milestones} today={today()} />

      <DocumentsSection record={{ type: "workingGroup", id: g.id }} />

      <RecordHistorySection entityType="WORKING_GROUP" entityId={g.id} />
    </>
  );
}
