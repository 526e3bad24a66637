// Menschenrechtsprüfung einer Partnerschaft (m.humanRightsReview.*).
import type { HumanRightsReviewStatus } from "../../../domain/enums";

const humanRightsReview = {
  title: "Menschenrechtsprüfung",
  intro: "Nach dem Partnerschaftskonzept mit Menschenrechtsfokus (Ratsbeschluss 2022/23).",
  status: {
    NOT_REVIEWED: "Nicht geprüft",
    REVIEWED: "Geprüft",
    CONCERNS_NOTED: "Bedenken festgehalten",
  } satisfies Record<HumanRightsReviewStatus, string>,
  statusLabel: "Stand der Prüfung",
  lastReviewedOn: "Letzte Prüfung",
  nextDueOn: "Nächste Prüfung fällig",
  note: "Notiz zur Prüfung",
  none: "Nicht erfasst",
  save: "Prüfung speichern",
  saved: "Prüfung gespeichert.",
  dateHint: "JJJJ-MM-TT",
};

export default humanRightsReview;
