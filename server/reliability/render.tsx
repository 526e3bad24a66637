// Server rendering (react-dom/server) of the small presentational components that show stored text, inside the
// app's i18n provider, for the markup test. Each returns the HTML React would send.
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { type AuditEvent, ChangeList, RecordCell } from "@/app/_components/audit-changes";
import { LabelBadge } from "@/app/_components/badges";
import { ChartCard } from "@/app/_components/chart-card";
import { ErrorAlert } from "@/app/_components/errors";
import { SourceText } from "@/app/_components/source-text";
import { I18nProvider } from "@/app/_i18n/client";

function html(element: ReactElement): string {
  return renderToString(<I18nProvider locale="de">{element}</I18nProvider>);
}

export const renderSource = (source: string | null) => html(<SourceText source={source} />);

export const renderLabelBadge = (text: string) => html(<LabelBadge>{text}</LabelBadge>);

export const renderChangeList = (event: AuditEvent) => html(<ChangeList event={event} />);

export const renderRecordCell = (event: AuditEvent) => html(<RecordCell event={event} />);

export const renderErrorAlert = (error: unknown) => html(<ErrorAlert error={error} />);

/** A chart card whose title, legend and data table (the chart's labels) carry the given texts. */
export const renderChartCard = (title: string, label: string) =>
  html(
    <ChartCard
      id="markup"
      title={title}
      legend={[[label, "#1f6f3a"]]}
      table={{ head: [title, "Anzahl"], rows: [[label, 1]] }}
    >
      {null}
    </ChartCard>,
  );
