// An agreement's status change in words: "from Draft to Signed", or, for its first status, "created as Signed".
import type { AgreementStatus } from "@/server/domain/enums";
import { fmt } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";

export function statusChangeText(
  change: { fromStatus: AgreementStatus | null; toStatus: AgreementStatus },
  m: Messages,
  locale: Locale,
): string {
  const to = m.enums.agreementStatus[change.toStatus];
  return change.fromStatus
    ? fmt(m.agreement.historyEntry, { from: m.enums.agreementStatus[change.fromStatus], to }, locale)
    : fmt(m.agreement.created, { to }, locale);
}
