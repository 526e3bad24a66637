// Texts for the benchmark data, in German like the app's own data: reasons for status changes, scopes, topics,
// working groups, milestones, activities, roles and notes. "{town}" and "{partner}" are filled in where they appear.
import type { AgreementStatus } from "../../server/domain/enums";

/** Reasons by "from>to"; "NEW" is the first entry of a history (recorded while the agreement was in the works). */
export const REASONS: Readonly<Record<string, readonly string[]>> = {
  "IMPORT>ACTIVE": [
    "Übernahme aus dem Partnerschaftsverzeichnis des RGRE.",
    "Übernahme aus der Altablage des Partnerschaftsbüros.",
    "Erfasst nach der Partnerschaftsurkunde im Stadtarchiv.",
  ],
  "IMPORT>SIGNED": [
    "Übernahme aus dem Partnerschaftsverzeichnis des RGRE (unterzeichnet, noch ohne gemeinsame Projekte).",
    "Erfasst nach der unterzeichneten Vereinbarung im Stadtarchiv.",
  ],
  "NEW>PROPOSED": [
    "Anfrage der Partnerstadt über die Botschaft.",
    "Vorschlag des Partnerschaftsvereins.",
    "Initiative aus dem Rat (Antrag einer Fraktion).",
    "Anregung aus einer Schulpartnerschaft.",
    "Kontakt über das Netzwerk der Servicestelle Kommunen in der Einen Welt.",
  ],
  "NEW>IN_NEGOTIATION": ["Erfasst während bereits laufender Gespräche.", "Gespräche auf Arbeitsebene laufen."],
  "PROPOSED>IN_NEGOTIATION": [
    "Ratsbeschluss zur Aufnahme von Gesprächen.",
    "Aufnahme offizieller Gespräche nach einem Besuch.",
    "Absichtserklärung beider Verwaltungsspitzen.",
  ],
  "PROPOSED>ENDED": ["Vorschlag im Rat nicht weiterverfolgt.", "Die Partnerstadt hat abgesagt."],
  "IN_NEGOTIATION>PROPOSED": [
    "Gespräche nach den Kommunalwahlen in der Partnerstadt unterbrochen.",
    "Entwurf der Vereinbarung wird neu abgestimmt.",
    "Wechsel der Ansprechpartner; Gespräche ruhen vorerst.",
  ],
  "IN_NEGOTIATION>SIGNED": [
    "Unterzeichnung durch beide Stadtoberhäupter.",
    "Unterzeichnung der Vereinbarung im Rathaus.",
    "Unterzeichnung am Rande eines Delegationsbesuchs.",
  ],
  "IN_NEGOTIATION>ENDED": ["Gespräche ohne Ergebnis beendet.", "Vorhaben aus Haushaltsgründen aufgegeben."],
  "SIGNED>ACTIVE": [
    "Erste gemeinsame Projekte gestartet.",
    "Gegenzeichnung durch den Stadtrat der Partnerstadt; Partnerschaft aufgenommen.",
    "Erster Bürgeraustausch hat stattgefunden.",
  ],
  "SIGNED>ENDED": ["Vereinbarung vor dem Inkrafttreten aufgehoben."],
  "ACTIVE>DORMANT": [
    "Seit mehreren Jahren keine Begegnungen mehr.",
    "Partnerschaftsverein hat sich aufgelöst.",
    "Keine Ansprechpartner mehr in der Partnerstadt.",
    "Kontakte nach dem Wechsel der Stadtspitze eingeschlafen.",
  ],
  "ACTIVE>SUSPENDED": [
    "Offizielle Kontakte wegen der politischen Lage ausgesetzt.",
    "Ratsbeschluss: Aussetzung der offiziellen Beziehungen.",
    "Aussetzung nach Menschenrechtsverletzungen in der Partnerregion.",
  ],
  "DORMANT>ACTIVE": [
    "Wiederbelebung durch einen neuen Schulaustausch.",
    "Neuer Partnerschaftsverein gegründet.",
    "Jubiläumsbesuch hat die Kontakte erneuert.",
  ],
  "DORMANT>SUSPENDED": ["Offizielle Kontakte ausgesetzt.", "Ratsbeschluss zur Aussetzung der ruhenden Partnerschaft."],
  "SUSPENDED>ACTIVE": ["Aussetzung durch Ratsbeschluss aufgehoben.", "Offizielle Kontakte wieder aufgenommen."],
  "SUSPENDED>DORMANT": [
    "Aussetzung aufgehoben; Kontakte ruhen weiterhin.",
    "Offizielle Beziehungen nicht mehr ausgesetzt, aber ohne Aktivität.",
  ],
  "ACTIVE>ENDED": [
    "Partnerschaft durch Ratsbeschluss beendet.",
    "Projektlaufzeit abgelaufen.",
    "Vereinbarung durch eine neue ersetzt.",
  ],
  "DORMANT>ENDED": ["Ruhende Partnerschaft förmlich beendet.", "Partnerschaft durch Ratsbeschluss aufgelöst."],
  "SUSPENDED>ENDED": ["Partnerschaft nach langer Aussetzung beendet.", "Beziehungen durch Ratsbeschluss abgebrochen."],
};

/** What a dormancy or suspension covers. */
export const SCOPES: Readonly<Partial<Record<AgreementStatus, readonly string[]>>> = {
  DORMANT: [
    "Offizielle Kontakte ruhen; der Schüleraustausch läuft weiter.",
    "Nur noch Kontakte zwischen den Partnerschaftsvereinen.",
    "Städtische Projekte ruhen; Kirchengemeinden halten Kontakt.",
    "Verwaltungszusammenarbeit ruht; Sportvereine tauschen sich weiter aus.",
  ],
  SUSPENDED: [
    "Offizielle Kontakte ausgesetzt; zivilgesellschaftliche Projekte laufen weiter.",
    "Kontakte zur Stadtverwaltung eingefroren.",
    "Alle offiziellen Besuche ausgesetzt; humanitäre Hilfe läuft weiter.",
    "Kontakte auf Ebene der Verwaltungsspitze ausgesetzt.",
  ],
};

export const CHANGED_BY_IMPORT = "Datenübernahme (Benchmark)";

export const RESPONSIBLE_UNITS = [
  "Büro für Internationale Angelegenheiten",
  "Amt für Internationales",
  "Partnerschaftsbüro",
  "Büro des Oberbürgermeisters",
  "Referat Europa und Internationales",
  "Stabsstelle Internationale Beziehungen",
];

/** Topics of project partnerships, cooperation agreements and working groups, with the area they belong to. */
export const TOPICS: readonly { name: string; area: string }[] = [
  { name: "Kommunale Wasserversorgung", area: "ENVIRONMENTAL_TECHNOLOGY" },
  { name: "Abfallwirtschaft und Kreislaufwirtschaft", area: "ENVIRONMENTAL_TECHNOLOGY" },
  { name: "Schulpartnerschaften", area: "EDUCATION_YOUTH" },
  { name: "Jugendaustausch", area: "EDUCATION_YOUTH" },
  { name: "Berufliche Bildung", area: "EDUCATION_YOUTH" },
  { name: "Digitale Verwaltung", area: "ADMINISTRATION" },
  { name: "Erneuerbare Energien", area: "CLIMATE" },
  { name: "Klimaanpassung", area: "CLIMATE" },
  { name: "Gesundheitsversorgung", area: "HEALTH" },
  { name: "Pflege und Alter", area: "ELDERLY_CARE" },
  { name: "Stadtplanung und Quartiersentwicklung", area: "URBAN_DEVELOPMENT" },
  { name: "Smart City", area: "URBAN_DEVELOPMENT" },
  { name: "Kulturerbe und Museen", area: "CULTURE" },
  { name: "Musik und Theater", area: "CULTURE" },
  { name: "Wirtschaftsförderung", area: "ECONOMY" },
  { name: "Start-ups und Innovation", area: "ECONOMY" },
  { name: "Tourismus", area: "TOURISM" },
  { name: "Hochschulkooperation", area: "SCIENCE" },
  { name: "Breitensport", area: "SPORT" },
  { name: "Erinnerungsarbeit", area: "REMEMBRANCE" },
  { name: "Demokratie und Bürgerbeteiligung", area: "HUMAN_RIGHTS" },
  { name: "Nachhaltige Mobilität", area: "MOBILITY_LOGISTICS" },
  { name: "Katastrophenschutz und Wiederaufbau", area: "HUMANITARIAN_AID" },
  { name: "Bürgerbegegnungen", area: "CIVIL_SOCIETY" },
];

export const AGREEMENT_NOTES = [
  "Der Partnerschaftsverein {town}–{partner} e. V. trägt die Begegnungen.",
  "Schulpartnerschaft zwischen Gymnasien beider Städte.",
  "Jährliche Bürgerreise im Sommer.",
  "Gefördert im Rahmen der kommunalen Entwicklungszusammenarbeit.",
  "Partnerschaft wird hauptsächlich von Vereinen getragen.",
  "Kontakte vor allem über die Kirchengemeinden.",
  "Gemeinsame Teilnahme an EU-Projekten (Interreg).",
  "Partnerschaftsurkunde in beiden Sprachen im Stadtarchiv.",
  "Regelmäßige Fachbesuche der Feuerwehren.",
  "Städtepartnerschaftliche Kontakte bestanden bereits vor der Unterzeichnung.",
];

export const PARTNER_NOTES = [
  "Partnerstadt mehrerer deutscher Kommunen.",
  "Kontakt über das Rathaus, Abteilung für internationale Beziehungen.",
  "Eigener Partnerschaftsverein vor Ort.",
  "Mitglied im Netzwerk des Rates der Gemeinden und Regionen Europas.",
];

export const GROUP_GOALS = [
  "Gemeinsame Projekte zum Thema {topic} planen und umsetzen.",
  "Erfahrungen zu {topic} austauschen und Fachbesuche organisieren.",
  "Fördermittel für Vorhaben im Bereich {topic} einwerben.",
  "Ein gemeinsames Konzept für {topic} erarbeiten.",
];

export const MILESTONE_TITLES = [
  "Auftaktworkshop durchführen",
  "Ansprechpartner auf beiden Seiten benennen",
  "Bedarfsanalyse abschließen",
  "Konzept abstimmen",
  "Förderantrag stellen",
  "Förderbescheid erhalten",
  "Fachbesuch in der Partnerstadt",
  "Gegenbesuch empfangen",
  "Pilotprojekt starten",
  "Zwischenbericht vorlegen",
  "Öffentliche Veranstaltung ausrichten",
  "Ergebnisse auswerten",
  "Abschlussbericht vorlegen",
  "Vereinbarung über die Fortsetzung treffen",
  "Übersetzung der Unterlagen",
  "Schulungen durchführen",
  "Ausstellung eröffnen",
  "Webseite zum Projekt veröffentlichen",
];

export const MILESTONE_NOTES = [
  "Verschoben wegen der Kommunalwahlen.",
  "Termin mit der Partnerstadt noch offen.",
  "Abhängig vom Förderbescheid.",
  "Teilweise online durchgeführt.",
];

/** Where people on the German side work, and what they do there. */
export const GERMAN_ORGANISATIONS: readonly { name: string; roles: readonly string[] }[] = [
  {
    name: "Stadt {town}",
    roles: [
      "Oberbürgermeisterin",
      "Oberbürgermeister",
      "Bürgermeisterin",
      "Leiterin des Büros für Internationales",
      "Leiter des Büros für Internationales",
      "Referentin für Städtepartnerschaften",
      "Referent für Städtepartnerschaften",
      "Sachbearbeiterin",
    ],
  },
  { name: "Rat der Stadt {town}", roles: ["Ratsmitglied", "Vorsitzender des Ausschusses für Internationales"] },
  {
    name: "Partnerschaftsverein {town} e. V.",
    roles: ["Vorsitzende", "Vorsitzender", "Schatzmeisterin", "Mitglied des Vorstands"],
  },
  { name: "Volkshochschule {town}", roles: ["Leiterin", "Projektkoordinator"] },
  { name: "Städtisches Gymnasium {town}", roles: ["Schulleiterin", "Lehrer, Koordinator Schüleraustausch"] },
  { name: "Wirtschaftsförderung {town}", roles: ["Geschäftsführer", "Projektleiterin Internationalisierung"] },
];

/** Where people on the partner's side work, and what they do there. */
export const PARTNER_ORGANISATIONS: readonly { name: string; roles: readonly string[] }[] = [
  {
    name: "Stadtverwaltung {partner}",
    roles: [
      "Bürgermeisterin",
      "Bürgermeister",
      "Stellvertretender Bürgermeister",
      "Leiterin für internationale Beziehungen",
      "Koordinator Städtepartnerschaft",
      "Dolmetscherin",
    ],
  },
  { name: "Stadtrat {partner}", roles: ["Stadtrat", "Stadträtin"] },
  {
    name: "Partnerschaftskomitee {partner}",
    roles: ["Vorsitzende des Partnerschaftskomitees", "Vorsitzender des Partnerschaftskomitees", "Mitglied"],
  },
  { name: "Universität {partner}", roles: ["Professorin", "Leiter des International Office"] },
  { name: "Handelskammer {partner}", roles: ["Geschäftsführerin", "Referent für Außenwirtschaft"] },
];

export const GROUP_ROLES = [
  "Mitglied",
  "Mitglied",
  "Mitglied",
  "Sprecherin",
  "Sprecher",
  "Geschäftsstelle",
  "beratend",
];

export const PARTICIPANT_ROLES = [
  "Delegationsleitung",
  "Teilnehmerin",
  "Teilnehmer",
  "Gastgeberin",
  "Gastgeber",
  "Dolmetscherin",
  "Organisation",
];

export const ACTIVITY_DESCRIPTIONS = [
  "Programm mit Empfang im Rathaus, Fachgesprächen und einem Besuch bei Vereinen.",
  "Gastfamilien in beiden Städten; Abschlussabend mit Musik.",
  "Austausch über {topic} mit Fachleuten beider Verwaltungen.",
  "Gemeinsame Veranstaltung mit dem Partnerschaftsverein.",
  "Gespräche über die nächsten gemeinsamen Projekte.",
  "Teilnahme von Schülerinnen und Schülern beider Städte.",
];

export const ACTIVITY_OUTCOMES = [
  "Vereinbarung über ein gemeinsames Projekt zu {topic}.",
  "Gegenbesuch für das nächste Jahr verabredet.",
  "Kontakte zwischen Schulen und Vereinen vertieft.",
  "Absichtserklärung zur weiteren Zusammenarbeit unterzeichnet.",
  "Bericht an den Ausschuss für internationale Angelegenheiten.",
];

export const SOURCE = "Synthetische Benchmark-Daten (bench/generate.ts)";
