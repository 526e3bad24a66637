// Texts of the export files that the app's message catalogues (app/_i18n/messages) do not have. Column headers and
// enum labels come from the catalogues wherever they exist; these are the rest, German and English.
import type { Locale } from "@/app/_i18n/config";
import { messagesFor } from "@/app/_i18n/messages";

const de = {
  /** Sheet that says what was exported; "Export" in German, as the menus call it. */
  aboutSheet: "Export",
  aboutTitle: "{app}: {what}",
  contents: "Inhalt",
  rows: "{count} Zeilen im Blatt „{sheet}“",
  filter: "Filter",
  noFilter: "keiner (alle Einträge)",
  sort: "Sortierung",
  exportedBy: "Exportiert von",
  exportedByValue: "{name} ({role})",
  exportedAt: "Exportiert am",
  timeZone: "Zeitzone",
  timeZoneValue: "Kölner Zeit (Europe/Berlin)",
  listUrl: "Liste in der Anwendung",
  notes: "Hinweise",
  dateNote:
    "Daten im Format JJJJ-MM-TT (ISO 8601). Nur auf das Jahr oder den Monat genau bekannte Daten stehen als Text „JJJJ“ bzw. „JJJJ-MM“ in der Zelle; die Spalte „(Genauigkeit)“ daneben nennt die Genauigkeit. Zeitpunkte in Kölner Zeit.",
  csvNote:
    "In der CSV-Fassung beginnt ein Wert, der mit =, +, -, @, Tabulator oder Wagenrücklauf anfängt, mit einem Apostroph ('), damit Tabellenprogramme ihn nicht als Formel ausführen.",
  ascending: "aufsteigend",
  descending: "absteigend",
  id: "Nr.",
  yes: "Ja",
  no: "Nein",
  precision: "{field} (Genauigkeit)",
  search: "Suche",
  quiet: "Ohne Aktivität seit 3 Jahren",
  yearRange: "Unterzeichnet",
  yearFrom: "ab {year}",
  yearTo: "bis {year}",
  milestonesTotal: "Meilensteine",
  milestonesDone: "Meilensteine erledigt",
  milestonesOverdue: "Meilensteine überfällig",
  groupId: "Arbeitsgruppe Nr.",
  milestoneId: "Meilenstein Nr.",
  milestoneStatus: "Status des Meilensteins",
  milestoneNotes: "Notiz zum Meilenstein",
  milestoneUpdated: "Meilenstein zuletzt geändert",
  agreementId: "Vereinbarung Nr.",
  participantCount: "Teilnehmende (Anzahl)",
  activityCount: "Aktivitäten (Anzahl)",
  workingGroupCount: "Arbeitsgruppen (Anzahl)",
  agreementCount: "Vereinbarungen (Anzahl)",
  partOf: "Gehört zu",
  actorEmail: "E-Mail-Adresse (wer)",
  actor: "Wer (Konto)",
  partnerId: "Partner Nr.",
  ofRecord: "{kind} {id}",
  workingGroupsTitle: "Arbeitsgruppen mit Meilensteinen",
  fileStems: {
    agreements: "vereinbarungen",
    "working-groups": "arbeitsgruppen",
    activities: "aktivitäten",
    people: "personen",
    audit: "änderungsprotokoll",
    partners: "partner",
  },
};

type Texts = typeof de;

const en: Texts = {
  aboutSheet: "About this export",
  aboutTitle: "{app}: {what}",
  contents: "Contents",
  rows: "{count} rows in the sheet “{sheet}”",
  filter: "Filter",
  noFilter: "none (all entries)",
  sort: "Sort order",
  exportedBy: "Exported by",
  exportedByValue: "{name} ({role})",
  exportedAt: "Exported at",
  timeZone: "Time zone",
  timeZoneValue: "Cologne time (Europe/Berlin)",
  listUrl: "List in the application",
  notes: "Notes",
  dateNote:
    "Dates as YYYY-MM-DD (ISO 8601). Dates known only to the year or the month are text “YYYY” or “YYYY-MM” in the cell; the “(precision)” column beside them says how precise they are. Moments in Cologne time.",
  csvNote:
    "In the CSV version, a value that begins with =, +, -, @, a tab or a carriage return starts with an apostrophe (') so that spreadsheet programs do not run it as a formula.",
  ascending: "ascending",
  descending: "descending",
  id: "ID",
  yes: "Yes",
  no: "No",
  precision: "{field} (precision)",
  search: "Search",
  quiet: "No activity for 3 years",
  yearRange: "Signed",
  yearFrom: "from {year}",
  yearTo: "to {year}",
  milestonesTotal: "Milestones",
  milestonesDone: "Milestones done",
  milestonesOverdue: "Milestones overdue",
  groupId: "Working group ID",
  milestoneId: "Milestone ID",
  milestoneStatus: "Milestone status",
  milestoneNotes: "Milestone note",
  milestoneUpdated: "Milestone last changed",
  agreementId: "Agreement ID",
  participantCount: "Participants (number)",
  activityCount: "Activities (number)",
  workingGroupCount: "Working groups (number)",
  agreementCount: "Agreements (number)",
  partOf: "Part of",
  actorEmail: "E-mail address (who)",
  actor: "Who (account)",
  partnerId: "Partner ID",
  ofRecord: "{kind} {id}",
  workingGroupsTitle: "Working groups with milestones",
  fileStems: {
    agreements: "agreements",
    "working-groups": "working-groups",
    activities: "activities",
    people: "people",
    audit: "audit-trail",
    partners: "partners",
  },
};

const TEXTS: Record<Locale, Texts> = { de, en };

/** The app's messages (m) and the export's own texts (x) in one language. */
export function exportTexts(locale: Locale) {
  return { m: messagesFor(locale), x: TEXTS[locale] };
}

export type ExportTexts = ReturnType<typeof exportTexts>;
