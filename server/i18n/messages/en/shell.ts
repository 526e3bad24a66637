// English messages of the app's frame (m.shell.*); the shape is the German one (de/shell.ts).
const shell: typeof import("../de/shell").default = {
  menu: "Menu",
  shortName: "Partnerships",
  filterToggle: "Filters",
  activeFilterCount: "{count, plural, =0 {none active} one {# active} other {# active}}",
  activeFilters: "Active filters",
  chip: "{filter}: {value}",
  removeFilter: "Remove filter:",
  checked: "yes",
  sortBy: "Sort by",
  sortOption: "{column} ({direction})",
  ascending: "ascending",
  descending: "descending",
};

export default shell;
