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
  validUntilFilter: {
    within30: "läuft in 30 Tagen aus",
    within90: "läuft in 90 Tagen aus",
    within180: "läuft in 180 Tagen aus",
    passed: "abgelaufen, noch in Kraft",
    set: "mit Ablaufdatum",
    none: "unbefristet (kein Ablaufdatum)",
  },
  runsOut: "Läuft aus am {date} (in {days, plural, one {# Tag} other {# Tagen}}).",
  ranOut: "Abgelaufen am {date} – die Vereinbarung ist aber noch als in Kraft erfasst.",
  openEnded: "Unbefristet: kein Ablaufdatum erfasst.",
  renewal:
    "Für eine Verlängerung braucht es eine neue oder ergänzende Vereinbarung, von beiden Seiten unterzeichnet, vor dem Ablaufdatum.",
  renewalCouncil:
    "Dieser Vereinbarung ging ein Ratsbeschluss voraus ({date}): prüfen, ob die Verlängerung ebenfalls einen braucht.",
  runsOutTitle: "Laufzeit",
  calendarName: "Partnerschaften Köln – Fristen und Termine",
  feed: {
    title: "Kalender-Abo",
    intro:
      "Eine geheime Adresse, die Outlook oder Thunderbird abonnieren: die Fristen und Termine als ganztägige Einträge, mit Links zurück in die Anwendung. Wer die Adresse kennt, sieht die Termine – geben Sie sie nicht weiter.",
    none: "Kein Kalender-Abo eingerichtet.",
    active: "Kalender-Abo eingerichtet am {date}. Die Adresse wird nur beim Einrichten angezeigt.",
    address: "Adresse des Kalender-Abos",
    copyHint:
      "Jetzt kopieren und im Kalenderprogramm als Internetkalender abonnieren; sie wird nicht wieder angezeigt.",
    create: "Kalender-Abo einrichten",
    recreate: "Neue Adresse erzeugen (die alte wird ungültig)",
    revoke: "Kalender-Abo widerrufen",
  },
};

export default agenda;
