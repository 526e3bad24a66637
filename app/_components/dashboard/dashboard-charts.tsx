"use client";
// The dashboard's chart drawings (Recharts). Recharts with its dependencies is the largest part of the dashboard's
// JavaScript, so this module is never part of the first load: lazy-charts.tsx loads it on the client once a chart
// comes near the viewport. The same data is in each ChartCard's table, which is rendered on the server.
// No entry animations: they re-render every chart on each animation frame (main-thread work while the page loads)
// and move things for people who asked for reduced motion.
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AGREEMENT_STATUS_COLORS } from "@/server/domain/agreement-status";
import { AREA_LINK_STATUSES, MILESTONE_STATUSES } from "@/server/domain/enums";
import { AREA_LINK_STATUS_COLORS, MILESTONE_STATUS_COLORS, SERIES_COLOR } from "@/server/domain/status-colors";
import type { DashboardStatistics } from "@/server/services/statistics/dashboard";
import { useI18n } from "../../_i18n/client";
import { IN_FORCE_QUERY } from "./inputs";

type Stats = DashboardStatistics;

const areaNameIn = (locale: string) => (area: { nameDe: string; nameEn: string }) =>
  locale === "de" ? area.nameDe : area.nameEn;

export function StatusChart({ rows }: { rows: Stats["byStatus"] }) {
  const { m } = useI18n();
  const router = useRouter();
  return (
    <ResponsiveContainer>
      <BarChart
        accessibilityLayer={false}
        layout="vertical"
        data={rows.map((row) => ({ ...row, label: m.enums.agreementStatus[row.status] }))}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={130} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="count" name={m.common.count} cursor="pointer" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell
              key={row.status}
              fill={AGREEMENT_STATUS_COLORS[row.status]}
              onClick={() => router.push(`/agreements?status=${row.status}`)}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function AreaStatusChart({ rows }: { rows: Stats["areaByStatus"] }) {
  const { m, locale } = useI18n();
  const router = useRouter();
  const areaName = areaNameIn(locale);
  return (
    <ResponsiveContainer>
      <BarChart
        accessibilityLayer={false}
        layout="vertical"
        data={rows.map((row) => ({ ...row, label: areaName(row) }))}
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
            isAnimationActive={false}
            onClick={(data: { payload?: { code?: string } }) => {
              if (data.payload?.code) router.push(`/agreements?area=${data.payload.code}&areaStatus=${status}`);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function DecadeChart({ rows }: { rows: Stats["perDecade"] }) {
  const { m } = useI18n();
  const router = useRouter();
  return (
    <ResponsiveContainer>
      <BarChart accessibilityLayer={false} data={rows.map((row) => ({ ...row, label: `${row.decade}` }))}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar
          dataKey="count"
          name={m.common.count}
          fill={SERIES_COLOR}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(data: { payload?: { decade?: number } }) => {
            const decade = data.payload?.decade;
            if (decade !== undefined) router.push(`/agreements?type=PARTNERSHIP&from=${decade}&to=${decade + 9}`);
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ContinentChart({ rows }: { rows: Stats["byContinent"] }) {
  const { m } = useI18n();
  const router = useRouter();
  return (
    <ResponsiveContainer>
      <BarChart
        accessibilityLayer={false}
        layout="vertical"
        data={rows.map((row) => ({ ...row, label: m.enums.continent[row.continent] }))}
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
          isAnimationActive={false}
          onClick={(data: { payload?: { continent?: string } }) => {
            const continent = data.payload?.continent;
            if (continent) router.push(`/agreements?continent=${continent}&${IN_FORCE_QUERY}`);
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function MilestoneChart({ rows }: { rows: Stats["milestoneProgress"] }) {
  const { m } = useI18n();
  const router = useRouter();
  return (
    <ResponsiveContainer>
      <BarChart accessibilityLayer={false} layout="vertical" data={rows}>
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
            isAnimationActive={false}
            onClick={(data: { payload?: { id?: number } }) => {
              if (data.payload?.id) router.push(`/working-groups/${data.payload.id}`);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
