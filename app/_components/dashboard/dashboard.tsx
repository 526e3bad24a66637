"use client";
// The officials' dashboard: key figures, charts (each with a table alternative) and what is in focus.
// Clicking a chart segment or a figure opens the list filtered to it.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AGREEMENT_STATUS_COLORS, IN_FORCE_STATUSES } from "@/server/domain/agreement-status";
import { AREA_LINK_STATUSES, MILESTONE_STATUSES } from "@/server/domain/enums";
import { AREA_LINK_STATUS_COLORS, MILESTONE_STATUS_COLORS, SERIES_COLOR } from "@/server/domain/status-colors";
import { useI18n } from "../../_i18n/client";
import { fmt, formatDate, formatNumber, partnerName } from "../../_i18n/format";
import { useTRPC } from "../../_lib/trpc/client";
import { AgreementStatusBadge, LabelBadge, UnverifiedBadge } from "../badges";
import { ChartCard } from "../chart-card";
import { ErrorAlert } from "../errors";
import { DashboardExports } from "./dashboard-exports";
import { RECENT_AGREEMENTS_INPUT, WORKING_GROUPS_INPUT } from "./inputs";

const inForceQuery = IN_FORCE_STATUSES.map((status) => `status=${status}`).join("&");
/** The agreement list filtered like the dashboard's "no activity for 3 years". */
const QUIET_HREF = "/agreements?quiet=1";

export function Dashboard() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const stats = useQuery(trpc.statistics.dashboard.queryOptions());
  const recent = useQuery(trpc.agreement.list.queryOptions(RECENT_AGREEMENTS_INPUT));
  const groups = useQuery(trpc.workingGroup.list.queryOptions(WORKING_GROUPS_INPUT));
  const s = stats.data;
  if (!s) return <ErrorAlert error={stats.error} />;
  const k = s.keyFigures;
  const areaName = (area: { nameDe: string; nameEn: string }) => (locale === "de" ? area.nameDe : area.nameEn);
  const go = (href: string) => () => router.push(href);

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
        <DashboardExports currentYear={new Date(s.asOf).getUTCFullYear()} />
      </div>

      <ul className="grid grid--figures" style={{ listStyle: "none", padding: 0, margin: "0 0 1rem" }}>
        {figures.map((figure) => (
          <li key={figure.label}>
            <Link className={`card figure${figure.alert ? " figure--alert" : ""}`} href={figure.href}>
              <span className="figure__value">{formatNumber(figure.value, locale)}</span>
              <span className="figure__label">{figure.label}</span>
            </Link>
          </li>
        ))}
      </ul>

      <div className="grid grid--two" style={{ marginBottom: "1rem" }}>
        <section className="card" aria-labelledby="recent-title">
          <h2 id="recent-title">{m.dashboard.recentAgreements}</h2>
          <ul className="stack-list">
            {recent.data?.items.map((agreement) => (
              <li key={agreement.id}>
                <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>{" "}
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
        <section className="card" aria-labelledby="groups-title">
          <h2 id="groups-title">{m.nav.workingGroups}</h2>
          {groups.data?.items.length ? (
            <ul className="stack-list">
              {groups.data.items.map((group) => (
                <li key={group.id}>
                  <Link href={`/working-groups/${group.id}`}>{group.name}</Link>{" "}
                  <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>{" "}
                  <UnverifiedBadge verified={group.verified} />
                  <div className="small muted">
                    {group.agreement.title} ·{" "}
                    {fmt(m.agreement.milestones, { done: group.milestones.done, total: group.milestones.total })}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.common.noEntries}</p>
          )}
        </section>
      </div>

      <div className="grid grid--charts">
        <ChartCard
          id="by-status"
          title={m.dashboard.byStatus}
          table={{
            head: [m.common.status, m.common.count],
            rows: s.byStatus.map((row) => [
              <Link key={row.status} href={`/agreements?status=${row.status}`}>
                {m.enums.agreementStatus[row.status]}
              </Link>,
              row.count,
            ]),
          }}
        >
          <ResponsiveContainer>
            <BarChart
              accessibilityLayer={false}
              layout="vertical"
              data={s.byStatus.map((row) => ({ ...row, label: m.enums.agreementStatus[row.status] }))}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={130} interval={0} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Bar dataKey="count" name={m.common.count} cursor="pointer">
                {s.byStatus.map((row) => (
                  <Cell
                    key={row.status}
                    fill={AGREEMENT_STATUS_COLORS[row.status]}
                    onClick={go(`/agreements?status=${row.status}`)}
                  />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>

        <section className="card" aria-labelledby="active-by-type-title">
          <h2 id="active-by-type-title">{m.dashboard.activeByType}</h2>
          {k.activeByType.length ? (
            <ul>
              {k.activeByType.map((row) => (
                <li key={row.type}>
                  <Link href={`/agreements?status=ACTIVE&type=${row.type}`}>{m.enums.agreementType[row.type]}</Link>:{" "}
                  {formatNumber(row.count, locale)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.common.noEntries}</p>
          )}
        </section>

        <ChartCard
          id="area-status"
          title={m.dashboard.areaByStatus}
          legend={AREA_LINK_STATUSES.map((status) => [m.enums.areaLinkStatus[status], AREA_LINK_STATUS_COLORS[status]])}
          table={{
            head: [m.dashboard.area, ...AREA_LINK_STATUSES.map((status) => m.enums.areaLinkStatus[status])],
            rows: s.areaByStatus.map((row) => [
              <Link key={row.code} href={`/agreements?area=${row.code}`}>
                {areaName(row)}
              </Link>,
              ...AREA_LINK_STATUSES.map((status) =>
                row[status] > 0 ? (
                  <Link key={status} href={`/agreements?area=${row.code}&areaStatus=${status}`}>
                    {row[status]}
                  </Link>
                ) : (
                  0
                ),
              ),
            ]),
          }}
        >
          <ResponsiveContainer>
            <BarChart
              accessibilityLayer={false}
              layout="vertical"
              data={s.areaByStatus.map((row) => ({ ...row, label: areaName(row) }))}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
              <Tooltip />
              {AREA_LINK_STATUSES.map((status) => (
                <Bar
                  key={status}
                  dataKey={status}
                  stackId="areas"
                  name={m.enums.areaLinkStatus[status]}
                  fill={AREA_LINK_STATUS_COLORS[status]}
                  cursor="pointer"
                  onClick={(data: { payload?: { code?: string } }) => {
                    if (data.payload?.code) router.push(`/agreements?area=${data.payload.code}&areaStatus=${status}`);
                  }}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>

        <ChartCard
          id="per-decade"
          title={m.dashboard.perDecade}
          table={{
            head: [m.dashboard.decade, m.common.count],
            rows: s.perDecade.map((row) => [
              <Link key={row.decade} href={`/agreements?type=PARTNERSHIP&from=${row.decade}&to=${row.decade + 9}`}>
                {fmt(m.dashboard.decadeLabel, { decade: row.decade })}
              </Link>,
              row.count,
            ]),
          }}
        >
          <ResponsiveContainer>
            <BarChart accessibilityLayer={false} data={s.perDecade.map((row) => ({ ...row, label: `${row.decade}` }))}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar
                dataKey="count"
                name={m.common.count}
                fill={SERIES_COLOR}
                cursor="pointer"
                onClick={(data: { payload?: { decade?: number } }) => {
                  const decade = data.payload?.decade;
                  if (decade !== undefined) router.push(`/agreements?type=PARTNERSHIP&from=${decade}&to=${decade + 9}`);
                }}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>

        <ChartCard
          id="by-continent"
          title={m.dashboard.byContinent}
          table={{
            head: [m.common.continent, m.common.count],
            rows: s.byContinent.map((row) => [
              <Link key={row.continent} href={`/agreements?continent=${row.continent}&${inForceQuery}`}>
                {m.enums.continent[row.continent]}
              </Link>,
              row.count,
            ]),
          }}
        >
          <ResponsiveContainer>
            <BarChart
              accessibilityLayer={false}
              layout="vertical"
              data={s.byContinent.map((row) => ({ ...row, label: m.enums.continent[row.continent] }))}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={170} interval={0} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Bar
                dataKey="count"
                name={m.common.count}
                fill={SERIES_COLOR}
                cursor="pointer"
                onClick={(data: { payload?: { continent?: string } }) => {
                  const continent = data.payload?.continent;
                  if (continent) router.push(`/agreements?continent=${continent}&${inForceQuery}`);
                }}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>

        <ChartCard
          id="milestones"
          title={m.dashboard.milestoneProgress}
          legend={MILESTONE_STATUSES.map((status) => [
            m.enums.milestoneStatus[status],
            MILESTONE_STATUS_COLORS[status],
          ])}
          table={{
            head: [m.dashboard.workingGroup, ...MILESTONE_STATUSES.map((status) => m.enums.milestoneStatus[status])],
            rows: s.milestoneProgress.map((row) => [
              <Link key={row.id} href={`/working-groups/${row.id}`}>
                {row.name}
              </Link>,
              ...MILESTONE_STATUSES.map((status) => row[status]),
            ]),
          }}
        >
          <ResponsiveContainer>
            <BarChart accessibilityLayer={false} layout="vertical" data={s.milestoneProgress}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
              <Tooltip />
              {MILESTONE_STATUSES.map((status) => (
                <Bar
                  key={status}
                  dataKey={status}
                  stackId="milestones"
                  name={m.enums.milestoneStatus[status]}
                  fill={MILESTONE_STATUS_COLORS[status]}
                  cursor="pointer"
                  onClick={(data: { payload?: { id?: number } }) => {
                    if (data.payload?.id) router.push(`/working-groups/${data.payload.id}`);
                  }}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>

        <section className="card" id="quiet" aria-labelledby="quiet-title">
          <h2 id="quiet-title">{m.dashboard.quietAgreements}</h2>
          <p className="small muted">{m.dashboard.quietAgreementsHint}</p>
          <ul>
            {k.quietAgreements.items.map((item) => (
              <li key={item.id}>
                <Link href={`/agreements/${item.id}`}>{item.title}</Link>
              </li>
            ))}
          </ul>
          {k.quietAgreements.count > k.quietAgreements.items.length ? (
            <p className="small">
              <Link href={QUIET_HREF}>
                {fmt(m.dashboard.andMore, { count: k.quietAgreements.count - k.quietAgreements.items.length })}
              </Link>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
