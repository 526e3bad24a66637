// A commitment's due date as the screens show it: at its precision, "no deadline set" where there is none, and
// "overdue" in words (not by colour alone) when a pending commitment's deadline has passed.
import { type CommitmentDue, isCommitmentOverdue } from "@/server/domain/commitment";
import { formatDate } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";

export function CommitmentDueText({
  commitment,
  today,
  m,
  locale,
}: {
  commitment: CommitmentDue;
  today: Date;
  m: Messages;
  locale: Locale;
}) {
  if (!commitment.dueOn) return <span className="muted">{m.commitment.noDeadline}</span>;
  const overdue = isCommitmentOverdue(commitment, today);
  return (
    <>
      {formatDate(commitment.dueOn, locale, commitment.dueOnPrecision)}
      {overdue ? (
        <div className="small" style={{ color: "var(--danger)", fontWeight: 600 }}>
          {m.commitment.overdue}
        </div>
      ) : null}
    </>
  );
}
