// German messages of the forms' shared parts (m.form.*): the error summary, the date input, the pickers, the
// warning before leaving unsaved changes and the confirmation after a save.
const form = {
  errorSummaryTitle:
    "{count, plural, one {Ein Fehler verhindert das Speichern} other {# Fehler verhindern das Speichern}}",
  errorSummaryIntro: "Bitte korrigieren Sie die folgenden Angaben. Ein Klick führt zum Feld.",
  wholeForm: "Formular",
  dateHint: "Jahr, Monat oder Tag, z. B. 1958, 06/1988 oder 27.06.1984",
  dayHint: "Ein Tag, z. B. 27.06.1984",
  understoodYear: "Jahr: {date}",
  understoodMonth: "Monat: {date}",
  understoodDay: "Tag: {date}",
  notUnderstood: "Nicht erkannt – bitte z. B. 1958, 06/1988 oder 27.06.1984 eingeben",
  notADay: "Kein Tag – bitte z. B. 27.06.1984 eingeben",
  unsavedChanges: "Ihre Änderungen sind noch nicht gespeichert. Seite trotzdem verlassen?",
  created: "Gespeichert: Der Eintrag wurde angelegt.",
  updated: "Gespeichert: Die Änderungen wurden übernommen.",
  noResults: "Keine Treffer",
  resultCount: "{count, plural, one {# Treffer} other {# Treffer}}",
  searching: "Wird gesucht …",
  typeToSearch: "Zum Suchen Namen eingeben",
  remove: "{label} entfernen",
  selected: "Ausgewählt",
  showOptions: "Auswahl anzeigen",
  country: "Land",
  countryHint: "Namen eingeben, z. B. Ukraine, und aus der Liste wählen",
  pickerHint: "Namen eingeben und mit Eingabetaste wählen; Rücktaste entfernt den letzten Eintrag",
};

export default form;
