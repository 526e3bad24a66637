"use client";
// The officials' dashboard: key figures, charts (each with a table alternative) and what is in focus.
// Clicking a chart segment or a figure opens the list filtered to it.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { formatDate, formatNumber } from "@/server/i18n/format";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { ErrorAlert } from "../errors";
import { ATTENTION_HREF, AttentionCard, QuietByTypeCard } from "./attention-card";
import { DashboardExports } from "./dashboard-exports";
import { ActiveByTypeCard, DashboardCharts, PinnedAgreementsCard, WorkingGroupsCard } from "./dashboard-sections";
import { IN_FORCE_QUERY as inForceQuery, WORKING_GROUPS_INPUT } from "./inputs";

/** `map`: the map card, drawn on the server (DashboardMapCard), shown after what needs attention. */
export function Dashboard({ map }: { map?: ReactNode }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const stats = useQuery(trpc.statistics.dashboard.queryOptions());
  const pinned = useQuery(trpc.agreement.pinned.queryOptions());
  const groups = useQuery(trpc.workingGroup.list.queryOptions(WORKING_GROUPS_INPUT));
  const agenda = useQuery(trpc.agenda.figures.queryOptions());
  const s = stats.data;
  if (!s) return <ErrorAlert error={stats.error} />;
  const k = s.keyFigures;

  const figures = [
    { label: m.dashboard.activeAgreements, value: k.activeAgreements, href: "/agreements?status=ACTIVE" },
    { label: m.attention.inForce, value: k.inForce, href: `/agreements?${inForceQuery}` },
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
    {
      label: m.attention.figure,
      value: s.attention.count,
      href: s.attention.count > s.attention.items.length ? ATTENTION_HREF : "#attention",
      alert: s.attention.count > 0,
    },
    // What is due (the agenda: commitments, milestones, agreements running out, reviews).
    ...(agenda.data
      ? [
          {
            label: m.agenda.figureOverdue,
            value: agenda.data.overdue,
            href: "/agenda?due=overdue",
            alert: agenda.data.overdue > 0,
          },
          { label: m.agenda.figureDueSoon, value: agenda.data.dueSoon, href: "/agenda?due=soon" },
        ]
      : []),
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

      {/* The figures and the cards above the fold are not boundaries of their own: React sends a large page's
          boundaries after its first part, and the browser drew the page without them, then moved everything down
          when they came (a layout shift of 0.3-0.4 once the map made the dashboard ~290 KB). */}
      <ul className="grid grid--figures" style={{ listStyle: "none", padding: 0, margin: "0 0 1rem" }}>
        {figures.map((figure) => (
          <li key={figure.label}>
            <Link prefetch={false} className={`card figure${figure.alert ? " figure--alert" : ""}`} href={figure.href}>
              <span className="figure__value">{formatNumber(figure.value, locale)}</span>
              <span className="figure__label">{figure.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="small muted">{m.attention.inForceDefinition}</p>

      <AttentionCard attention={s.attention} />

      {map}

      <div className="grid grid--two" style={{ marginBottom: "1rem" }}>
        <PinnedAgreementsCard items={pinned.data} />
        <WorkingGroupsCard items={groups.data?.items} />
      </div>

      <DashboardCharts
        s={s}
        second={
          <Suspense>
            <ActiveByTypeCard k={k} />
          </Suspense>
        }
      >
        <Suspense>
          <QuietByTypeCard k={k} />
        </Suspense>
      </DashboardCharts>
    </>
  );
}
