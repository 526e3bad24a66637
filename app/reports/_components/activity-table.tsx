// The activities of a report as a table (annual report, dossier): when; what, with its type and its outcome; where;
// and a last column the report chooses (the partner, or the participants).
import type { ReactNode } from "react";
import type { ActivityType } from "@/server/domain/enums";
import { fmt, formatDateRange } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages, ReportMessages } from "@/server/i18n/messages";
import { UnverifiedBadge } from "../../_components/badges";
import { ReportTable } from "./report-table";

interface ReportActivity {
  id: number;
  type: ActivityType;
  title: string;
  startOn: Date;
  endOn: Date | null;
  place: string | null;
  verified: boolean;
}

export function ActivityTable<A extends ReportActivity>({
  activities,
  outcomes,
  caption,
  last,
  locale,
  m,
  r,
}: {
  activities: readonly A[];
  /** Outcomes by activity id (report-data.ts: activityOutcomes). */
  outcomes: ReadonlyMap<number, string>;
  caption: string;
  last: { head: string; cell: (activity: A) => ReactNode };
  locale: Locale;
  m: Messages;
  r: ReportMessages;
}) {
  return (
    <ReportTable caption={caption} widths={[18, 44, 15, 23]} heads={[m.common.date, r.activity, r.place, last.head]}>
      {activities.map((activity) => {
        const outcome = outcomes.get(activity.id);
        return (
          <tr key={activity.id}>
            <td>{formatDateRange(activity.startOn, activity.endOn, locale)}</td>
            <td>
              {activity.title} <UnverifiedBadge verified={activity.verified} />
              <div className="small muted">{m.enums.activityType[activity.type]}</div>
              {outcome ? <div className="small report-outcome">{fmt(r.outcome, { text: outcome }, locale)}</div> : null}
            </td>
            <td>{activity.place ?? m.common.none}</td>
            <td className="small">{last.cell(activity)}</td>
          </tr>
        );
      })}
    </ReportTable>
  );
}
