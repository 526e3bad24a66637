// The commitments of the year: due in it or closed (done, dropped) in it, with owner, status and the reason.
import { fmt, formatDate, partnerName } from "@/server/i18n/format";
import { cologneOwnerText } from "@/server/services/commitment/owner-text";
import { Cols } from "../../../_components/cols";
import type { AnnualSectionProps } from "./annual-parts";

export function CommitmentsOfYear({ data, locale, m, r }: AnnualSectionProps) {
  const title = fmt(m.commitment.reportTitle, { year: data.year }, locale);
  return (
    <section className="report-section" aria-labelledby="commitments-title">
      <h2 id="commitments-title">{title}</h2>
      {data.commitments.length < data.commitmentsTotal ? (
        <p className="small">
          {fmt(r.truncated, { shown: data.commitments.length, total: data.commitmentsTotal }, locale)}
        </p>
      ) : null}
      {data.commitments.length ? (
        <table className="report-table">
          <caption className="visually-hidden">{title}</caption>
          <Cols widths={[32, 24, 14, 12, 18]} />
          <thead>
            <tr>
              <th scope="col">{m.commitment.title}</th>
              <th scope="col">{m.commitment.agreement}</th>
              <th scope="col">{m.commitment.dueOn}</th>
              <th scope="col">{m.common.status}</th>
              <th scope="col">{m.commitment.statusReason}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      ) : (
        <p>{m.commitment.reportNone}</p>
      )}
    </section>
  );
}
