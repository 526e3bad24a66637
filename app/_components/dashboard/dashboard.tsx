"use client";
// The officials' dashboard: key figures, charts (each with a table alternative) and what is in focus.
// Clicking a chart segment or a figure opens the list filtered to it.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Suspense } from "react";
import { AREA_LINK_STATUSES, MILESTONE_STATUSES } from "@/server/domain/enums";
import { AREA_LINK_STATUS_COLORS, MILESTONE_STATUS_COLORS } from "@/server/domain/status-colors";
import { fmt, formatDate, formatNumber, partnerName } from "@/server/i18n/format";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "../badges";
import { ChartCard } from "../chart-card";
import { ErrorAlert } from "../errors";
import { DashboardExports } from "./dashboard-exports";
import { IN_FORCE_QUERY as inForceQuery, RECENT_AGREEMENTS_INPUT, WORKING_GROUPS_INPUT } from "./inputs";
import {
  AreaStatusChart,
  ContinentChart,
  DecadeChart,
  MilestoneChart,
  StatusChart,
  WhenNearViewport,
} from "./lazy-charts";

/** The agreement list filtered like the dashboard's "no activity for 3 years". */
const QUIET_HREF = "/agreements?quiet=1";

export function Dashboard() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const stats = useQuery(trpc.statistics.dashboard.queryOptions());
  const recent = useQuery(trpc.agreement.list.queryOptions(RECENT_AGREEMENTS_INPUT));
  const groups = useQuery(trpc.workingGroup.list.queryOptions(WORKING_GROUPS_INPUT));
  const s = stats.data;
  if (!s) return <ErrorAlert error={stats.error} />;
  const k = s.keyFigures;
  const areaName = (area: { nameDe: string; nameEn: string }) => (locale === "de" ? area.nameDe : area.nameEn);

  const figures = [
    { label: m.dashboard.activeAgreements, value: k.activeAgreements, href: "/agreements?status=ACTIVE" },
    { label: m.dashboard.inForce, value: k.inForce, href: `/agreements?${inForceQuery}` },
    {
      label: m.dashboard.workingGroupsActive,
      value: k.workingGroupsActive,
      href: "/working-groups?status=FORMING&status=ACTIVE",
    },
    {
      label: m.dashboard.milestonesDueSoon,
      value: k.milestonesDueSoon,
      href: "/working-groups?milestones=dueSoon",
    },
    {
      label: m.dashboard.milestonesOverdue,
      value: k.milestonesOverdue,
      href: "/working-groups?milestones=overdue",
      alert: k.milestonesOverdue > 0,
    },
    { label: m.dashboard.quietAgreements, value: k.quietAgreements.count, href: QUIET_HREF },
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.dashboard.title}</h1>
          <p>
            {m.dashboard.intro} ({formatDate(s.asOf, locale)})
          </p>
        </div>
        <Suspense>
          <DashboardExports currentYear={new Date(s.asOf).getUTCFullYear()} />
        </Suspense>
      </div>

      <Suspense>
        <ul className="grid grid--figures" style={{ listStyle: "none", padding: 0, margin: "0 0 1rem" }}>
          {figures.map((figure) => (
            <li key={figure.label}>
              <Link
                prefetch={false}
                className={`card figure${figure.alert ? " figure--alert" : ""}`}
                href={figure.href}
              >
                <span className="figure__value">{formatNumber(figure.value, locale)}</span>
                <span className="figure__label">{figure.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Suspense>

      <div className="grid grid--two" style={{ marginBottom: "1rem" }}>
        <Suspense>
          <section className="card" aria-labelledby="recent-title">
            <h2 id="recent-title">{m.dashboard.recentAgreements}</h2>
            <ul className="stack-list">
              {recent.data?.items.map((agreement) => (
                <li key={agreement.id}>
                  <Link prefetch={false} href={`/agreements/${agreement.id}`}>
                    {agreement.title}
                  </Link>{" "}
                  <AgreementStatusBadge status={agreement.status} /> <UnverifiedBadge verified={agreement.verified} />
                  <div className="small muted">
                    {partnerName(agreement.partner, locale)}
                    {agreement.partner.nameLocal ? ` · ${agreement.partner.nameLocal}` : ""} ·{" "}
                    {m.enums.agreementType[agreement.type]} ·{" "}
                    {formatDate(agreement.signedOn, locale, agreement.signedOnPrecision)}
                  </div>
                  {agreement.areas.length ? (
                    <ul className="chips" aria-label={m.agreement.areas}>
                      {agreement.areas.map((link) => (
                        <li key={link.area.code}>
                          <LabelBadge>{`${areaName(link.area)} (${m.enums.areaLinkStatus[link.status]})`}</LabelBadge>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        </Suspense>
        <Suspense>
          <section className="card" aria-labelledby="groups-title">
            <h2 id="groups-title">{m.nav.workingGroups}</h2>
            {groups.data?.items.length ? (
              <ul className="stack-list">
                {groups.data.items.map((group) => (
                  <li key={group.id}>
                    <Link prefetch={false} href={`/working-groups/${group.id}`}>
                      {group.name}
                    </Link>{" "}
                    <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>{" "}
                    <UnverifiedBadge verified={group.verified} />
                    <div className="small muted">
                      {group.agreement.title} ·{" "}
                      {fmt(
                        m.agreement.milestones,
                        { done: group.milestones.done, total: group.milestones.total },
                        locale,
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{m.common.noEntries}</p>
            )}
          </section>
        </Suspense>
      </div>

      <div className="grid grid--charts">
        <Suspense>
          <ChartCard
            id="by-status"
            title={m.dashboard.byStatus}
            table={{
              head: [m.common.status, m.common.count],
              rows: s.byStatus.map((row) => [
                <Link prefetch={false} key={row.status} href={`/agreements?status=${row.status}`}>
                  {m.enums.agreementStatus[row.status]}
                </Link>,
                row.count,
              ]),
            }}
          >
            <WhenNearViewport>
              <StatusChart rows={s.byStatus} />
            </WhenNearViewport>
          </ChartCard>
        </Suspense>

        <Suspense>
          <section className="card" aria-labelledby="active-by-type-title">
            <h2 id="active-by-type-title">{m.dashboard.activeByType}</h2>
            {k.activeByType.length ? (
              <ul>
                {k.activeByType.map((row) => (
                  <li key={row.type}>
                    <Link prefetch={false} href={`/agreements?status=ACTIVE&type=${row.type}`}>
                      {m.enums.agreementType[row.type]}
                    </Link>
                    : {formatNumber(row.count, locale)}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{m.common.noEntries}</p>
            )}
          </section>
        </Suspense>

        <Suspense>
          <ChartCard
            id="area-status"
            title={m.dashboard.areaByStatus}
            legend={AREA_LINK_STATUSES.map((status) => [
              m.enums.areaLinkStatus[status],
              AREA_LINK_STATUS_COLORS[status],
            ])}
            table={{
              head: [m.dashboard.area, ...AREA_LINK_STATUSES.map((status) => m.enums.areaLinkStatus[status])],
              rows: s.areaByStatus.map((row) => [
                <Link prefetch={false} key={row.code} href={`/agreements?area=${row.code}`}>
                  {areaName(row)}
                </Link>,
                ...AREA_LINK_STATUSES.map((status) =>
                  row[status] > 0 ? (
                    <Link prefetch={false} key={status} href={`/agreements?area=${row.code}&areaStatus=${status}`}>
                      {row[status]}
                    </Link>
                  ) : (
                    0
                  ),
                ),
              ]),
            }}
          >
            <WhenNearViewport>
              <AreaStatusChart rows={s.areaByStatus} />
            </WhenNearViewport>
          </ChartCard>
        </Suspense>

        <Suspense>
          <ChartCard
            id="per-decade"
            title={m.dashboard.perDecade}
            table={{
              head: [m.dashboard.decade, m.common.count],
              rows: s.perDecade.map((row) => [
                <Link
                  prefetch={false}
                  key={row.decade}
                  href={`/agreements?type=PARTNERSHIP&from=${row.decade}&to=${row.decade + 9}`}
                >
                  {fmt(m.dashboard.decadeLabel, { decade: row.decade }, locale)}
                </Link>,
                row.count,
              ]),
            }}
          >
            <WhenNearViewport>
              <DecadeChart rows={s.perDecade} />
            </WhenNearViewport>
          </ChartCard>
        </Suspense>

        <Suspense>
          <ChartCard
            id="by-continent"
            title={m.dashboard.byContinent}
            table={{
              head: [m.common.continent, m.common.count],
              rows: s.byContinent.map((row) => [
                <Link
                  prefetch={false}
                  key={row.continent}
                  href={`/agreements?continent=${row.continent}&${inForceQuery}`}
                >
                  {m.enums.continent[row.continent]}
                </Link>,
                row.count,
              ]),
            }}
          >
            <WhenNearViewport>
              <ContinentChart rows={s.byContinent} />
            </WhenNearViewport>
          </ChartCard>
        </Suspense>

        <Suspense>
          <ChartCard
            id="milestones"
            title={m.dashboard.milestoneProgress}
            hint={
              s.milestoneGroupsTotal > s.milestoneProgress.length
                ? fmt(
                    m.dashboard.milestoneProgressTop,
                    {
                      shown: s.milestoneProgress.length,
                      total: s.milestoneGroupsTotal,
                    },
                    locale,
                  )
                : undefined
            }
            legend={MILESTONE_STATUSES.map((status) => [
              m.enums.milestoneStatus[status],
              MILESTONE_STATUS_COLORS[status],
            ])}
            table={{
              head: [m.dashboard.workingGroup, ...MILESTONE_STATUSES.map((status) => m.enums.milestoneStatus[status])],
              rows: s.milestoneProgress.map((row) => [
                <Link prefetch={false} key={row.id} href={`/working-groups/${row.id}`}>
                  {row.name}
                </Link>,
                ...MILESTONE_STATUSES.map((status) => row[status]),
              ]),
            }}
          >
            <WhenNearViewport>
              <MilestoneChart rows={s.milestoneProgress} />
            </WhenNearViewport>
          </ChartCard>
        </Suspense>

        <Suspense>
          <section className="card" id="quiet" aria-labelledby="quiet-title">
            <h2 id="quiet-title">{m.dashboard.quietAgreements}</h2>
            <p className="small muted">{m.dashboard.quietAgreementsHint}</p>
            <ul>
              {k.quietAgreements.items.map((item) => (
                <li key={item.id}>
                  <Link prefetch={false} href={`/agreements/${item.id}`}>
                    {item.title}
                  </Link>
                </li>
              ))}
            </ul>
            {k.quietAgreements.count > k.quietAgreements.items.length ? (
              <p className="small">
                <Link prefetch={false} href={QUIET_HREF}>
                  {fmt(
                    m.dashboard.andMore,
                    { count: k.quietAgreements.count - k.quietAgreements.items.length },
                    locale,
                  )}
                </Link>
              </p>
            ) : null}
          </section>
        </Suspense>
      </div>
    </>
  );
}
