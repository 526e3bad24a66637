// The agreement status lifecycle: the one table of allowed transitions, enforced by the server and shown by the UI.
import type { AgreementStatus } from "./enums";

type Status = AgreementStatus;

export const AGREEMENT_TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  PROPOSED: ["IN_NEGOTIATION", "ENDED"],
  IN_NEGOTIATION: ["PROPOSED", "SIGNED", "ENDED"],
  SIGNED: ["ACTIVE", "ENDED"],
  ACTIVE: ["DORMANT", "SUSPENDED", "ENDED"],
  DORMANT: ["ACTIVE", "SUSPENDED", "ENDED"],
  SUSPENDED: ["ACTIVE", "DORMANT", "ENDED"],
  ENDED: [],
};

/** Statuses in which an agreement is in force, even if quiet or restricted. */
export const IN_FORCE_STATUSES: readonly Status[] = ["SIGNED", "ACTIVE", "DORMANT", "SUSPENDED"];

/** Statuses that may carry a scope (what exactly is suspended or dormant). */
export const SCOPED_STATUSES: readonly Status[] = ["DORMANT", "SUSPENDED"];

export function allowedTransitions(from: Status): readonly Status[] {
  return AGREEMENT_TRANSITIONS[from];
}

export function canTransition(from: Status, to: Status): boolean {
  return AGREEMENT_TRANSITIONS[from].includes(to);
}

/** One colour per status, used by badges, charts and legends; each meets 4.5:1 against white text. */
export const AGREEMENT_STATUS_COLORS: Readonly<Record<Status, string>> = {
  PROPOSED: "#5c5f66",
  IN_NEGOTIATION: "#7a4f01",
  SIGNED: "#1c5fa8",
  ACTIVE: "#1f6f3a",
  DORMANT: "#6b5a1f",
  SUSPENDED: "#b02a1e",
  ENDED: "#343a40",
};
