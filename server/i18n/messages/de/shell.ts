// German messages of the app's frame (m.shell.*): the header's menu on narrow screens, the list filters' button and
// their chips, the lists' sort choice on phones, the web app manifest.
const shell = {
  menu: "Menü",
  shortName: "Partnerschaften",
  filterToggle: "Filter",
  activeFilterCount: "{count, plural, =0 {keiner aktiv} one {# aktiv} other {# aktiv}}",
  activeFilters: "Aktive Filter",
  chip: "{filter}: {value}",
  removeFilter: "Filter entfernen:",
  checked: "ja",
  sortBy: "Sortieren nach",
  sortOption: "{column} ({direction})",
  ascending: "aufsteigend",
  descending: "absteigend",
};

export default shell;
