// The status changes that took effect in the year, in order: when, which agreement, from what to what, and why.
import { AgreementStatusBadge } from "@/app/_components/badges";
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import { ChangeReason } from "../../../_components/change-reason";
import { TableSection } from "../../../_components/report-table";
import type { AnnualSectionProps } from "./annual-parts";

export function StatusChangeTable({ data, locale, m, r }: AnnualSectionProps) {
  const title = fmt(r.statusChangesInYear, { year: data.year }, locale);
  return (
    <TableSection
      id="changes"
      title={title}
      className="report-section"
      rows={data.statusChanges}
      empty={r.noStatusChanges}
      widths={[14, 30, 18, 38]}
      heads={[r.changedOn, r.agreement, r.change, m.agreement.reason]}
      row={(change) => (
        <tr key={change.id}>
          <td>{formatDate(change.effectiveOn, locale, change.effectiveOnPrecision)}</td>
          <td>
            <strong>{partnerName(change.agreement.partner, locale)}</strong>
            {change.agreement.partner.nameLocal ? (
              <span className="local-name"> · {change.agreement.partner.nameLocal}</span>
            ) : null}
            <div className="small">{change.agreement.title}</div>
          </td>
          <td>
            {change.fromStatus ? (
              <>
                <AgreementStatusBadge status={change.fromStatus} /> → <AgreementStatusBadge status={change.toStatus} />
              </>
            ) : (
              fmt(m.agreement.created, { to: m.enums.agreementStatus[change.toStatus] }, locale)
            )}
          </td>
          <ChangeReason change={change} m={m} />
        </tr>
      )}
    />
  );
}
