// The agreement's working groups: their milestones by status as a chart, then each group with its goal, leads,
// members and milestones.
import { LabelBadge, UnverifiedBadge } from "@/app/_components/badges";
import { formatDate } from "@/server/i18n/format";
import { Fact } from "../../../../_components/fact";
import { ChartedProgress } from "../../../_components/charted-progress";
import { ReportSection, ReportTable } from "../../../_components/report-table";
import type { DossierSectionProps } from "./dossier-parts";

type Group = DossierSectionProps["dossier"]["groups"][number];

export function WorkingGroups({ dossier, locale, m, r }: DossierSectionProps) {
  return (
    <ReportSection id="groups" title={r.workingGroupsAndMilestones}>
      {dossier.groups.length ? null : <p>{m.common.noEntries}</p>}
      <ChartedProgress id="dossier-milestones" progress={dossier.progress} r={r} locale={locale} />
      {dossier.groups.map((group) => (
        <WorkingGroup key={group.id} group={group} locale={locale} m={m} r={r} />
      ))}
    </ReportSection>
  );
}

function WorkingGroup({ group, locale, m, r }: Omit<DossierSectionProps, "dossier"> & { group: Group }) {
  const person = (p: { name: string; organisation: string | null }) =>
    [p.name, p.organisation].filter(Boolean).join(", ");
  return (
    <section className="report-block" aria-labelledby={`group-${group.id}`}>
      {/* The heading holds the name only: it is the group's entry in the PDF's outline. */}
      <h3 id={`group-${group.id}`}>{group.name}</h3>
      <p className="actions">
        <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>
        <UnverifiedBadge verified={group.verified} />
      </p>
      <dl className="facts">
        {group.goal ? <Fact label={r.goal}>{group.goal}</Fact> : null}
        {group.leadCologne ? <Fact label={r.leadCologne}>{person(group.leadCologne)}</Fact> : null}
        {group.leadPartner ? <Fact label={r.leadPartner}>{person(group.leadPartner)}</Fact> : null}
        {group.members.length ? (
          <Fact label={r.members}>
            {group.members
              .map((member) => (member.role ? `${member.person.name} (${member.role})` : member.person.name))
              .join(", ")}
          </Fact>
        ) : null}
      </dl>
      {group.milestones.length ? (
        <ReportTable
          caption={`${m.workingGroup.milestones}: ${group.name}`}
          widths={[46, 18, 18, 18]}
          heads={[r.milestone, m.common.status, r.dueOn, r.doneOn]}
        >
          {group.milestones.map((milestone) => (
            <tr key={milestone.id}>
              <td>
                {milestone.title}
                {milestone.notes ? <div className="small muted">{milestone.notes}</div> : null}
              </td>
              <td>{m.enums.milestoneStatus[milestone.status]}</td>
              <td>{milestone.dueOn ? formatDate(milestone.dueOn, locale) : m.common.none}</td>
              <td>{milestone.doneOn ? formatDate(milestone.doneOn, locale) : m.common.none}</td>
            </tr>
          ))}
        </ReportTable>
      ) : (
        <p className="small">{r.noMilestones}</p>
      )}
    </section>
  );
}
