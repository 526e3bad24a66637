import Link from "next/link";
import { fmt, formatDate, formatDateTime } from "@/server/i18n/format";
import { today } from "@/server/services/shared/dates";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "../../_components/badges";
import { Card, DetailHeader, FactLinks, FactsCard, PartnerFact, UnverifiedNotice } from "../../_components/detail";
import { Fact } from "../../_components/fact";
import { RecordHistorySection } from "../../_components/record-history-section";
import { agreementExports } from "../../_lib/agreement-exports";
import { type IdPageProps, loadCommitment, recordTitle, viewRecord } from "../../_lib/records";
import { CommitmentDueText } from "../_components/commitment-due";
import { CommitmentStatusForm } from "../_components/commitment-status-form";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadCommitment, (c) => c.title);

export default async function CommitmentPage(props: IdPageProps) {
  const { record: c, m, locale, can } = await viewRecord(loadCommitment, props);
  const unknown = <span className="muted">{m.commitment.ownerUnknown}</span>;

  return (
    <>
      <DetailHeader
        crumbs={[{ href: "/commitments", label: m.commitment.listTitle }]}
        title={c.title}
        facts={
          <>
            <LabelBadge>{m.commitment.status[c.status]}</LabelBadge>
            <UnverifiedBadge verified={c.verified} />
          </>
        }
        exports={agreementExports(c.agreement.id, ["commitments"], m, locale)}
        editHref={can.edit ? `/commitments/${c.id}/edit` : null}
        editLabel={m.common.edit}
      />

      <UnverifiedNotice verified={c.verified} notice={m.commitment.unverifiedNotice} m={m} />

      <div className="grid grid--two">
        <FactsCard
          id="promise-title"
          title={m.commitment.promise}
          record={c}
          m={m}
          locale={locale}
          lastUpdated={m.commitment.lastUpdated}
        >
          <dt>{m.commitment.quote}</dt>
          <dd lang={c.quoteLanguage ?? undefined} style={{ whiteSpace: "pre-wrap" }}>
            {c.quote ?? m.common.none}
          </dd>
          <dt>{m.commitment.quoteLanguage}</dt>
          <dd>{c.quoteLanguage ?? m.common.none}</dd>
          <dt>{m.commitment.agreement}</dt>
          <dd>
            <Link href={`/agreements/${c.agreement.id}`}>{c.agreement.title}</Link>{" "}
            <AgreementStatusBadge status={c.agreement.status} />
          </dd>
          <dt>{m.common.partner}</dt>
          <dd>
            <PartnerFact partner={c.agreement.partner} locale={locale} />
          </dd>
          <dt>{m.commitment.workingGroup}</dt>
          <dd>
            {c.workingGroup ? (
              <Link href={`/working-groups/${c.workingGroup.id}`}>{c.workingGroup.name}</Link>
            ) : (
              m.commitment.noWorkingGroup
            )}
          </dd>
          <Fact label={m.commitment.milestones}>
            <FactLinks
              items={c.milestones.map(({ milestone }) => ({
                key: milestone.id,
                href: `/working-groups/${milestone.workingGroup.id}`,
                label: milestone.title,
                detail: [milestone.workingGroup.name, milestone.dueOn ? formatDate(milestone.dueOn, locale) : null]
                  .filter(Boolean)
                  .join(", "),
              }))}
              none={m.common.none}
            />
          </Fact>
          <Fact label={m.commitment.activities}>
            <FactLinks
              items={c.activities.map(({ activity }) => ({
                key: activity.id,
                href: `/activities/${activity.id}`,
                label: activity.title,
                detail: formatDate(activity.startOn, locale),
              }))}
              none={m.common.none}
            />
          </Fact>
        </FactsCard>

        <Card id="due-title" title={m.commitment.due}>
          <dl className="facts">
            <dt>{m.commitment.dueOn}</dt>
            <dd>
              <CommitmentDueText commitment={c} today={today()} m={m} locale={locale} />
            </dd>
            <dt>{m.commitment.ownerPerson}</dt>
            <dd data-owner-person={c.ownerPerson?.id}>
              {c.ownerPerson ? (
                <>
                  <Link href={`/people/${c.ownerPerson.id}`}>{c.ownerPerson.name}</Link>
                  {c.ownerPerson.organisation ? <div className="small muted">{c.ownerPerson.organisation}</div> : null}
                  {c.ownerPerson.erasedAt ? <div className="small muted">{m.commitment.ownerPersonErased}</div> : null}
                </>
              ) : (
                unknown
              )}
            </dd>
            <dt>{m.commitment.ownerCologne}</dt>
            <dd>{c.ownerCologne ?? unknown}</dd>
            <dt>{m.commitment.ownerPartner}</dt>
            <dd>{c.ownerPartner ?? unknown}</dd>
            <dt>{m.common.status}</dt>
            <dd>
              <LabelBadge>{m.commitment.status[c.status]}</LabelBadge>
              {c.statusChangedBy && c.statusChangedAt ? (
                <div className="small muted">
                  {fmt(
                    m.commitment.statusChanged,
                    { by: c.statusChangedBy, at: formatDateTime(c.statusChangedAt, locale) },
                    locale,
                  )}
                </div>
              ) : null}
            </dd>
            {c.statusReason ? (
              <>
                <dt>{m.commitment.statusReason}</dt>
                <dd style={{ whiteSpace: "pre-wrap" }}>{c.statusReason}</dd>
              </>
            ) : null}
          </dl>
          {can.edit ? (
            <>
              <h3 style={{ marginTop: "1rem" }}>{m.commitment.changeStatus}</h3>
              <CommitmentStatusForm commitment={c} />
            </>
          ) : null}
        </Card>
      </div>

      <RecordHistorySection entityType="COMMITMENT" entityId={c.id} />
    </>
  );
}
