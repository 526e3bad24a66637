"use client";
import { AGREEMENT_STATUS_COLORS } from "@/server/domain/agreement-status";
import type { AgreementStatus } from "@/server/domain/enums";
import { useI18n } from "../_i18n/client";

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { m } = useI18n();
  return (
    <span className="badge" style={{ background: AGREEMENT_STATUS_COLORS[status] }}>
      {m.enums.agreementStatus[status]}
    </span>
  );
}

/** A plain label badge for statuses without their own colour (working groups, milestones, area links). */
export function LabelBadge({ children }: { children: string }) {
  return <span className="badge badge--outline">{children}</span>;
}

/** Shown wherever a record is not confirmed by its source. */
export function UnverifiedBadge({ verified }: { verified: boolean }) {
  const { m } = useI18n();
  if (verified) return null;
  return (
    <span className="badge badge--unverified" title={m.common.unverifiedHint}>
      {m.common.unverified}
    </span>
  );
}
