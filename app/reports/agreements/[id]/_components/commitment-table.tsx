// The agreement's commitments: what it promises, who owns it on each side, when it is due (or "no deadline set"),
// and where it stands, with the reason for a closed one.
import { isCommitmentOverdue } from "@/server/domain/commitment";
import { formatDate } from "@/server/i18n/format";
import { cologneOwnerText } from "@/server/services/commitment/owner-text";
import { today } from "@/server/services/shared/dates";
import { TableSection } from "../../../_components/report-table";
import type { DossierSectionProps } from "./dossier-parts";

export function CommitmentTable({ dossier: { agreement: a }, locale, m }: Omit<DossierSectionProps, "r">) {
  const asOf = today();
  return (
    <TableSection
      id="commitments"
      title={m.commitment.sectionTitle}
      rows={a.commitments}
      empty={m.commitment.none}
      widths={[40, 22, 18, 20]}
      heads={[m.commitment.title, m.commitment.owner, m.commitment.dueOn, m.common.status]}
      row={(commitment) => (
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
      )}
    />
  );
}
