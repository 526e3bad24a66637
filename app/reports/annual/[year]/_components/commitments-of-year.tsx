// The commitments of the year: due in it or closed (done, dropped) in it, with owner, status and the reason.
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import { cologneOwnerText } from "@/server/services/commitment/owner-text";
import { ReportSection, ReportTable } from "../../../_components/report-table";
import type { AnnualSectionProps } from "./annual-parts";

export function CommitmentsOfYear({ data, locale, m, r }: AnnualSectionProps) {
  const title = fmt(m.commitment.reportTitle, { year: data.year }, locale);
  return (
    <ReportSection id="commitments" title={title} className="report-section">
      {data.commitments.length < data.commitmentsTotal ? (
        <p className="small">
          {fmt(r.truncated, { shown: data.commitments.length, total: data.commitmentsTotal }, locale)}
        </p>
      ) : null}
      {data.commitments.length ? (
        <ReportTable
          caption={title}
          widths={[32, 24, 14, 12, 18]}
          heads={[
            m.commitment.title,
            m.commitment.agreement,
            m.commitment.dueOn,
            m.common.status,
            m.commitment.statusReason,
          ]}
        >
          {data.commitments.map((commitment) => (
            <tr key={commitment.id}>
              <td>
                {commitment.title}
                <div className="small">{cologneOwnerText(commitment) ?? m.commitment.ownerUnknown}</div>
              </td>
              <td>
                {commitment.agreement.title}
                <div className="small">{partnerName(commitment.agreement.partner, locale)}</div>
              </td>
              <td>
                {commitment.dueOn
                  ? formatDate(commitment.dueOn, locale, commitment.dueOnPrecision)
                  : m.commitment.noDeadline}
              </td>
              <td>{m.commitment.status[commitment.status]}</td>
              <td className="small">{commitment.statusReason ?? ""}</td>
            </tr>
          ))}
        </ReportTable>
      ) : (
        <p>{m.commitment.reportNone}</p>
      )}
    </ReportSection>
  );
}
