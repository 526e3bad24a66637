// German texts of the import (page /import, the CLI's report, the refusals of files and rows: m.dataImport.*).
const dataImport = {
  title: "Daten importieren",
  intro:
    "Vereinbarungen, Partner, Personen, Aktivitäten, Arbeitsgruppen mit Meilensteinen oder Zusagen aus einer Excel-Datei (XLSX) oder einer CSV-Datei übernehmen. Zeilen mit Nr. und Version (wie im Export) ändern genau diese Einträge, Zeilen ohne Nr. werden neu angelegt; gelöscht wird nichts.",
  nav: "Import",
  kind: "Art der Einträge",
  kinds: {
    AGREEMENTS: "Vereinbarungen",
    PARTNERS: "Partner",
    PEOPLE: "Personen",
    ACTIVITIES: "Aktivitäten",
    WORKING_GROUPS: "Arbeitsgruppen mit Meilensteinen",
    COMMITMENTS: "Zusagen",
  },
  personalDataNote:
    "Personen sind personenbezogene Daten: Sie werden nur von Rollen importiert, die sie sehen dürfen (Bearbeitung und Verwaltung).",
  stepUpload: "1. Datei hochladen",
  stepMapping: "2. Spalten zuordnen",
  stepPreview: "3. Vorschau",
  stepApply: "4. Übernehmen",
  file: "Datei (XLSX oder CSV)",
  fileHint:
    "CSV mit Semikolon oder Komma, UTF-8 oder Windows-1252; höchstens {rows, number} Zeilen und {mb, number} MB.",
  upload: "Hochladen und prüfen",
  uploading: "Wird geprüft …",
  chooseFile: "Bitte eine Datei wählen.",
  detected: "Erkannt: {format}, {rows, plural, one {# Zeile} other {# Zeilen}}",
  detectedCsv:
    "Erkannt: CSV, Zeichensatz {encoding}, Trennzeichen „{delimiter}“, {rows, plural, one {# Zeile} other {# Zeilen}}",
  encodings: {
    "utf-8": "UTF-8",
    "utf-8-bom": "UTF-8 mit BOM",
    "windows-1252": "Windows-1252 (wie das deutsche Excel CSV-Dateien speichert)",
  },
  column: "Spalte",
  header: "Überschrift in der Datei",
  field: "Feld",
  notImported: "nicht importieren",
  auto: "automatisch erkannt",
  readOnly: "wird nicht importiert (ergibt sich aus anderen Angaben)",
  refreshPreview: "Zuordnung übernehmen und Vorschau zeigen",
  summary:
    "{create, plural, one {# neu} other {# neu}}, {change, plural, one {# geändert} other {# geändert}}, {unchanged, plural, one {# unverändert} other {# unverändert}}, {conflict, plural, one {# Konflikt} other {# Konflikte}}, {refuse, plural, one {# abgelehnt} other {# abgelehnt}}",
  created: "Wird angelegt",
  changed: "Wird geändert",
  conflicts: "Konflikte – werden nicht übernommen",
  refused: "Abgelehnt – wird nicht übernommen",
  line: "Zeile",
  record: "Eintrag",
  reason: "Grund",
  before: "Vorher",
  after: "Nachher",
  conflictText:
    "In der Datei Version {yours}, inzwischen Version {current}: zuletzt geändert von {by} am {at}. Bitte neu exportieren und die Änderung dort eintragen.",
  conflictUnknown: "In der Datei Version {yours}, inzwischen Version {current}.",
  more: "… und {count, number} weitere",
  empty: "(leer)",
  apply: "{count, plural, one {# Eintrag übernehmen} other {# Einträge übernehmen}}",
  applying: "Wird übernommen …",
  nothingToApply: "Nichts zu übernehmen.",
  applied:
    "Import {id} übernommen: {created, plural, one {# Eintrag angelegt} other {# Einträge angelegt}}, {changed, plural, one {# geändert} other {# geändert}}.",
  applyNote:
    "Alles oder nichts: Entweder werden alle angezeigten neuen und geänderten Einträge übernommen oder keiner.",
  again: "Weitere Datei importieren",
  version: "Version",
  yes: "Ja",
  no: "Nein",
  fileErrors: {
    empty: "Die Datei ist leer.",
    tooLarge: "Die Datei ist größer als {max, number} MB.",
    notASpreadsheet: "Das ist keine Tabelle: bitte eine XLSX- oder CSV-Datei wählen.",
    zipBomb: "Die XLSX-Datei entpackt sich zu mehr als {max, number} MB und wird nicht gelesen.",
    unknownEncoding: "Der Zeichensatz ist weder UTF-8 noch Windows-1252.",
    formula:
      "Zeile {line}, Spalte {column}: Formeln werden nicht importiert. Bitte die Werte einfügen („Inhalte einfügen → Werte“).",
    cellTooLong: "Zeile {line}, Spalte {column}: eine Zelle hat mehr als {max, number} Zeichen.",
    tooManyRows: "Die Datei hat mehr als {max, number} Zeilen.",
    tooManyColumns: "Die Datei hat {count, number} Spalten; höchstens {max, number} sind erlaubt.",
    duplicateColumn: "Die Spalte „{name}“ kommt zweimal vor (Spalten {first} und {second}).",
    emptyHeader: "Die erste Zeile enthält keine Spaltenüberschriften.",
    brokenCsv: "Die CSV-Datei ist in Zeile {line} nicht lesbar (z. B. ein nicht geschlossenes Anführungszeichen).",
  },
  reasons: {
    notANumber: "„{value}“ ist keine Nummer",
    unknownRecord: "es gibt keinen Eintrag Nr. {id}",
    duplicateId: "Nr. {id} steht schon in Zeile {line}",
    notAValue: "„{value}“ ist keiner der möglichen Werte",
    notABoolean: "„{value}“ ist weder Ja noch Nein",
    unknownPartner: "kein Partner heißt „{name}“",
    unknownPartnerIn: "kein Partner in {country} heißt „{name}“",
    ambiguousPartner:
      "„{name}“ passt auf {count, plural, one {einen Partner} other {# Partner}} (Nr. {ids}); bitte den Ländercode angeben",
    versionMissing: "die Version fehlt (sie steht im Export neben der Nr.)",
    versionUnknown: "Version {version} gibt es nicht (aktuell: {current})",
    statusByTransition: "der Status wird über „Status ändern“ mit Begründung geändert, nicht durch einen Import",
    existsAlready:
      "eine Vereinbarung mit diesem Titel und Partner gibt es schon (Nr. {id}); zum Ändern ihre Nr. und Version angeben",
    duplicateRow: "dieselbe neue Vereinbarung steht schon in Zeile {line}",
    partnerExists:
      "einen Partner mit diesem Namen in diesem Land gibt es schon (Nr. {id}); zum Ändern seine Nr. und Version angeben",
    duplicatePartner: "derselbe neue Partner steht schon in Zeile {line}",
    personExists:
      "eine Person mit diesem Namen, dieser Organisation und diesem Partner gibt es schon (Nr. {id}); zum Ändern ihre Nr. und Version angeben",
    duplicatePerson: "dieselbe neue Person steht schon in Zeile {line}",
    erased: "die Daten von Nr. {id} wurden gelöscht (DSGVO Art. 17) und werden nicht wieder eingetragen",
    unknownCountry: "„{value}“ ist kein bekanntes Land",
    activityExists:
      "eine Aktivität mit diesem Titel und Beginn gibt es schon (Nr. {id}); zum Ändern ihre Nr. und Version angeben",
    duplicateActivity: "dieselbe neue Aktivität steht schon in Zeile {line}",
    unknownAgreement: "keine Vereinbarung heißt „{name}“",
    ambiguousAgreement: "„{name}“ passt auf mehrere Vereinbarungen (Nr. {ids}); bitte ihre Nr. angeben",
    unknownPerson: "keine Person heißt „{name}“",
    ambiguousPerson:
      "„{name}“ passt auf {count, plural, one {eine Person} other {# Personen}} (Nr. {ids}); bitte die Nr. der Person angeben",
    oneAgreement: "„{value}“: bitte genau eine Vereinbarung angeben",
    workingGroupExists:
      "eine Arbeitsgruppe mit diesem Namen gibt es bei dieser Vereinbarung schon (Nr. {id}); zum Ändern ihre Nr. und Version angeben",
    duplicateWorkingGroup: "dieselbe neue Arbeitsgruppe steht schon in Zeile {line}",
    groupDiffers:
      "dieselbe Arbeitsgruppe steht schon in Zeile {line}, dort mit anderen Werten; alle Zeilen einer Arbeitsgruppe brauchen dieselben",
    parentRefused: "der Meilenstein wird nicht übernommen, weil seine Arbeitsgruppe (Zeile {line}) abgelehnt ist",
    parentConflict:
      "der Meilenstein wird nicht übernommen, weil seine Arbeitsgruppe (Zeile {line}) seit dem Export geändert wurde",
    milestoneExists:
      "einen Meilenstein mit diesem Titel gibt es in dieser Arbeitsgruppe schon (Nr. {id}); zum Ändern seine Nr. und Version angeben",
    duplicateMilestone: "derselbe neue Meilenstein steht schon in Zeile {line}",
    milestoneOfOtherGroup:
      "ein Meilenstein bleibt in seiner Arbeitsgruppe; er kann nicht in eine andere verschoben werden",
    commitmentExists:
      "eine Zusage mit diesem Titel gibt es bei dieser Vereinbarung schon (Nr. {id}); zum Ändern ihre Nr. und Version angeben",
    duplicateCommitment: "dieselbe neue Zusage steht schon in Zeile {line}",
  },
};

export default dataImport;
