// Die Agenda: was fällig, überfällig oder bald ist (m.agenda.*).
import type { AgendaKind } from "../../../domain/agenda";

const agenda = {
  title: "Fristen und Termine",
  nav: "Fristen",
  intro:
    "Die nächsten 12 Monate und alles Überfällige, jedes Mal aus den Daten berechnet (Stand: {date}, Kölner Zeit).",
  kind: "Art",
  kinds: {
    VALID_UNTIL: "Vereinbarung läuft aus",
    MILESTONE: "Meilenstein",
    COMMITMENT: "Zusage",
    ANNIVERSARY: "Jubiläum",
    REVIEW: "Menschenrechtsprüfung",
  } satisfies Record<AgendaKind, string>,
  due: "Fälligkeit",
  dueFilter: { overdue: "Nur überfällige", soon: "Fällig in 30 Tagen" },
  owner: "Verantwortlich (Name enthält)",
  area: "Kooperationsfeld",
  overdue: "Überfällig",
  noDeadline: "Keine Frist gesetzt",
  yearOnly: "{year, number, ::group-off} (ohne genaueren Termin)",
  empty: "Für diese Auswahl ist nichts fällig.",
  dueOn: "fällig: {date}",
  validUntil: "gültig bis {date}",
  leadDays: "läuft in höchstens {days} Tagen aus",
  expired: "abgelaufen, die Vereinbarung ist aber noch in Kraft",
  anniversary: "{years}. Jahrestag der Unterzeichnung ({date})",
  ownerIs: "Verantwortlich: {owner}",
  workingGroup: "Arbeitsgruppe: {name}",
  count: "{count, plural, one {# Eintrag} other {# Einträge}}",
  figureOverdue: "Überfällig",
  figureDueSoon: "Fällig in 30 Tagen",
  searchPlaceholder: "Titel, Vereinbarung",
};

export default agenda;
