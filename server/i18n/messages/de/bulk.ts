// Sammeländerungen und gespeicherte Ansichten der Listen (m.bulk.*, m.savedViews.*).
const bulk = {
  selectColumn: "Auswahl",
  selectRow: "„{title}“ auswählen",
  selectPage: "Alle auf dieser Seite auswählen",
  selected: "{count, plural, =0 {Keine ausgewählt} one {# ausgewählt} other {# ausgewählt}}",
  selectAllMatching: "Alle {count, plural, one {# Treffer} other {# Treffer}} des Filters auswählen",
  allMatchingSelected: "Alle Treffer des Filters sind ausgewählt.",
  clearSelection: "Auswahl aufheben",
  barTitle: "Sammeländerung",
  changeKind: "Was ändern?",
  kinds: {
    status: "Status",
    responsibleUnit: "Zuständige Stelle",
    areaStatus: "Status eines Kooperationsfelds",
  },
  newStatus: "Neuer Status",
  reason: "Begründung (für alle)",
  scope: "Geltungsbereich (nur bei „Ruhend“ oder „Ausgesetzt“, für alle)",
  effectiveOn: "Gültig ab (für alle)",
  responsibleUnit: "Neue zuständige Stelle (leer: keine)",
  area: "Kooperationsfeld",
  areaStatus: "Neuer Status der Verknüpfung",
  preview: "Vorschau",
  previewTitle: "Vorschau der Sammeländerung",
  summary:
    "{changes, plural, =0 {Keine wird geändert} one {# wird geändert} other {# werden geändert}}, {refused, plural, =0 {keine abgelehnt} one {# abgelehnt} other {# abgelehnt}}, {unchanged, plural, =0 {keine unverändert} one {# bleibt unverändert} other {# bleiben unverändert}}, {conflicts, plural, =0 {keine Konflikte} one {# Konflikt} other {# Konflikte}}.",
  exceeded:
    "{matched, plural, one {# Vereinbarung passt} other {# Vereinbarungen passen}} auf den Filter; eine Sammeländerung umfasst höchstens {limit, number} Vereinbarungen. Bitte den Filter eingrenzen.",
  refusedTitle: "Abgelehnt",
  conflictsTitle: "Seit der Auswahl geändert (Konflikt)",
  conflictBy: "geändert von {by} am {at}",
  conflictUnknown: "seit der Auswahl geändert",
  changesTitle: "Wird geändert",
  refusals: {
    transition: "Von „{from}“ ist dieser Status nicht erlaubt",
    beforeCurrentStatus: "Das Datum liegt vor dem Beginn des aktuellen Status ({date})",
    noAreaLink: "Nicht mit diesem Kooperationsfeld verknüpft",
    unchanged: "Hat diesen Wert schon",
  },
  apply: "{count, plural, one {# Vereinbarung ändern} other {# Vereinbarungen ändern}}",
  applied: "{count, plural, one {# Vereinbarung wurde geändert.} other {# Vereinbarungen wurden geändert.}}",
  partnerApply: "{count, plural, one {# Partner ändern} other {# Partner ändern}}",
  partnerApplied: "{count, plural, one {# Partner wurde geändert.} other {# Partner wurden geändert.}}",
  partnerExceeded:
    "{matched, plural, one {# Partner passt} other {# Partner passen}} auf den Filter; eine Sammeländerung umfasst höchstens {limit, number} Partner. Bitte den Filter eingrenzen.",
  reviewNote: "Notiz zur Prüfung (leer: bisherige Notiz bleibt)",
  commitmentApply: "{count, plural, one {# Zusage ändern} other {# Zusagen ändern}}",
  commitmentApplied: "{count, plural, one {# Zusage wurde geändert.} other {# Zusagen wurden geändert.}}",
  commitmentExceeded:
    "{matched, plural, one {# Zusage passt} other {# Zusagen passen}} auf den Filter; eine Sammeländerung umfasst höchstens {limit, number} Zusagen. Bitte den Filter eingrenzen.",
  workingGroupApply: "{count, plural, one {# Arbeitsgruppe ändern} other {# Arbeitsgruppen ändern}}",
  workingGroupApplied:
    "{count, plural, one {# Arbeitsgruppe wurde geändert.} other {# Arbeitsgruppen wurden geändert.}}",
  workingGroupExceeded:
    "{matched, plural, one {# Arbeitsgruppe passt} other {# Arbeitsgruppen passen}} auf den Filter; eine Sammeländerung umfasst höchstens {limit, number} Arbeitsgruppen. Bitte den Filter eingrenzen.",
  activityKinds: {
    verified: "Beleg (durch die Quelle bestätigt)",
    type: "Art",
    area: "Kooperationsfeld hinzufügen oder entfernen",
  },
  personKinds: {
    verified: "Beleg (durch die Quelle bestätigt)",
    organisation: "Organisation",
  },
  verifiedValues: { VERIFIED: "Belegt", UNVERIFIED: "Nicht belegt" },
  verifiedValue: "Neuer Wert",
  newType: "Neue Art",
  areaAction: "Hinzufügen oder entfernen",
  areaActions: { ADD: "Hinzufügen", REMOVE: "Entfernen" },
  organisation: "Neue Organisation (leer: keine)",
  erased: "Personendaten gelöscht (DSGVO Art. 17)",
  activityApply: "{count, plural, one {# Aktivität ändern} other {# Aktivitäten ändern}}",
  activityApplied: "{count, plural, one {# Aktivität wurde geändert.} other {# Aktivitäten wurden geändert.}}",
  activityExceeded:
    "{matched, plural, one {# Aktivität passt} other {# Aktivitäten passen}} auf den Filter; eine Sammeländerung umfasst höchstens {limit, number} Aktivitäten. Bitte den Filter eingrenzen.",
  personApply: "{count, plural, one {# Person ändern} other {# Personen ändern}}",
  personApplied: "{count, plural, one {# Person wurde geändert.} other {# Personen wurden geändert.}}",
  personExceeded:
    "{matched, plural, one {# Person passt} other {# Personen passen}} auf den Filter; eine Sammeländerung umfasst höchstens {limit, number} Personen. Bitte den Filter eingrenzen.",
  none: "(keine)",
};

export default bulk;
