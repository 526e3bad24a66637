// The cards of an agreement's detail page (app/agreements/[id]/page.tsx), one function each.
import Link from "next/link";
import type { Permissions } from "@/server/auth/roles";
import { IN_FORCE_STATUSES } from "@/server/domain/agreement-status";
import { isCommitmentOverdue } from "@/server/domain/commitment";
import { periodEnd } from "@/server/domain/date-periods";
import { fmt, formatDate, formatDateRange, formatDateTime } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import { AGREEMENT_FIELDS } from "@/server/schemas/agreement";
import type { AgreementDetail } from "@/server/services/agreement/detail";
import { cologneOwnerText } from "@/server/services/commitment/owner-text";
import { today } from "@/server/services/shared/dates";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "../../_components/badges";
import { Card, FactsCard, LinkList, linkedItem, PartnerFact, personItem } from "../../_components/detail";
import { Fact } from "../../_components/fact";
import { FieldFacts } from "../../_components/record-fields";
import { statusChangeText } from "../../_components/status-change-text";
import { TableHead } from "../../_components/table-head";
import { StatusChangeForm } from "./status-change-form";

export interface SectionProps {
  a: AgreementDetail;
  m: Messages;
  locale: Locale;
  can: Permissions;
}

/**
 * When the agreement runs out, said plainly: the day (at its precision) and how many days are left, that it ran
 * out while still recorded as in force, or that it is open-ended; and what a renewal needs.
 */
function RunsOut({ a, m, locale }: Omit<SectionProps, "can">) {
  if (!a.validUntil) return <dd>{m.agenda.openEnded}</dd>;
  const until = periodEnd(a.validUntil, a.validUntilPrecision);
  const date = formatDate(a.validUntil, locale, a.validUntilPrecision);
  const days = Math.round((until.getTime() - today().getTime()) / 86_400_000);
  const inForce = IN_FORCE_STATUSES.includes(a.status);
  return (
    <dd>
      {days >= 0 ? fmt(m.agenda.runsOut, { date, days }, locale) : null}
      {days < 0 && inForce ? <strong>{fmt(m.agenda.ranOut, { date }, locale)}</strong> : null}
      {days < 0 && !inForce ? date : null}
      {inForce ? (
        <div className="small">
          {m.agenda.renewal}{" "}
          {a.councilDecisionOn
            ? fmt(
                m.agenda.renewalCouncil,
                { date: formatDate(a.councilDecisionOn, locale, a.councilDecisionOnPrecision) },
                locale,
              )
            : null}
        </div>
      ) : null}
    </dd>
  );
}

export function AgreementFactsCard({ a, m, locale }: SectionProps) {
  return (
    <FactsCard title={m.agreement.general} record={a} m={m} locale={locale} lastUpdated={m.agreement.lastUpdated}>
      <Fact label={m.common.partner}>
        <PartnerFact partner={a.partner} locale={locale} more={m.enums.continent[a.partner.continent]} />
      </Fact>
      <Fact label={m.common.status}>
        <AgreementStatusBadge status={a.status} />{" "}
        {a.statusSince ? (
          <span className="small">
            {m.agreement.statusSince} {formatDate(a.statusSince, locale, a.statusSincePrecision)}
          </span>
        ) : null}
        {a.statusScope ? <div className="small">{a.statusScope}</div> : null}
      </Fact>
      <FieldFacts fields={AGREEMENT_FIELDS} section="dates" record={a} m={m} locale={locale} />
      <dt>{m.agenda.runsOutTitle}</dt>
      <RunsOut a={a} m={m} locale={locale} />
      <FieldFacts fields={AGREEMENT_FIELDS} section="general" record={a} m={m} locale={locale} />
      {a.predecessor ? (
        <Fact label={m.agreement.predecessor}>
          <Link href={`/agreements/${a.predecessor.id}`}>{a.predecessor.title}</Link>
        </Fact>
      ) : null}
      {a.successors.length ? (
        <Fact label={m.agreement.successors}>
          {a.successors.map((s) => (
            <div key={s.id}>
              <Link href={`/agreements/${s.id}`}>{s.title}</Link>
            </div>
          ))}
        </Fact>
      ) : null}
    </FactsCard>
  );
}

export function AgreementStatusCard({ a, m, locale, can }: SectionProps) {
  return (
    <section className="card" aria-labelledby={can.edit ? "status-title" : "history-title"}>
      {can.edit ? (
        <>
          <h2 id="status-title">{m.agreement.changeStatus}</h2>
          {/* Keyed by status and version, so the form starts afresh once a change shows. */}
          <StatusChangeForm key={`${a.status}-${a.version}`} id={a.id} status={a.status} version={a.version} />
        </>
      ) : null}
      <h2 id="history-title" style={can.edit ? { marginTop: "1.5rem" } : undefined}>
        {m.agreement.history}
      </h2>
      <ol className="timeline" aria-labelledby="history-title">
        {a.statusChanges.map((change) => (
          <li key={change.id}>
            <time dateTime={change.effectiveOn.toISOString().slice(0, 10)}>
              {formatDate(change.effectiveOn, locale, change.effectiveOnPrecision)}
            </time>
            {": "}
            {statusChangeText(change, m, locale)}
            <div>{change.reason}</div>
            {change.scope ? (
              <div className="small">
                {m.agreement.scope}: {change.scope}
              </div>
            ) : null}
            <div className="small muted">
              {fmt(m.agreement.changedBy, { name: change.changedBy }, locale)} ·{" "}
              {formatDateTime(change.recordedAt, locale)}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function AgreementAreasCard({ a, m, locale }: SectionProps) {
  return (
    <Card id="areas-title" title={m.agreement.areas}>
      {a.areas.length ? (
        <table>
          <TableHead heads={[m.agreement.area, m.agreement.areaStatus, m.common.notes]} />
          <tbody>
            {a.areas.map((link) => (
              <tr key={link.area.code}>
                <td>
                  <Link href={`/agreements?area=${link.area.code}`}>
                    {locale === "de" ? link.area.nameDe : link.area.nameEn}
                  </Link>
                </td>
                <td>
                  <LabelBadge>{m.enums.areaLinkStatus[link.status]}</LabelBadge>
                </td>
                <td className="small">{link.notes ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{m.agreement.noAreas}</p>
      )}
    </Card>
  );
}

export function AgreementWorkingGroupsCard({ a, m, locale, can }: SectionProps) {
  return (
    <Card id="groups-title" title={m.agreement.workingGroups}>
      <LinkList
        items={a.workingGroups.map((group) => ({
          key: group.id,
          href: `/working-groups/${group.id}`,
          label: group.name,
          badges: (
            <>
              <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>{" "}
              <UnverifiedBadge verified={group.verified} />
            </>
          ),
          detail: fmt(
            m.agreement.milestones,
            { done: group.milestones.filter((ms) => ms.status === "DONE").length, total: group.milestones.length },
            locale,
          ),
        }))}
        empty={m.common.noEntries}
      />
      {can.edit ? (
        <p>
          <Link className="button button--secondary" href={`/working-groups/new?agreementId=${a.id}`}>
            {m.workingGroup.create}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}

/** The agreement's commitments: what it promises, who owns it, when it is due (none: "no deadline set"). */
export function AgreementCommitmentsCard({ a, m, locale, can }: SectionProps) {
  const asOf = today();
  return (
    <Card id="commitments-title" title={m.commitment.sectionTitle}>
      <LinkList
        items={a.commitments.map((commitment) => ({
          ...linkedItem("/commitments", commitment),
          badges: (
            <>
              <LabelBadge>{m.commitment.status[commitment.status]}</LabelBadge>{" "}
              <UnverifiedBadge verified={commitment.verified} />
            </>
          ),
          detail: [
            `${m.commitment.dueOn}: ${
              commitment.dueOn
                ? formatDate(commitment.dueOn, locale, commitment.dueOnPrecision)
                : m.commitment.noDeadline
            }`,
            isCommitmentOverdue(commitment, asOf) ? m.commitment.overdue : null,
            `${m.commitment.owner}: ${cologneOwnerText(commitment) ?? m.commitment.ownerUnknown}`,
          ]
            .filter(Boolean)
            .join(" · "),
        }))}
        empty={m.commitment.none}
      />
      {can.edit ? (
        <p>
          <Link className="button button--secondary" href={`/commitments/new?agreementId=${a.id}`}>
            {m.commitment.add}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}

export function AgreementActivitiesCard({ a, m, locale }: SectionProps) {
  return (
    <Card id="activities-title" title={m.agreement.activities}>
      <LinkList
        items={a.activities.map(({ activity }) =>
          linkedItem("/activities", activity, {
            badges: <UnverifiedBadge verified={activity.verified} />,
            detail: [
              m.enums.activityType[activity.type],
              formatDateRange(activity.startOn, activity.endOn, locale),
              activity.place,
            ]
              .filter(Boolean)
              .join(" · "),
          }),
        )}
        empty={m.common.noEntries}
      />
    </Card>
  );
}

export function AgreementPeopleCard({ a, m }: SectionProps) {
  const people = new Map<number, { id: number; name: string; role: string | null; organisation: string | null }>();
  for (const link of a.activities) for (const p of link.activity.participants) people.set(p.person.id, p.person);
  return (
    <Card id="people-title" title={m.agreement.people}>
      <LinkList items={[...people.values()].map(personItem)} empty={m.common.noEntries} />
    </Card>
  );
}
