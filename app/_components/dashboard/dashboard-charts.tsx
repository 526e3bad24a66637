"use client";
// The dashboard's chart drawings (Recharts). Recharts with its dependencies is the largest part of the dashboard's
// JavaScript, so this module is never part of the first load: lazy-charts.tsx loads it on the client once a chart
// comes near the viewport. The same data is in each ChartCard's table, which is rendered on the server.
// No entry animations: they re-render every chart on each animation frame (main-thread work while the page loads)
// and move things for people who asked for reduced motion.
// Each chart says when it is drawn (DrawnChart): the PDF printer waits for that, not for a time.
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AGREEMENT_STATUS_COLORS } from "@/server/domain/agreement-status";
import { AREA_LINK_STATUSES, MILESTONE_STATUSES } from "@/server/domain/enums";
import { AREA_LINK_STATUS_COLORS, MILESTONE_STATUS_COLORS, SERIES_COLOR } from "@/server/domain/status-colors";
import type { DashboardStatistics } from "@/server/services/statistics/dashboard";
import { useI18n } from "../../_i18n/client";
import { IN_FORCE_QUERY } from "./inputs";

type Stats = DashboardStatistics;

/**
 * A chart's drawing, marked `data-chart-drawn` once its SVG holds a bar for every non-zero value (`marks`): Recharts
 * draws after it has measured its box and registered its series, a few renders after mounting, so the marks in the
 * document are what tells that it is done. Print pages wait for every chart's mark
 * (app/reports/_components/report-ready.tsx). A chart with nothing to draw is drawn once its SVG is there.
 */
function DrawnChart({ marks, children }: { marks: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    delete element.dataset.chartDrawn;
    const check = () => {
      const surface = element.querySelector("svg.recharts-surface");
      const bars = element.querySelectorAll(".recharts-bar-rectangle path.recharts-rectangle").length;
      if (!surface || bars < marks) return false;
      element.dataset.chartDrawn = String(bars);
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [marks]);
  return (
    <div ref={box} className="chart-drawing" style={{ width: "100%", height: "100%" }}>
      {children}
    </div>
  );
}

/** How many bars a chart of these rows draws: one per non-zero value of the keys. */
function nonZero<K extends string>(rows: readonly Record<K, number>[], keys: readonly K[]): number {
  return rows.reduce((sum, row) => sum + keys.filter((key) => row[key] > 0).length, 0);
}

const areaNameIn = (locale: string) => (area: { nameDe: string; nameEn: string }) =>
  locale === "de" ? area.nameDe : area.nameEn;

/**
 * A chart of horizontal bars, one row a label (`labelKey` of each data row, in a column `labelWidth` px wide; with
 * `everyLabel` no label is skipped where rows are tight). Its bars are the children.
 */
function RowChart({
  marks,
  data,
  labelKey = "label",
  labelWidth,
  everyLabel,
  children,
}: {
  marks: number;
  data: readonly object[];
  labelKey?: string;
  labelWidth: number;
  everyLabel?: boolean;
  children: ReactNode;
}) {
  return (
    <DrawnChart marks={marks}>
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} layout="vertical" data={data as object[]}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis
            type="category"
            dataKey={labelKey}
            width={labelWidth}
            {...(everyLabel ? { interval: 0 } : {})}
            tick={{ fontSize: 12 }}
          />
          <Tooltip />
          {children}
        </BarChart>
      </ResponsiveContainer>
    </DrawnChart>
  );
}

/** The bars of one series, each opening what `href` gives for its row (if it gives one). */
function SeriesBar<R>({ name, href }: { name: string; href: (row: R) => string | null }) {
  const router = useRouter();
  return (
    <Bar
      dataKey="count"
      name={name}
      fill={SERIES_COLOR}
      cursor="pointer"
      isAnimationActive={false}
      onClick={(data: { payload?: R }) => {
        const target = data.payload ? href(data.payload) : null;
        if (target) router.push(target);
      }}
    />
  );
}

/** Bars stacked in each row, one a status (in its colour), each opening what `href` gives for its row and status. */
function StackedBars<S extends string, R>({
  statuses,
  names,
  colors,
  href,
}: {
  statuses: readonly S[];
  names: Readonly<Record<S, string>>;
  colors: Readonly<Record<S, string>>;
  href: (row: R, status: S) => string | null;
}) {
  const router = useRouter();
  return statuses.map((status) => (
    <Bar
      key={status}
      dataKey={status}
      stackId="statuses"
      name={names[status]}
      fill={colors[status]}
      cursor="pointer"
      isAnimationActive={false}
      onClick={(data: { payload?: R }) => {
        const target = data.payload ? href(data.payload, status) : null;
        if (target) router.push(target);
      }}
    />
  ));
}

export function StatusChart({ rows }: { rows: Stats["byStatus"] }) {
  const { m } = useI18n();
  const router = useRouter();
  return (
    <RowChart
      marks={nonZero(rows, ["count"])}
      data={rows.map((row) => ({ ...row, label: m.enums.agreementStatus[row.status] }))}
      labelWidth={130}
      everyLabel
    >
      <Bar dataKey="count" name={m.common.count} cursor="pointer" isAnimationActive={false}>
        {rows.map((row) => (
          <Cell
            key={row.status}
            fill={AGREEMENT_STATUS_COLORS[row.status]}
            onClick={() => router.push(`/agreements?status=${row.status}`)}
          />
        ))}
      </Bar>
    </RowChart>
  );
}

export function AreaStatusChart({ rows }: { rows: Stats["areaByStatus"] }) {
  const { m, locale } = useI18n();
  const areaName = areaNameIn(locale);
  return (
    <RowChart
      marks={nonZero(rows, AREA_LINK_STATUSES)}
      data={rows.map((row) => ({ ...row, label: areaName(row) }))}
      labelWidth={150}
    >
      <StackedBars<(typeof AREA_LINK_STATUSES)[number], { code?: string }>
        statuses={AREA_LINK_STATUSES}
        names={m.enums.areaLinkStatus}
        colors={AREA_LINK_STATUS_COLORS}
        href={({ code }, status) => (code ? `/agreements?area=${code}&areaStatus=${status}` : null)}
      />
    </RowChart>
  );
}

export function DecadeChart({ rows }: { rows: Stats["perDecade"] }) {
  const { m } = useI18n();
  return (
    <DrawnChart marks={nonZero(rows, ["count"])}>
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={rows.map((row) => ({ ...row, label: `${row.decade}` }))}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <SeriesBar<{ decade?: number }>
            name={m.common.count}
            href={({ decade }) =>
              decade === undefined ? null : `/agreements?type=PARTNERSHIP&from=${decade}&to=${decade + 9}`
            }
          />
        </BarChart>
      </ResponsiveContainer>
    </DrawnChart>
  );
}

export function ContinentChart({ rows }: { rows: Stats["byContinent"] }) {
  const { m } = useI18n();
  return (
    <RowChart
      marks={nonZero(rows, ["count"])}
      data={rows.map((row) => ({ ...row, label: m.enums.continent[row.continent] }))}
      labelWidth={170}
      everyLabel
    >
      <SeriesBar<{ continent?: string }>
        name={m.common.count}
        href={({ continent }) => (continent ? `/agreements?continent=${continent}&${IN_FORCE_QUERY}` : null)}
      />
    </RowChart>
  );
}

export function MilestoneChart({ rows }: { rows: Stats["milestoneProgress"] }) {
  const { m } = useI18n();
  return (
    <RowChart marks={nonZero(rows, MILESTONE_STATUSES)} data={rows} labelKey="name" labelWidth={170}>
      <StackedBars<(typeof MILESTONE_STATUSES)[number], { id?: number }>
        statuses={MILESTONE_STATUSES}
        names={m.enums.milestoneStatus}
        colors={MILESTONE_STATUS_COLORS}
        href={({ id }) => (id ? `/working-groups/${id}` : null)}
      />
    </RowChart>
  );
}
