"use client";
// The dashboard's cards and charts (dashboard.tsx puts them together). Each chart shows its data as a table too;
// its drawing loads when the card nears the viewport.
import Link from "next/link";
import { type ReactNode, Suspense, useState } from "react";
import { AREA_LINK_STATUSES, type AreaLinkStatus, MILESTONE_STATUSES } from "@/server/domain/enums";
import { AREA_LINK_STATUS_COLORS, MILESTONE_STATUS_COLORS } from "@/server/domain/status-colors";
import { fmt, formatDate, formatNumber, partnerName } from "@/server/i18n/format";
import type { PinnedAgreement } from "@/server/services/agreement/pin";
import type { DashboardStatistics } from "@/server/services/statistics/dashboard";
import type { WorkingGroupListItem } from "@/server/services/working-group/list";
import { useI18n } from "../../_i18n/client";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "../badges";
import { ChartCard } from "../chart-card";
import { usePermissions } from "../session-context";
import styles from "./dashboard.module.css";
import { IN_FORCE_QUERY as inForceQuery } from "./inputs";
import {
  AreaStatusChart,
  ContinentChart,
  DecadeChart,
  MilestoneChart,
  StatusChart,
  WhenNearViewport,
} from "./lazy-charts";
import { UnpinButton } from "./pin-button";

/** A chart card: its table always, its drawing once it nears the viewport. */
function DashboardChart({ chart, ...card }: Omit<Parameters<typeof ChartCard>[0], "children"> & { chart: ReactNode }) {
  return (
    <Suspense>
      <ChartCard {...card}>
        <WhenNearViewport>{chart}</WhenNearViewport>
      </ChartCard>
    </Suspense>
  );
}

export function PinnedAgreementsCard({ items }: { items: PinnedAgreement[] | undefined }) {
  const { m, locale } = useI18n();
  const { edit } = usePermissions();
  const [said, setSaid] = useState("");
  const areaName = (area: { nameDe: string; nameEn: string }) => (locale === "de" ? area.nameDe : area.nameEn);
  return (
    <section className="card" aria-labelledby="pinned-title">
      <h2 id="pinned-title">{m.attention.pinnedTitle}</h2>
      <p role="status" className="small">
        {said}
      </p>
      {items?.length ? (
        <ul className="stack-list">
          {items.map((agreement) => (
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
                      <LabelBadge>{`${areaName(link.area)} (${m.enums.areaLinkStatus[link.status as AreaLinkStatus]})`}</LabelBadge>
                    </li>
                  ))}
                </ul>
              ) : null}
              <div className={`small muted ${styles.pinnedBy}`}>
                {fmt(
                  m.attention.pinnedBy,
                  { name: agreement.pinnedBy, date: formatDate(agreement.pinnedAt, locale) },
                  locale,
                )}
                {edit ? (
                  <UnpinButton
                    id={agreement.id}
                    title={agreement.title}
                    onUnpinned={() => setSaid(m.attention.unpinned)}
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{m.attention.pinnedEmpty}</p>
      )}
    </section>
  );
}

export function WorkingGroupsCard({ items }: { items: WorkingGroupListItem[] | undefined }) {
  const { m, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="groups-title">
      <h2 id="groups-title">{m.nav.workingGroups}</h2>
      {items?.length ? (
        <ul className="stack-list">
          {items.map((group) => (
            <li key={group.id}>
              <Link prefetch={false} href={`/working-groups/${group.id}`}>
                {group.name}
              </Link>{" "}
              <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>{" "}
              <UnverifiedBadge verified={group.verified} />
              <div className="small muted">
                {group.agreement.title} ·{" "}
                {fmt(m.agreement.milestones, { done: group.milestones.done, total: group.milestones.total }, locale)}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{m.common.noEntries}</p>
      )}
    </section>
  );
}

export function ActiveByTypeCard({ k }: { k: DashboardStatistics["keyFigures"] }) {
  const { m, locale } = useI18n();
  return (
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
  );
}

/** A chart's table of one count a row, each row's label linking to what it counts (`link`: the address and label). */
function countTable<R extends { count: number }>(
  head: readonly [string, string],
  rows: readonly R[],
  link: (row: R) => readonly [href: string, label: string],
) {
  return {
    head: [...head],
    rows: rows.map((row) => {
      const [href, label] = link(row);
      return [
        <Link prefetch={false} key={href} href={href}>
          {label}
        </Link>,
        row.count,
      ];
    }),
  };
}

/** The charts in their grid, with the cards that go between them (`second`, after the first chart) and after them. */
export function DashboardCharts(props: { s: DashboardStatistics; second: ReactNode; children: ReactNode }) {
  const { s } = props;
  const { m, locale } = useI18n();
  const areaName = (area: { nameDe: string; nameEn: string }) => (locale === "de" ? area.nameDe : area.nameEn);
  return (
    <div className="grid grid--charts">
      <DashboardChart
        id="by-status"
        title={m.dashboard.byStatus}
        table={countTable([m.common.status, m.common.count], s.byStatus, (row) => [
          `/agreements?status=${row.status}`,
          m.enums.agreementStatus[row.status],
        ])}
        chart={<StatusChart rows={s.byStatus} />}
      />
      {props.second}
      <DashboardChart
        id="area-status"
        title={m.dashboard.areaByStatus}
        legend={AREA_LINK_STATUSES.map((status) => [m.enums.areaLinkStatus[status], AREA_LINK_STATUS_COLORS[status]])}
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
        chart={<AreaStatusChart rows={s.areaByStatus} />}
      />
      <DashboardChart
        id="per-decade"
        title={m.dashboard.perDecade}
        table={countTable([m.dashboard.decade, m.common.count], s.perDecade, (row) => [
          `/agreements?type=PARTNERSHIP&from=${row.decade}&to=${row.decade + 9}`,
          fmt(m.dashboard.decadeLabel, { decade: row.decade }, locale),
        ])}
        chart={<DecadeChart rows={s.perDecade} />}
      />
      <DashboardChart
        id="by-continent"
        title={m.dashboard.byContinent}
        table={countTable([m.common.continent, m.common.count], s.byContinent, (row) => [
          `/agreements?continent=${row.continent}&${inForceQuery}`,
          m.enums.continent[row.continent],
        ])}
        chart={<ContinentChart rows={s.byContinent} />}
      />
      <DashboardChart
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
        legend={MILESTONE_STATUSES.map((status) => [m.enums.milestoneStatus[status], MILESTONE_STATUS_COLORS[status]])}
        table={{
          head: [m.dashboard.workingGroup, ...MILESTONE_STATUSES.map((status) => m.enums.milestoneStatus[status])],
          rows: s.milestoneProgress.map((row) => [
            <Link prefetch={false} key={row.id} href={`/working-groups/${row.id}`}>
              {row.name}
            </Link>,
            ...MILESTONE_STATUSES.map((status) => row[status]),
          ]),
        }}
        chart={<MilestoneChart rows={s.milestoneProgress} />}
      />
      {props.children}
    </div>
  );
}
