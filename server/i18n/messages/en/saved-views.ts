// Saved views of a list (m.savedViews.*).
const savedViews: typeof import("../de/saved-views").default = {
  menu: "Views",
  menuLabel: "Saved views of this list",
  empty: "No saved views yet.",
  mine: "My views",
  sharedByOthers: "Shared views",
  sharedBadge: "shared",
  by: "by {name}",
  broken: "The saved filter no longer fits this list (parameter “{parameter}”); the view cannot be opened.",
  saveCurrent: "Save the current view",
  name: "Name of the view",
  share: "Share with everyone",
  save: "Save view",
  saved: "The view “{name}” was saved.",
  rename: "Rename",
  renameLabel: "Rename “{name}”",
  newName: "New name",
  saveName: "Save name",
  delete: "Delete",
  deleteLabel: "Delete “{name}”",
  deleteConfirm: "Really delete the view “{name}”?",
  deleted: "The view “{name}” was deleted.",
  open: "Open view “{name}”",
  columns: "Columns",
  columnsCount: "{shown, number} of {total, number}",
  columnsLegend: "Columns shown",
  columnsHint:
    "The choice is part of the list's address and is saved with a view. Exports (CSV, XLSX) always hold every column.",
  columnRequired: "(always shown)",
};

export default savedViews;
