// The agreement's commitments: what it promises, who owns it on each side, when it is due (or "no deadline set"),
// and where it stands, with the reason for a closed one.
import { isCommitmentOverdue } from "@/server/domain/commitment";
import { formatDate } from "@/server/i18n/format";
import { cologneOwnerText } from "@/server/services/commitment/owner-text";
import { today } from "@/server/services/shared/dates";
import { Cols } from "../../../_components/cols";
import type { DossierSectionProps } from "./dossier-parts";

export function CommitmentTable({ dossier: { agreement: a }, locale, m }: Omit<DossierSectionProps, "r">) {
  const asOf = today();
  return (
    <section aria-labelledby="commitments-title">
      <h2 id="commitments-title">{m.commitment.sectionTitle}</h2>
      {a.commitments.length ? (
        <table className="report-table">
          <caption className="visually-hidden">{m.commitment.sectionTitle}</caption>
          <Cols widths={[40, 22, 18, 20]} />
          <thead>
            <tr>
              <th scope="col">{m.commitment.title}</th>
              <th scope="col">{m.commitment.owner}</th>
              <th scope="col">{m.commitment.dueOn}</th>
              <th scope="col">{m.common.status}</th>
            </tr>
          </thead>
          <tbody>
            {a.commitments.map((commitment) => (
              <tr key={commitment.id}>
                <td>{commitment.title}</td>
                <td>{cologneOwnerText(commitment) ?? m.commitment.ownerUnknown}</td>
                <td>
                  {commitment.dueOn
                    ? formatDate(commitment.dueOn, locale, commitment.dueOnPrecision)
                    : m.commitment.noDeadline}
                  {isCommitmentOverdue(commitment, asOf) ? ` (${m.commitment.overdue})` : ""}
                </td>
                <td>{m.commitment.status[commitment.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{m.commitment.none}</p>
      )}
    </section>
  );
}
