// The partner map (m.map.*): the /map page, the dashboard's card and the partnership report.
const map: typeof import("../de/map").default = {
  title: "Partner map",
  intro:
    "Every partner at its place: the marker's colour and shape show the status of its agreements (with several, the " +
    "liveliest). Europe is shown enlarged.",
  filteredHint: "Only partners with at least one agreement matching the filters are shown.",
  counts:
    "{placed, plural, one {# partner on the map} other {# partners on the map}}, " +
    "{unplaced, plural, one {# without coordinates} other {# without coordinates}}",
  worldLabel: "World map of the partners (without Europe)",
  europeLabel: "Map of the partners in Europe",
  worldHeading: "World",
  europeHeading: "Europe (enlarged)",
  europeFrame: "Europe: see the enlarged map",
  legend: "Legend",
  noAgreement: "No agreement",
  crowded:
    "Where places lie close together, the markers are spread around the place (a line leads to it); a place with " +
    "more than {max, number} partners shows as a circle with their number.",
  marker: "{name}{local, select, none {} other { ({local})}}, {country}: {status}",
  bubble:
    "{count, plural, one {# partner} other {# partners}} close together ({places}): {statuses}. Opens the " +
    "agreements of these countries.",
  bubbleTip: "{count, plural, one {# partner} other {# partners}}",
  statusCount: "{status}: {count, number}",
  unplacedTitle: "Without coordinates",
  unplacedIntro: "These partners are missing from the map because their coordinates are not known:",
  unplacedNone: "Every partner shown has coordinates.",
  tableLimited:
    "The table shows the first {shown, number} of {total, number} partners (by name); the partner list has them all.",
  unplacedMore:
    "… and {count, plural, one {# more} other {# more}} without coordinates (all in the table and the partner list).",
  partnerList: "To the partner list",
  tableTitle: "The map's partners as a table",
  agreements: "Agreements",
  localName: "Local name",
  coordinateValue: "{latitude, number, ::.000}, {longitude, number, ::.000}",
  coordinates: "Coordinates",
  panel: "Map",
  cardTitle: "Partners around the world",
  cardLink: "To the map with filters and table",
  empty: "No partners for this selection.",
};

export default map;
