// Die Karte der Partner (m.map.*): Seite /map, Karte auf der Übersicht und im Partnerschaftsbericht.
const map = {
  title: "Karte der Partner",
  intro:
    "Jeder Partner an seinem Ort: Farbe und Form des Markers zeigen den Status seiner Vereinbarungen (bei mehreren " +
    "der lebendigste). Europa ist vergrößert dargestellt.",
  filteredHint: "Gezeigt werden nur Partner mit mindestens einer Vereinbarung, die den Filtern entspricht.",
  counts:
    "{placed, plural, one {# Partner auf der Karte} other {# Partner auf der Karte}}, " +
    "{unplaced, plural, one {# ohne Koordinaten} other {# ohne Koordinaten}}",
  worldLabel: "Weltkarte der Partner (ohne Europa)",
  europeLabel: "Europakarte der Partner",
  worldHeading: "Welt",
  europeHeading: "Europa (vergrößert)",
  europeFrame: "Europa: siehe Ausschnitt",
  legend: "Legende",
  noAgreement: "Keine Vereinbarung",
  crowded:
    "Wo Orte dicht beieinanderliegen, sind die Marker um den Ort verteilt (eine Linie führt zum Ort); " +
    "einen Ort mit mehr als {max, number} Partnern zeigt ein Kreis mit ihrer Zahl.",
  marker: "{name}{local, select, none {} other { ({local})}}, {country}: {status}",
  bubble:
    "{count, plural, one {# Partner} other {# Partner}} dicht beieinander ({places}): {statuses}. Öffnet die " +
    "Vereinbarungen dieser Länder.",
  bubbleTip: "{count, plural, one {# Partner} other {# Partner}}",
  statusCount: "{status}: {count, number}",
  unplacedTitle: "Ohne Koordinaten",
  unplacedIntro: "Diese Partner fehlen auf der Karte, weil ihre Koordinaten nicht bekannt sind:",
  unplacedNone: "Alle gezeigten Partner haben Koordinaten.",
  tableLimited:
    "Die Tabelle zeigt die ersten {shown, number} von {total, number} Partnern (nach Namen); alle stehen in der Partnerliste.",
  unplacedMore:
    "… und {count, plural, one {# weiterer} other {# weitere}} ohne Koordinaten (alle in der Tabelle und der Partnerliste).",
  partnerList: "Zur Partnerliste",
  tableTitle: "Die Partner der Karte als Tabelle",
  agreements: "Vereinbarungen",
  localName: "Name vor Ort",
  coordinateValue: "{latitude, number, ::.000}; {longitude, number, ::.000}",
  coordinates: "Koordinaten",
  panel: "Ausschnitt",
  cardTitle: "Partner in aller Welt",
  cardLink: "Zur Karte mit Filtern und Tabelle",
  empty: "Keine Partner für diese Auswahl.",
};

export default map;
