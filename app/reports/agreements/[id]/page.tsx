// Print page of an agreement's dossier (PDF kind "agreement-dossier"): the agreement's key facts and partner, its
// status history in order, its cooperation areas, its working groups with leads, members and milestones, its
// activities and the people involved.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "@/app/_components/badges";
import { parseId } from "@/app/_lib/params";
import { orNull, serverCaller } from "@/app/_lib/trpc/server";
import { loadAgreementDossier } from "@/server/export/report-data";
import { countryName, fmt, formatDate, formatDateRange, formatDateTime, partnerName } from "@/server/i18n/format";
import { Cols } from "../../_components/cols";
import { ReportReady } from "../../_components/report-ready";
import { reportContext } from "../../_lib/report-context";

export const dynamic = "force-dynamic";

async function load(idText: string) {
  const id = parseId(idText);
  return id === null ? null : orNull(loadAgreementDossier(await serverCaller(), id));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { r } = await reportContext();
  const dossier = await load((await params).id);
  return { title: dossier ? fmt(r.dossierOf, { title: dossier.agreement.title }) : "404" };
}

export default async function AgreementDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, m, r, asOf, preparedFor } = await reportContext();
  const dossier = await load((await params).id);
  if (!dossier) notFound();
  const { agreement: a, groups, people } = dossier;
  const areaName = (area: { nameDe: string; nameEn: string }) => (locale === "de" ? area.nameDe : area.nameEn);
  const dates = [
    [m.agreement.councilDecisionOn, a.councilDecisionOn, a.councilDecisionOnPrecision],
    [m.agreement.signedOn, a.signedOn, a.signedOnPrecision],
    [m.agreement.countersignedOn, a.countersignedOn, a.countersignedOnPrecision],
    [m.agreement.validFrom, a.validFrom, a.validFromPrecision],
    [m.agreement.validUntil, a.validUntil, a.validUntilPrecision],
  ] as const;
  // Oldest first: a dossier tells the story in order (the detail page shows the latest first).
  const history = [...a.statusChanges].reverse();

  return (
    <article className="report">
      <div className="report-masthead">
        <p className="report-masthead__city">
          {r.city} · {r.office}
        </p>
        <p className="report-masthead__kind">{r.dossier}</p>
        <h1>{a.title}</h1>
        <p className="actions">
          <AgreementStatusBadge status={a.status} />
          <span>{m.enums.agreementType[a.type]}</span>
          <UnverifiedBadge verified={a.verified} />
        </p>
        <p className="small muted">
          {asOf} · {preparedFor}
        </p>
      </div>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{r.facts}</h2>
        <dl className="facts">
          <dt>{m.common.partner}</dt>
          <dd>
            <strong>{partnerName(a.partner, locale)}</strong>
            {a.partner.nameLocal ? <span className="local-name"> · {a.partner.nameLocal}</span> : null}
            <div className="small muted">
              {m.enums.partnerKind[a.partner.kind]} · {countryName(a.partner.countryCode, locale)} ·{" "}
              {m.enums.continent[a.partner.continent]}
            </div>
          </dd>
          <dt>{m.common.status}</dt>
          <dd>
            {m.enums.agreementStatus[a.status]}
            {a.statusSince
              ? ` · ${m.agreement.statusSince} ${formatDate(a.statusSince, locale, a.statusSincePrecision)}`
              : ""}
            {a.statusScope ? <div className="small">{a.statusScope}</div> : null}
          </dd>
          {dates.map(([label, date, precision]) =>
            date ? (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{formatDate(date, locale, precision)}</dd>
              </Fragment>
            ) : null,
          )}
          <dt>{m.agreement.responsibleUnit}</dt>
          <dd>{a.responsibleUnit ?? m.common.none}</dd>
          {a.predecessor ? (
            <>
              <dt>{m.agreement.predecessor}</dt>
              <dd>{a.predecessor.title}</dd>
            </>
          ) : null}
          {a.successors.length ? (
            <>
              <dt>{m.agreement.successors}</dt>
              <dd>
                {a.successors.map((s) => (
                  <div key={s.id}>{s.title}</div>
                ))}
              </dd>
            </>
          ) : null}
          <dt>{m.common.source}</dt>
          <dd className="report-wrap">
            {a.source ?? m.common.none} <UnverifiedBadge verified={a.verified} />
          </dd>
          <dt>{m.agreement.lastUpdated}</dt>
          <dd>{formatDateTime(a.updatedAt, locale)}</dd>
        </dl>
        {a.notes ? (
          <>
            <h3>{m.common.notes}</h3>
            <p className="report-pre">{a.notes}</p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{m.agreement.history}</h2>
        {history.length ? (
          <table className="report-table">
            <caption className="visually-hidden">{m.agreement.history}</caption>
            <Cols widths={[15, 19, 41, 25]} />
            <thead>
              <tr>
                <th scope="col">{r.changedOn}</th>
                <th scope="col">{r.change}</th>
                <th scope="col">{m.agreement.reason}</th>
                <th scope="col">{r.recordedBy}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((change) => (
                <tr key={change.id}>
                  <td>{formatDate(change.effectiveOn, locale, change.effectiveOnPrecision)}</td>
                  <td>
                    {change.fromStatus
                      ? fmt(m.agreement.historyEntry, {
                          from: m.enums.agreementStatus[change.fromStatus],
                          to: m.enums.agreementStatus[change.toStatus],
                        })
                      : fmt(m.agreement.created, { to: m.enums.agreementStatus[change.toStatus] })}
                  </td>
                  <td>
                    {change.reason}
                    {change.scope ? (
                      <div className="small">
                        {m.agreement.scope}: {change.scope}
                      </div>
                    ) : null}
                  </td>
                  <td className="small">
                    {change.changedBy}
                    <div className="muted">{formatDateTime(change.recordedAt, locale)}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{m.common.noEntries}</p>
        )}
      </section>

      <section aria-labelledby="areas-title">
        <h2 id="areas-title">{m.agreement.areas}</h2>
        {a.areas.length ? (
          <table className="report-table">
            <caption className="visually-hidden">{m.agreement.areas}</caption>
            <Cols widths={[30, 20, 50]} />
            <thead>
              <tr>
                <th scope="col">{m.agreement.area}</th>
                <th scope="col">{m.agreement.areaStatus}</th>
                <th scope="col">{m.common.notes}</th>
              </tr>
            </thead>
            <tbody>
              {a.areas.map((link) => (
                <tr key={link.area.code}>
                  <td>{areaName(link.area)}</td>
                  <td>{m.enums.areaLinkStatus[link.status]}</td>
                  <td className="small">{link.notes ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{m.agreement.noAreas}</p>
        )}
      </section>

      <section aria-labelledby="groups-title">
        <h2 id="groups-title">{r.workingGroupsAndMilestones}</h2>
        {groups.length ? null : <p>{m.common.noEntries}</p>}
        {groups.map((group) => (
          <section key={group.id} className="report-block" aria-labelledby={`group-${group.id}`}>
            {/* The heading holds the name only: it is the group's entry in the PDF's outline. */}
            <h3 id={`group-${group.id}`}>{group.name}</h3>
            <p className="actions">
              <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>
              <UnverifiedBadge verified={group.verified} />
            </p>
            <dl className="facts">
              {group.goal ? (
                <>
                  <dt>{r.goal}</dt>
                  <dd>{group.goal}</dd>
                </>
              ) : null}
              {group.leadCologne ? (
                <>
                  <dt>{r.leadCologne}</dt>
                  <dd>{[group.leadCologne.name, group.leadCologne.organisation].filter(Boolean).join(", ")}</dd>
                </>
              ) : null}
              {group.leadPartner ? (
                <>
                  <dt>{r.leadPartner}</dt>
                  <dd>{[group.leadPartner.name, group.leadPartner.organisation].filter(Boolean).join(", ")}</dd>
                </>
              ) : null}
              {group.members.length ? (
                <>
                  <dt>{r.members}</dt>
                  <dd>
                    {group.members
                      .map((member) => (member.role ? `${member.person.name} (${member.role})` : member.person.name))
                      .join(", ")}
                  </dd>
                </>
              ) : null}
            </dl>
            {group.milestones.length ? (
              <table className="report-table">
                <caption className="visually-hidden">
                  {m.workingGroup.milestones}: {group.name}
                </caption>
                <Cols widths={[46, 18, 18, 18]} />
                <thead>
                  <tr>
                    <th scope="col">{r.milestone}</th>
                    <th scope="col">{m.common.status}</th>
                    <th scope="col">{r.dueOn}</th>
                    <th scope="col">{r.doneOn}</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            ) : (
              <p className="small">{r.noMilestones}</p>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="activities-title">
        <h2 id="activities-title">{m.agreement.activities}</h2>
        {a.activities.length ? (
          <table className="report-table">
            <caption className="visually-hidden">{m.agreement.activities}</caption>
            <Cols widths={[20, 34, 18, 28]} />
            <thead>
              <tr>
                <th scope="col">{m.common.date}</th>
                <th scope="col">{r.activity}</th>
                <th scope="col">{r.place}</th>
                <th scope="col">{r.participants}</th>
              </tr>
            </thead>
            <tbody>
              {a.activities.map(({ activity }) => (
                <tr key={activity.id}>
                  <td>{formatDateRange(activity.startOn, activity.endOn, locale)}</td>
                  <td>
                    {activity.title} <UnverifiedBadge verified={activity.verified} />
                    <div className="small muted">{m.enums.activityType[activity.type]}</div>
                  </td>
                  <td>{activity.place ?? m.common.none}</td>
                  <td className="small">
                    {activity.participants.length
                      ? activity.participants
                          .map((p) => (p.role ? `${p.person.name} (${p.role})` : p.person.name))
                          .join(", ")
                      : m.common.none}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{m.common.noEntries}</p>
        )}
      </section>

      <section aria-labelledby="people-title">
        <h2 id="people-title">{m.agreement.people}</h2>
        {people.length ? (
          <table className="report-table">
            <caption className="visually-hidden">{m.agreement.people}</caption>
            <Cols widths={[20, 23, 23, 34]} />
            <thead>
              <tr>
                <th scope="col">{m.common.name}</th>
                <th scope="col">{m.common.role}</th>
                <th scope="col">{m.common.organisation}</th>
                <th scope="col">{r.involvedIn}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <td>{person.name}</td>
                  <td>{person.role ?? m.common.none}</td>
                  <td>{person.organisation ?? m.common.none}</td>
                  <td className="small">{person.involvedIn.join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{m.common.noEntries}</p>
        )}
      </section>

      <ReportReady />
    </article>
  );
}
