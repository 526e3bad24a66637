// Gespeicherte Ansichten einer Liste (m.savedViews.*).
const savedViews = {
  menu: "Ansichten",
  menuLabel: "Gespeicherte Ansichten dieser Liste",
  empty: "Noch keine gespeicherten Ansichten.",
  mine: "Meine Ansichten",
  sharedByOthers: "Geteilte Ansichten",
  sharedBadge: "geteilt",
  by: "von {name}",
  broken:
    "Der gespeicherte Filter passt nicht mehr zu dieser Liste (Parameter „{parameter}“); die Ansicht lässt sich nicht öffnen.",
  saveCurrent: "Aktuelle Ansicht speichern",
  name: "Name der Ansicht",
  share: "Mit allen teilen",
  save: "Ansicht speichern",
  saved: "Die Ansicht „{name}“ wurde gespeichert.",
  rename: "Umbenennen",
  renameLabel: "„{name}“ umbenennen",
  newName: "Neuer Name",
  saveName: "Namen speichern",
  delete: "Löschen",
  deleteLabel: "„{name}“ löschen",
  deleteConfirm: "Ansicht „{name}“ wirklich löschen?",
  deleted: "Die Ansicht „{name}“ wurde gelöscht.",
  open: "Ansicht „{name}“ öffnen",
  columns: "Spalten",
  columnsCount: "{shown, number} von {total, number}",
  columnsLegend: "Angezeigte Spalten",
  columnsHint:
    "Die Auswahl steht in der Adresse der Liste und wird mit einer Ansicht gespeichert. Exporte (CSV, XLSX) enthalten immer alle Spalten.",
  columnRequired: "(immer sichtbar)",
};

export default savedViews;
