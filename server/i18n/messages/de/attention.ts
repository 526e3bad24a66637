// German messages of the dashboard's "needs attention", "in force today", "no recorded activity" and pinned
// agreements (m.attention.*).
const attention = {
  figure: "Brauchen Aufmerksamkeit",
  title: "Vereinbarungen, die Aufmerksamkeit brauchen",
  definition:
    "Gezählt wird jede Vereinbarung, bei der das Büro etwas entscheiden muss – aus mindestens einem dieser Gründe:",
  reasons: {
    EXPIRED:
      "Abgelaufen: „gültig bis“ ist vorbei, der Status sagt aber noch „in Kraft“ (Ende oder Verlängerung erfassen)",
    EXPIRING: "Läuft in den nächsten 180 Tagen aus (verlängern oder enden lassen)",
    SUSPENDED: "Ausgesetzt (wieder aufnehmen, beibehalten oder beenden)",
    DORMANT: "Ruhend (wiederbeleben, beibehalten oder beenden)",
    STALLED:
      "Vorgeschlagen oder in Verhandlung, seit drei Jahren ohne Statusänderung und ohne Aktivität (weiterverfolgen oder aufgeben)",
    SIGNED_NOT_ACTIVE: "Seit über 90 Tagen unterzeichnet und begonnen, aber nicht als aktiv erfasst",
    OVERDUE_MILESTONES: "Eine Arbeitsgruppe hat überfällige Meilensteine",
  },
  reasonCount: "{count, plural, one {# Vereinbarung} other {# Vereinbarungen}}",
  /** One agreement's reasons, short. */
  itemReasons: {
    EXPIRED: "abgelaufen am {date}",
    EXPIRING: "läuft aus am {date}",
    SUSPENDED: "ausgesetzt seit {date}",
    DORMANT: "ruhend seit {date}",
    STALLED: "„{status}“ seit {date}, ohne Fortschritt",
    SIGNED_NOT_ACTIVE: "unterzeichnet/gültig seit {date}, nicht aktiv",
    OVERDUE_MILESTONES: "{count, plural, one {# überfälliger Meilenstein} other {# überfällige Meilensteine}}",
  },
  unknownDate: "unbekanntem Datum",
  reasonsLabel: "Gründe",
  byType: "Nach Art",
  none: "Derzeit braucht keine Vereinbarung Aufmerksamkeit.",
  showAll: "Alle {count, number} in der Liste zeigen",
  inForce: "In Kraft (heute)",
  inForceDefinition:
    "In Kraft heute: begonnen („gültig ab“, sonst Unterzeichnung, liegt nicht in der Zukunft), nicht abgelaufen und im Status unterzeichnet, aktiv, ruhend oder ausgesetzt.",
  quietTitle: "Ohne erfasste Aktivität (3 Jahre)",
  quietDefinition:
    "Vereinbarungen in Kraft ohne verknüpfte Aktivität und ohne Statusänderung in den letzten drei Jahren, nach Art. Ein hoher Wert kann auch heißen, dass Aktivitäten nicht erfasst sind: {count, number} von {total, plural, one {# Vereinbarung} other {# Vereinbarungen}} in Kraft.",
  inForceFilter: "Heute in Kraft",
  attentionFilter: "Braucht Aufmerksamkeit",
  pinnedTitle: "Angeheftete Vereinbarungen",
  pinnedEmpty:
    "Noch keine Vereinbarung angeheftet. Auf der Seite einer Vereinbarung heftet „An Übersicht anheften“ sie hier an.",
  pin: "An Übersicht anheften",
  unpin: "Von Übersicht lösen",
  unpinNamed: "„{title}“ von der Übersicht lösen",
  pinned: "Auf der Übersicht angeheftet.",
  unpinned: "Von der Übersicht gelöst.",
  pinnedBy: "angeheftet von {name} am {date}",
};

export default attention;
