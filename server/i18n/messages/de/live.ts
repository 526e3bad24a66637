// German messages of the live updates (m.live.*): the hint after a change arrived, and what screen readers hear.
const live = {
  updatedAgo: "Aktualisiert: {seconds, plural, =0 {gerade eben} one {vor # s} other {vor # s}}",
  updatedLong: "Aktualisiert: vor mehr als einer Minute",
  announce: "Die Anzeige wurde mit neuen Änderungen aktualisiert.",
  reconnecting: "Verbindung für Live-Aktualisierung unterbrochen, wird wiederhergestellt …",
};

export default live;
