// The commitments of the year: due in it or closed (done, dropped) in it, with owner, status and the reason.
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import { cologneOwnerText } from "@/server/services/commitment/owner-text";
import { TableSection, TruncatedNote } from "../../../_components/report-table";
import type { AnnualSectionProps } from "./annual-parts";

export function CommitmentsOfYear({ data, locale, m, r }: AnnualSectionProps) {
  const title = fmt(m.commitment.reportTitle, { year: data.year }, locale);
  return (
    <TableSection
      id="commitments"
      title={title}
      className="report-section"
      before={
        <TruncatedNote
          message={r.truncated}
          shown={data.commitments.length}
          total={data.commitmentsTotal}
          locale={locale}
        />
      }
      rows={data.commitments}
      empty={m.commitment.reportNone}
      widths={[32, 24, 14, 12, 18]}
      heads={[
        m.commitment.title,
        m.commitment.agreement,
        m.commitment.dueOn,
        m.common.status,
        m.commitment.statusReason,
      ]}
      row={(commitment) => (
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
      )}
    />
  );
}
