// English messages of the forms' shared parts (m.form.*).
const form: typeof import("../de/form").default = {
  errorSummaryTitle: "{count, plural, one {One error prevents saving} other {# errors prevent saving}}",
  errorSummaryIntro: "Please correct the following. Each link leads to its field.",
  wholeForm: "Form",
  dateHint: "A year, month or day, e.g. 1958, 06/1988 or 27.06.1984",
  dayHint: "A day, e.g. 27.06.1984",
  understoodYear: "Year: {date}",
  understoodMonth: "Month: {date}",
  understoodDay: "Day: {date}",
  notUnderstood: "Not understood – type e.g. 1958, 06/1988 or 27.06.1984",
  notADay: "Not a day – type e.g. 27.06.1984",
  unsavedChanges: "Your changes have not been saved. Leave the page anyway?",
  created: "Saved: the record was created.",
  updated: "Saved: the changes were stored.",
  noResults: "No matches",
  resultCount: "{count, plural, one {# match} other {# matches}}",
  searching: "Searching …",
  typeToSearch: "Type a name to search",
  remove: "Remove {label}",
  selected: "Selected",
  showOptions: "Show options",
  country: "Country",
  countryHint: "Type a name, e.g. Ukraine, and choose it from the list",
  pickerHint: "Type a name and press Enter to choose; Backspace removes the last entry",
};

export default form;
