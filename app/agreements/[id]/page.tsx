import Link from "next/link";
import { notFound } from "next/navigation";
import { permissionsOf } from "@/server/auth/roles";
import { countryName, fmt, formatDate, formatDateRange, formatDateTime, partnerName } from "@/server/i18n/format";
import { AGREEMENT_FIELDS } from "@/server/schemas/agreement";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "../../_components/badges";
import { ExportMenu } from "../../_components/export-menu";
import { FieldFacts } from "../../_components/record-fields";
import { RecordHistorySection } from "../../_components/record-history-section";
import { SourceText } from "../../_components/source-text";
import { getMessages } from "../../_i18n/server";
import { exportHref } from "../../_lib/export-links";
import { type IdPageProps, loadAgreement, recordTitle } from "../../_lib/records";
import { requireActor } from "../../_lib/session";
import { StatusChangeForm } from "../_components/status-change-form";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadAgreement, (a) => a.title);

export default async function AgreementPage({ params }: IdPageProps) {
  const agreement = await loadAgreement((await params).id);
  if (!agreement) notFound();
  const { m, locale } = await getMessages();
  const can = permissionsOf((await requireActor()).role);
  const a = agreement;
  const people = new Map<number, { id: number; name: string; role: string | null; organisation: string | null }>();
  for (const link of a.activities) for (const p of link.activity.participants) people.set(p.person.id, p.person);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/agreements">{m.agreement.listTitle}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{a.title}</h1>
          <p className="actions">
            <AgreementStatusBadge status={a.status} />
            <span>{m.enums.agreementType[a.type]}</span>
            <UnverifiedBadge verified={a.verified} />
          </p>
        </div>
        <div className="page-header__actions">
          <ExportMenu
            what={a.title}
            items={[
              { label: m.export.pdfDossier, href: exportHref("agreement-dossier", "pdf", locale, { id: a.id }) },
              {
                label: `${m.export.kinds.workingGroups} ${m.export.ofAgreement} (Excel)`,
                href: exportHref("working-groups", "xlsx", locale, { agreementId: a.id }),
              },
              {
                label: `${m.export.kinds.activities} ${m.export.ofAgreement} (Excel)`,
                href: exportHref("activities", "xlsx", locale, { agreementId: a.id }),
              },
            ]}
          />
          {can.edit ? (
            <Link className="button button--secondary" href={`/agreements/${a.id}/edit`}>
              {m.common.edit}
            </Link>
          ) : null}
        </div>
      </div>

      <div className="grid grid--two">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{m.agreement.general}</h2>
          <dl className="facts">
            <dt>{m.common.partner}</dt>
            <dd>
              <Link href={`/partners/${a.partner.id}`}>{partnerName(a.partner, locale)}</Link>
              {a.partner.nameLocal ? <span className="local-name"> · {a.partner.nameLocal}</span> : null}
              <div className="small muted">
                {countryName(a.partner.countryCode, locale)} · {m.enums.continent[a.partner.continent]}
              </div>
            </dd>
            <dt>{m.common.status}</dt>
            <dd>
              <AgreementStatusBadge status={a.status} />{" "}
              {a.statusSince ? (
                <span className="small">
                  {m.agreement.statusSince} {formatDate(a.statusSince, locale, a.statusSincePrecision)}
                </span>
              ) : null}
              {a.statusScope ? <div className="small">{a.statusScope}</div> : null}
            </dd>
            <FieldFacts
              fields={AGREEMENT_FIELDS}
              section="dates"
              record={a}
              labels={m.agreement}
              locale={locale}
              none={m.common.none}
            />
            <FieldFacts
              fields={AGREEMENT_FIELDS}
              section="general"
              record={a}
              labels={m.agreement}
              locale={locale}
              none={m.common.none}
            />
            {a.predecessor ? (
              <>
                <dt>{m.agreement.predecessor}</dt>
                <dd>
                  <Link href={`/agreements/${a.predecessor.id}`}>{a.predecessor.title}</Link>
                </dd>
              </>
            ) : null}
            {a.successors.length ? (
              <>
                <dt>{m.agreement.successors}</dt>
                <dd>
                  {a.successors.map((s) => (
                    <div key={s.id}>
                      <Link href={`/agreements/${s.id}`}>{s.title}</Link>
                    </div>
                  ))}
                </dd>
              </>
            ) : null}
            <dt>{m.common.source}</dt>
            <dd>
              <SourceText source={a.source} /> <UnverifiedBadge verified={a.verified} />
            </dd>
            <dt>{m.agreement.lastUpdated}</dt>
            <dd>{formatDateTime(a.updatedAt, locale)}</dd>
          </dl>
          {a.notes ? (
            <>
              <h3 style={{ marginTop: "1rem" }}>{m.common.notes}</h3>
              <p style={{ whiteSpace: "pre-wrap" }}>{a.notes}</p>
            </>
          ) : null}
        </section>

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
                {change.fromStatus
                  ? fmt(
                      m.agreement.historyEntry,
                      {
                        from: m.enums.agreementStatus[change.fromStatus],
                        to: m.enums.agreementStatus[change.toStatus],
                      },
                      locale,
                    )
                  : fmt(m.agreement.created, { to: m.enums.agreementStatus[change.toStatus] }, locale)}
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

        <section className="card" aria-labelledby="areas-title">
          <h2 id="areas-title">{m.agreement.areas}</h2>
          {a.areas.length ? (
            <table>
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
        </section>

        <section className="card" aria-labelledby="groups-title">
          <h2 id="groups-title">{m.agreement.workingGroups}</h2>
          {a.workingGroups.length ? (
            <ul>
              {a.workingGroups.map((group) => (
                <li key={group.id}>
                  <Link href={`/working-groups/${group.id}`}>{group.name}</Link>{" "}
                  <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>{" "}
                  <UnverifiedBadge verified={group.verified} />
                  <div className="small muted">
                    {fmt(
                      m.agreement.milestones,
                      {
                        done: group.milestones.filter((ms) => ms.status === "DONE").length,
                        total: group.milestones.length,
                      },
                      locale,
                    )}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.common.noEntries}</p>
          )}
          {can.edit ? (
            <p>
              <Link className="button button--secondary" href={`/working-groups/new?agreementId=${a.id}`}>
                {m.workingGroup.create}
              </Link>
            </p>
          ) : null}
        </section>

        <section className="card" aria-labelledby="activities-title">
          <h2 id="activities-title">{m.agreement.activities}</h2>
          {a.activities.length ? (
            <ul>
              {a.activities.map(({ activity }) => (
                <li key={activity.id}>
                  <Link href={`/activities/${activity.id}`}>{activity.title}</Link>{" "}
                  <UnverifiedBadge verified={activity.verified} />
                  <div className="small muted">
                    {m.enums.activityType[activity.type]} · {formatDateRange(activity.startOn, activity.endOn, locale)}
                    {activity.place ? ` · ${activity.place}` : ""}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.common.noEntries}</p>
          )}
        </section>

        <section className="card" aria-labelledby="people-title">
          <h2 id="people-title">{m.agreement.people}</h2>
          {people.size ? (
            <ul>
              {[...people.values()].map((person) => (
                <li key={person.id}>
                  <Link href={`/people/${person.id}`}>{person.name}</Link>
                  <div className="small muted">{[person.role, person.organisation].filter(Boolean).join(", ")}</div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.common.noEntries}</p>
          )}
        </section>
      </div>

      <RecordHistorySection entityType="AGREEMENT" entityId={a.id} />
    </>
  );
}
