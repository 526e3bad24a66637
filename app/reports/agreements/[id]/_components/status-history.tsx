// The agreement's status history, oldest first: a dossier tells the story in order (the detail page shows the
// latest first).
import { formatDate, formatDateTime } from "@/server/i18n/format";
import { statusChangeText } from "../../../../_components/status-change-text";
import { ChangeReason } from "../../../_components/change-reason";
import { TableSection } from "../../../_components/report-table";
import type { DossierSectionProps } from "./dossier-parts";

export function StatusHistory({ dossier: { agreement: a }, locale, m, r }: DossierSectionProps) {
  const history = [...a.statusChanges].reverse();
  return (
    <TableSection
      id="history"
      title={m.agreement.history}
      rows={history}
      empty={m.common.noEntries}
      widths={[15, 19, 41, 25]}
      heads={[r.changedOn, r.change, m.agreement.reason, r.recordedBy]}
      row={(change) => (
        <tr key={change.id}>
          <td>{formatDate(change.effectiveOn, locale, change.effectiveOnPrecision)}</td>
          <td>{statusChangeText(change, m, locale)}</td>
          <ChangeReason change={change} m={m} />
          <td className="small">
            {change.changedBy}
            <div className="muted">{formatDateTime(change.recordedAt, locale)}</div>
          </td>
        </tr>
      )}
    />
  );
}
