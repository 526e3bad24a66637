// Cologne's real international partnerships as typed constants: the demo seed.
// Every fact comes from /work/shared/data/cologne-partnerships.md (with the source named there); nothing is invented.
// `verified` follows the V/U column of that file. Where a fact is only partly confirmed, the notes say so.
import type { CooperationAreaCode } from "../../server/domain/cooperation-areas";
import type {
  ActivityType,
  AgreementStatus,
  AgreementType,
  AreaLinkStatus,
  Continent,
  MilestoneStatus,
  PartnerKind,
  WorkingGroupStatus,
} from "../../server/domain/enums";
import type { SourceDate } from "./dates";

export const RESPONSIBLE_UNIT = "Büro für Internationale Angelegenheiten";
export const SEED_CHANGED_BY = "Datenübernahme (Seed)";
export const PRESS_RELEASE_2019 = "Stadt Köln, Pressemitteilung 2019";
/** The MoU's title as the press release gives it (German wording of the original, complete). */
export const CHONGQING_MOU_TITLE =
  "Memorandum of Understanding bezüglich des Aufbaus von freundschaftlichen Kooperationsbeziehungen zwischen " +
  "Chongqing, Volksrepublik China, und Köln, Bundesrepublik Deutschland";

// ---------------------------------------------------------------------------------------------------------------
// Partners
// ---------------------------------------------------------------------------------------------------------------

export interface PartnerSeed {
  /** Stable key used by the other seed tables to refer to this partner. */
  key: string;
  nameDe: string;
  nameEn: string;
  nameLocal: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  continent: Continent;
  kind: PartnerKind;
  latitude: number | null;
  longitude: number | null;
  notes: string | null;
  source: string;
  verified: boolean;
}

const RING_1958 = "koeln.de (Ringpartnerschaft)";
/** The report on the Grand-Bassam proposal (it names the council decision of 14 May 2020 it answered). */
const GRAND_BASSAM_SOURCE = "rundschau-online.de (Bündnis14 Afrika schlägt neue Partnerstadt für Köln vor)";

export const PARTNERS = [
  {
    key: "liverpool",
    nameDe: "Liverpool",
    nameEn: "Liverpool",
    nameLocal: "Liverpool",
    countryCode: "GB",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 53.408,
    longitude: -2.992,
    notes: null,
    source: "stadt-koeln.de (Köln–Liverpool)",
    verified: true,
  },
  {
    key: "lille",
    nameDe: "Lille",
    nameEn: "Lille",
    nameLocal: "Lille",
    countryCode: "FR",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 50.629,
    longitude: 3.057,
    notes: null,
    source: RING_1958,
    verified: true,
  },
  {
    key: "liege",
    nameDe: "Lüttich",
    nameEn: "Liège",
    nameLocal: "Liège",
    countryCode: "BE",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 50.633,
    longitude: 5.58,
    notes: null,
    source: "koeln.de",
    verified: true,
  },
  {
    key: "rotterdam",
    nameDe: "Rotterdam",
    nameEn: "Rotterdam",
    nameLocal: "Rotterdam",
    countryCode: "NL",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 51.924,
    longitude: 4.478,
    notes: null,
    source: "koeln.de",
    verified: true,
  },
  {
    key: "turin",
    nameDe: "Turin",
    nameEn: "Turin",
    nameLocal: "Torino",
    countryCode: "IT",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 45.07,
    longitude: 7.687,
    notes: null,
    source: "koeln.de",
    verified: true,
  },
  {
    key: "esch",
    nameDe: "Esch-sur-Alzette",
    nameEn: "Esch-sur-Alzette",
    nameLocal: "Esch-sur-Alzette",
    countryCode: "LU",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 49.496,
    longitude: 5.981,
    notes: null,
    source: "koeln.de",
    verified: true,
  },
  {
    key: "kyoto",
    nameDe: "Kyoto",
    nameEn: "Kyoto",
    nameLocal: "京都市",
    countryCode: "JP",
    continent: "ASIA",
    kind: "CITY",
    latitude: 35.012,
    longitude: 135.768,
    notes: null,
    source: "stadt-koeln.de (60 Jahre Köln–Kyoto)",
    verified: true,
  },
  {
    key: "tunis",
    nameDe: "Tunis",
    nameEn: "Tunis",
    nameLocal: "تونس",
    countryCode: "TN",
    continent: "AFRICA",
    kind: "CITY",
    latitude: 36.807,
    longitude: 10.182,
    notes: null,
    source: "stadt-koeln.de (50 Jahre Köln–Tunis)",
    verified: true,
  },
  {
    key: "turku",
    nameDe: "Turku",
    nameEn: "Turku",
    nameLocal: "Turku",
    countryCode: "FI",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 60.452,
    longitude: 22.267,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "cluj",
    nameDe: "Cluj-Napoca",
    nameEn: "Cluj-Napoca",
    nameLocal: "Cluj-Napoca",
    countryCode: "RO",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 46.771,
    longitude: 23.624,
    notes: "Historischer deutscher Name: Klausenburg.",
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "telaviv",
    nameDe: "Tel Aviv-Yafo",
    nameEn: "Tel Aviv-Yafo",
    nameLocal: "תל אביב-יפו",
    countryCode: "IL",
    continent: "ASIA",
    kind: "CITY",
    latitude: 32.085,
    longitude: 34.782,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "barcelona",
    nameDe: "Barcelona",
    nameEn: "Barcelona",
    nameLocal: "Barcelona",
    countryCode: "ES",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 41.387,
    longitude: 2.169,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "beijing",
    nameDe: "Peking",
    nameEn: "Beijing",
    nameLocal: "北京",
    countryCode: "CN",
    continent: "ASIA",
    kind: "CITY",
    latitude: 39.904,
    longitude: 116.407,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "cork",
    nameDe: "Cork",
    nameEn: "Cork",
    nameLocal: "Corcaigh",
    countryCode: "IE",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 51.899,
    longitude: -8.476,
    notes: null,
    source: "koeln.de (Sekundärquelle)",
    verified: true,
  },
  {
    key: "thessaloniki",
    nameDe: "Thessaloniki",
    nameEn: "Thessaloniki",
    nameLocal: "Θεσσαλονίκη",
    countryCode: "GR",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 40.64,
    longitude: 22.944,
    notes: null,
    source: "griechenland.diplo.de",
    verified: true,
  },
  {
    key: "indianapolis",
    nameDe: "Indianapolis",
    nameEn: "Indianapolis",
    nameLocal: "Indianapolis",
    countryCode: "US",
    continent: "NORTH_AMERICA",
    kind: "CITY",
    latitude: 39.768,
    longitude: -86.158,
    notes: null,
    source: "freundeskreis-koeln-indy.de",
    verified: true,
  },
  {
    key: "volgograd",
    nameDe: "Wolgograd",
    nameEn: "Volgograd",
    nameLocal: "Волгоград",
    countryCode: "RU",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 48.708,
    longitude: 44.513,
    notes: null,
    source: "ksta.de; rundschau-online.de",
    verified: true,
  },
  {
    key: "corinto",
    nameDe: "Corinto/El Realejo",
    nameEn: "Corinto/El Realejo",
    nameLocal: "Corinto/El Realejo",
    countryCode: "NI",
    continent: "NORTH_AMERICA",
    kind: "CITY",
    latitude: 12.482,
    longitude: -87.173,
    notes: "Partnerschaft mit den beiden Gemeinden Corinto und El Realejo.",
    source: "stadt-koeln.de; koeln-corinto.de",
    verified: true,
  },
  {
    key: "katowice",
    nameDe: "Kattowitz",
    nameEn: "Katowice",
    nameLocal: "Katowice",
    countryCode: "PL",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 50.265,
    longitude: 19.024,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "bethlehem",
    nameDe: "Bethlehem",
    nameEn: "Bethlehem",
    nameLocal: "بيت لحم",
    countryCode: "PS",
    continent: "ASIA",
    kind: "CITY",
    latitude: 31.705,
    longitude: 35.202,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "istanbul",
    nameDe: "Istanbul",
    nameEn: "Istanbul",
    nameLocal: "İstanbul",
    countryCode: "TR",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 41.008,
    longitude: 28.978,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "rio",
    nameDe: "Rio de Janeiro",
    nameEn: "Rio de Janeiro",
    nameLocal: "Rio de Janeiro",
    countryCode: "BR",
    continent: "SOUTH_AMERICA",
    kind: "CITY",
    latitude: -22.907,
    longitude: -43.173,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "dnipro",
    nameDe: "Dnipro",
    nameEn: "Dnipro",
    nameLocal: "Дніпро",
    countryCode: "UA",
    continent: "EUROPE",
    kind: "CITY",
    latitude: 48.465,
    longitude: 35.046,
    notes: null,
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "neukoelln",
    nameDe: "Berlin-Neukölln",
    nameEn: "Berlin-Neukölln",
    nameLocal: "Berlin-Neukölln",
    countryCode: "DE",
    continent: "EUROPE",
    kind: "DISTRICT",
    latitude: 52.481,
    longitude: 13.435,
    notes: "Berliner Bezirk (innerdeutsche Partnerschaft).",
    source: "freunde-neukoellns.de",
    verified: true,
  },
  {
    key: "treptow",
    nameDe: "Berlin-Treptow-Köpenick",
    nameEn: "Berlin-Treptow-Köpenick",
    nameLocal: "Berlin-Treptow-Köpenick",
    countryCode: "DE",
    continent: "EUROPE",
    kind: "DISTRICT",
    latitude: 52.446,
    longitude: 13.575,
    notes: "Berliner Bezirk (innerdeutsche Partnerschaft); in der Quelle als „Berlin-Treptow(-Köpenick)“ geführt.",
    source: "berlin.de",
    verified: true,
  },
  {
    key: "chongqing",
    nameDe: "Chongqing",
    nameEn: "Chongqing",
    nameLocal: "重庆",
    countryCode: "CN",
    continent: "ASIA",
    kind: "CITY",
    latitude: 29.563,
    longitude: 106.552,
    notes:
      "Laut Pressemitteilung der Stadt Köln (2019): rund 34 Millionen registrierte Einwohner*innen und zusätzlich " +
      "mehrere Millionen Wanderarbeiter*innen; direkt der Zentralregierung unterstellt; seit 2004 durch " +
      "Eingemeindungen fast auf das Fünffache gewachsen; ein Zentrum der Aktivitäten von Ford in China.",
    source: PRESS_RELEASE_2019,
    verified: true,
  },
  {
    key: "yarinacocha",
    nameDe: "Yarinacocha",
    nameEn: "Yarinacocha",
    nameLocal: "Yarinacocha",
    countryCode: "PE",
    continent: "SOUTH_AMERICA",
    kind: "CITY",
    latitude: -8.35,
    longitude: -74.57,
    notes: "Klimapartnerschaft mit Köln seit 2017.",
    source: "stadt-koeln.de",
    verified: true,
  },
  {
    key: "grandbassam",
    nameDe: "Grand-Bassam",
    nameEn: "Grand-Bassam",
    nameLocal: "Grand-Bassam",
    countryCode: "CI",
    continent: "AFRICA",
    kind: "CITY",
    // The source gives no coordinates for Grand-Bassam; left empty rather than guessed.
    latitude: null,
    longitude: null,
    notes:
      "Als Partnerstadt südlich der Sahara vorgeschlagen, nachdem der Rat der Stadt Köln am 14.05.2020 beschlossen " +
      "hatte, eine solche Partnerstadt zu suchen; der Rat hat über Grand-Bassam nicht entschieden. Ausgang nicht " +
      "bestätigt; Koordinaten liegen in den Quellen nicht vor.",
    source: `${GRAND_BASSAM_SOURCE} (Ausgang nicht bestätigt)`,
    verified: false,
  },
] as const satisfies readonly PartnerSeed[];

export type PartnerKey = (typeof PARTNERS)[number]["key"];

// ---------------------------------------------------------------------------------------------------------------
// Agreements and their status history
// ---------------------------------------------------------------------------------------------------------------

/** A status change after the agreement's first status (the first row is derived from signedOn/councilDecisionOn). */
export interface LaterStatusChangeSeed {
  toStatus: AgreementStatus;
  effectiveOn: SourceDate;
  reason: string;
  scope?: string;
}

export interface AgreementSeed {
  key: string;
  type: AgreementType;
  title: string;
  partner: PartnerKey;
  councilDecisionOn?: SourceDate;
  signedOn?: SourceDate;
  /**
   * Only for a proposal (initialStatus PROPOSED) that was neither decided nor signed: when it was proposed. It dates
   * the first status (and statusSince); the agreement stores no date column for it.
   */
  proposedOn?: SourceDate;
  countersignedOn?: SourceDate;
  /** Only where the end of validity follows from the sources (e.g. a superseded agreement). */
  validUntil?: SourceDate;
  /** The status it was recorded with first; the history then leads to the current status. */
  initialStatus: AgreementStatus;
  laterChanges?: readonly LaterStatusChangeSeed[];
  /** Key of the agreement this one succeeds. */
  predecessor?: string;
  source: string;
  verified: boolean;
  notes: string | null;
}

const VOLGOGRAD_SCOPE =
  "Offizielle Kontakte ausgesetzt; zivilgesellschaftliches Projekt für ehemalige Zwangsarbeiter*innen läuft weiter";
const CORINTO_SCOPE =
  "Kontakte zu den Stadtverwaltungen seit 2022 eingefroren (laut Partnerschaftsverein, koeln-corinto.de)";

function partnership<K extends PartnerKey>(
  key: K,
  name: string,
  dates: Pick<AgreementSeed, "councilDecisionOn" | "signedOn" | "countersignedOn">,
  source: string,
  notes: string | null,
  extra: Partial<Pick<AgreementSeed, "laterChanges" | "predecessor" | "verified">> = {},
): AgreementSeed & { key: `partnership-${K}` } {
  return {
    key: `partnership-${key}` as const,
    type: "PARTNERSHIP",
    title: `Städtepartnerschaft Köln–${name}`,
    partner: key,
    ...dates,
    initialStatus: "ACTIVE",
    source,
    verified: true,
    notes,
    ...extra,
  };
}

/** The Dnipro partnership's signing (stadt-koeln.de); also the inferred end of its predecessor. */
const DNIPRO_PARTNERSHIP_SIGNED = "2024-08-28";
/** How the seed says that a date is inferred rather than given by the source. */
export const INFERRED = "erschlossen (nicht belegt)";

const RING_NOTE =
  "Teil der „Ringpartnerschaft“ zwischen Köln, Lille, Lüttich, Rotterdam, Turin und Esch-sur-Alzette: Die " +
  "Stadtoberhäupter der sechs Städte unterzeichneten den gemeinsamen Verschwisterungseid am 03.07.1958 in Lüttich.";
/** The ring partnership's day and place (the fact sheet's koeln.de gives only the year). */
const RING_DAY_SOURCES =
  "Tag und Ort: stadt-koeln.de (Köln feiert 65 Jahre Ringpartnerschaft); ksta.de (Sechs Städte feiern 65 Jahre " +
  "Partnerschaft, 2023)";
const RING_DAY = "1958-07-03";

export const AGREEMENTS = [
  partnership(
    "liverpool",
    "Liverpool",
    { signedOn: "1952" },
    "stadt-koeln.de (Köln–Liverpool)",
    "Kölns erste Städtepartnerschaft (1952). Die Partnerschaftsurkunde wurde 2002 erneuert.",
  ),
  partnership("lille", "Lille", { signedOn: RING_DAY }, `${RING_1958}; ${RING_DAY_SOURCES}`, RING_NOTE),
  partnership("liege", "Lüttich", { signedOn: RING_DAY }, `koeln.de; ${RING_DAY_SOURCES}`, RING_NOTE),
  partnership("rotterdam", "Rotterdam", { signedOn: RING_DAY }, `koeln.de; ${RING_DAY_SOURCES}`, RING_NOTE),
  partnership("turin", "Turin", { signedOn: RING_DAY }, `koeln.de; ${RING_DAY_SOURCES}`, RING_NOTE),
  partnership("esch", "Esch-sur-Alzette", { signedOn: RING_DAY }, `koeln.de; ${RING_DAY_SOURCES}`, RING_NOTE),
  partnership(
    "kyoto",
    "Kyoto",
    { councilDecisionOn: "1963-01-21", signedOn: "1963-05-29" },
    "stadt-koeln.de (60 Jahre Köln–Kyoto)",
    "Erste Städtepartnerschaft Kölns außerhalb Europas. Ratsbeschluss am 21.01.1963, Partnerschaftsurkunde am 29.05.1963.",
  ),
  partnership(
    "tunis",
    "Tunis",
    { signedOn: "1964-06-12" },
    "stadt-koeln.de (50 Jahre Köln–Tunis)",
    "Ergänzt durch eine Kooperationsvereinbarung vom 07.10.2009.",
  ),
  partnership("turku", "Turku", { signedOn: "1967-06-07" }, "stadt-koeln.de", null),
  partnership(
    "cluj",
    "Cluj-Napoca",
    { signedOn: "1976-11-13" },
    "stadt-koeln.de",
    "Cluj-Napoca (historischer deutscher Name: Klausenburg). Von 1981 bis 1989 bestanden keine Kontakte.",
  ),
  partnership(
    "telaviv",
    "Tel Aviv-Yafo",
    { signedOn: "1979-08-06" },
    "stadt-koeln.de",
    "Schüleraustausche zwischen Köln und Tel Aviv gibt es bereits seit 1960.",
  ),
  partnership(
    "barcelona",
    "Barcelona",
    { signedOn: "1984-03-30", countersignedOn: "1984-06-27" },
    "stadt-koeln.de",
    "Unterzeichnet am 30.03.1984, gegengezeichnet am 27.06.1984.",
  ),
  partnership(
    "beijing",
    "Peking",
    { signedOn: "1987-09-14" },
    "stadt-koeln.de",
    "Zum 20-jährigen Bestehen wurde 2007 ein Memorandum of Understanding unterzeichnet.",
  ),
  partnership(
    "cork",
    "Cork",
    { signedOn: "1988-06-27" },
    "koeln.de (Sekundärquelle); Tag: stadt-koeln.de (Partnerstadt Cork)",
    "Am 27.06.1988 besiegelt (stadt-koeln.de); die Sekundärquelle koeln.de nennt Juni 1988.",
  ),
  partnership(
    "thessaloniki",
    "Thessaloniki",
    { signedOn: "1988-05-03" },
    "griechenland.diplo.de; Tag: stadt-koeln.de (Partnerstadt Thessaloniki)",
    "Am 03.05.1988 besiegelt (stadt-koeln.de).",
  ),
  partnership(
    "indianapolis",
    "Indianapolis",
    { signedOn: "1988-11-28", countersignedOn: "1990" },
    "freundeskreis-koeln-indy.de",
    "Unterzeichnet am 28.11.1988, gegengezeichnet 1990.",
  ),
  partnership(
    "volgograd",
    "Wolgograd",
    { signedOn: "1988-11-28" },
    "ksta.de; rundschau-online.de",
    "Die offiziellen Kontakte sind seit dem 03.03.2022 ausgesetzt; ein zivilgesellschaftliches Projekt für " +
      "ehemalige Zwangsarbeiter*innen läuft weiter.",
    {
      laterChanges: [
        {
          toStatus: "SUSPENDED",
          effectiveOn: "2022-03-03",
          reason:
            "Offizielle Kontakte seit dem 03.03.2022 ausgesetzt; ein zivilgesellschaftliches Projekt für " +
            "ehemalige Zwangsarbeiter*innen läuft weiter (Quellen: ksta.de; rundschau-online.de).",
          scope: VOLGOGRAD_SCOPE,
        },
      ],
    },
  ),
  partnership(
    "corinto",
    "Corinto/El Realejo",
    { signedOn: "1988-11-04" },
    "stadt-koeln.de; koeln-corinto.de",
    "Partnerschaft mit Corinto und El Realejo, besiegelt am 04.11.1988; Fortführungsurkunde im August 2013. " +
      "Laut Partnerschaftsverein (koeln-corinto.de) sind die Kontakte zu den Stadtverwaltungen seit 2022 " +
      "eingefroren (nur das Jahr ist belegt).",
    {
      laterChanges: [
        {
          toStatus: "DORMANT",
          effectiveOn: "2022",
          reason:
            "Laut Partnerschaftsverein (koeln-corinto.de) sind die Kontakte zu den Stadtverwaltungen von Corinto " +
            "und El Realejo seit 2022 eingefroren (nur das Jahr ist belegt).",
          scope: CORINTO_SCOPE,
        },
      ],
    },
  ),
  partnership(
    "katowice",
    "Kattowitz",
    { signedOn: "1991-03-15" },
    "stadt-koeln.de",
    "Erneuerungsurkunde im September 2016.",
  ),
  partnership("bethlehem", "Bethlehem", { signedOn: "1996-03-12" }, "stadt-koeln.de", null),
  partnership(
    "istanbul",
    "Istanbul",
    { signedOn: "1997-03-15" },
    "stadt-koeln.de",
    "Partnerschaft mit der Gesamtstadt Istanbul (nicht mit einem Stadtbezirk).",
  ),
  partnership("rio", "Rio de Janeiro", { signedOn: "2011-09-19" }, "stadt-koeln.de", null),
  // The source gives the project partnership's start and that the 2024 partnership succeeded it, not the day it
  // ended: its end (validUntil and the ENDED status) is inferred as the day the successor was signed. A date cannot
  // be marked as inferred in the schema, so the record is unverified and its notes and status reason say which
  // date is inferred.
  {
    key: "project-dnipro",
    type: "PROJECT_PARTNERSHIP",
    title: "Projektpartnerschaft Köln–Dnipro",
    partner: "dnipro",
    signedOn: "2022-10-27",
    validUntil: DNIPRO_PARTNERSHIP_SIGNED,
    initialStatus: "ACTIVE",
    laterChanges: [
      {
        toStatus: "ENDED",
        effectiveOn: DNIPRO_PARTNERSHIP_SIGNED,
        reason:
          "Abgelöst durch die Städtepartnerschaft Köln–Dnipro, unterzeichnet am 28.08.2024. Das Enddatum ist " +
          `${INFERRED}: die Quelle nennt es nicht.`,
      },
    ],
    source: "stadt-koeln.de",
    verified: false,
    notes:
      "Vorläuferin der Städtepartnerschaft Köln–Dnipro von 2024. Beginn (27.10.2022) und Nachfolge laut " +
      `stadt-koeln.de; das Ende (gültig bis 28.08.2024) ist ${INFERRED}: die Quelle nennt es nicht, es ist der ` +
      "Tag, an dem die Nachfolgerin unterzeichnet wurde.",
  },
  partnership(
    "dnipro",
    "Dnipro",
    { councilDecisionOn: "2024-05-16", signedOn: DNIPRO_PARTNERSHIP_SIGNED },
    "stadt-koeln.de",
    "Kölns 23. internationale Städtepartnerschaft. Ratsbeschluss am 16.05.2024, unterzeichnet am 28.08.2024; " +
      "Nachfolgerin der Projektpartnerschaft vom 27.10.2022.",
    { predecessor: "project-dnipro" },
  ),
  partnership(
    "neukoelln",
    "Berlin-Neukölln",
    { signedOn: "1967-11-15" },
    "freunde-neukoellns.de",
    "Innerdeutsche Partnerschaft mit einem Berliner Bezirk.",
  ),
  partnership(
    "treptow",
    "Berlin-Treptow-Köpenick",
    { signedOn: "1990-09-03" },
    "berlin.de",
    "Innerdeutsche Partnerschaft mit einem Berliner Bezirk; in der Quelle als „Berlin-Treptow(-Köpenick)“ geführt.",
  ),
  // A proposal, not an agreement the council made: the council decision of 14 May 2020 asked only to seek a partner
  // south of the Sahara (recorded as an activity, see ACTIVITIES); Grand-Bassam was proposed afterwards. Hence no
  // councilDecisionOn here, and the proposal is dated only to the year the fact sheet gives.
  {
    key: "proposed-grandbassam",
    type: "PARTNERSHIP",
    title: "Städtepartnerschaft Köln–Grand-Bassam (Vorschlag)",
    partner: "grandbassam",
    proposedOn: "2020",
    initialStatus: "PROPOSED",
    source: `${GRAND_BASSAM_SOURCE}; Ausgang nicht bestätigt`,
    verified: false,
    notes:
      "Ein Vorschlag, kein Ratsbeschluss: Der Rat der Stadt Köln beschloss am 14.05.2020 nur, nach einer " +
      "Partnerstadt südlich der Sahara zu suchen, und bat die Verwaltung um Vorschläge. Danach schlug die Liste " +
      "„Bündnis14 Afrika“ (Integrationsrat) nach einer Abstimmung in der afrikanischen Community Kölns " +
      "Grand-Bassam (Côte d'Ivoire) vor; das Büro für Internationale Angelegenheiten kündigte an, den Vorschlag zu " +
      "prüfen. Nur das Jahr des Vorschlags (2020) ist erfasst; der Ausgang ist nicht bestätigt.",
  },
  {
    key: "mou-chongqing",
    type: "MEMORANDUM_OF_UNDERSTANDING",
    title: CHONGQING_MOU_TITLE,
    partner: "chongqing",
    signedOn: "2019-08",
    initialStatus: "ACTIVE",
    source: PRESS_RELEASE_2019,
    verified: true,
    notes:
      "Englisch: „Memorandum of Understanding on establishing friendly cooperative relations between Chongqing, " +
      "People's Republic of China, and Cologne, Federal Republic of Germany“. Auf Initiative Chongqings während des " +
      "Besuchs von Oberbürgermeisterin Reker in Chongqing (25.–26.08.2019) unterzeichnet; der genaue Tag der " +
      "Unterzeichnung ist nicht bestätigt (daher nur mit Monatsgenauigkeit erfasst). Für eine engere Zusammenarbeit " +
      "besprochen: Wirtschaft, Kultur, Sport, Umwelttechnologie und Altenpflege. Im Rahmen der " +
      "Seidenstraßen-Initiative wurde außerdem über eine direkte Bahnverbindung Chongqing–Köln gesprochen; dafür " +
      "wurde eine Arbeitsgruppe angekündigt, die die Rahmenbedingungen für die Umsetzung erarbeiten soll (kein " +
      "Kooperationsfeld des Memorandums).",
  },
  {
    key: "climate-corinto",
    type: "CLIMATE_PARTNERSHIP",
    title: "Klimapartnerschaft Köln–Corinto",
    partner: "corinto",
    signedOn: "2012",
    initialStatus: "ACTIVE",
    source: "stadt-koeln.de",
    verified: true,
    notes: null,
  },
  {
    key: "climate-rio",
    type: "CLIMATE_PARTNERSHIP",
    title: "Klimapartnerschaft Köln–Rio de Janeiro",
    partner: "rio",
    signedOn: "2012",
    initialStatus: "ACTIVE",
    source: "stadt-koeln.de",
    verified: true,
    notes: null,
  },
  {
    key: "climate-yarinacocha",
    type: "CLIMATE_PARTNERSHIP",
    title: "Klimapartnerschaft Köln–Yarinacocha",
    partner: "yarinacocha",
    signedOn: "2017",
    initialStatus: "ACTIVE",
    source: "stadt-koeln.de",
    verified: true,
    notes: null,
  },
  {
    key: "cooperation-tunis",
    type: "COOPERATION_AGREEMENT",
    title: "Kooperationsvereinbarung Köln–Tunis",
    partner: "tunis",
    signedOn: "2009-10-07",
    initialStatus: "ACTIVE",
    source: "stadt-koeln.de (50 Jahre Köln–Tunis)",
    verified: true,
    notes: "Ergänzt die Städtepartnerschaft Köln–Tunis von 1964.",
  },
  {
    key: "mou-beijing",
    type: "MEMORANDUM_OF_UNDERSTANDING",
    title: "Memorandum of Understanding zum 20-jährigen Bestehen der Städtepartnerschaft Köln–Peking",
    partner: "beijing",
    signedOn: "2007",
    initialStatus: "ACTIVE",
    source: "stadt-koeln.de",
    verified: true,
    notes: "Unterzeichnet 2007 zum 20-jährigen Bestehen der Städtepartnerschaft (1987).",
  },
] as const satisfies readonly AgreementSeed[];

export type AgreementKey = (typeof AGREEMENTS)[number]["key"];

// ---------------------------------------------------------------------------------------------------------------
// Cooperation areas of agreements
// ---------------------------------------------------------------------------------------------------------------

export interface AgreementAreaSeed {
  agreement: AgreementKey;
  area: CooperationAreaCode;
  status: AreaLinkStatus;
  notes: string | null;
}

const DISCUSSED_2019 = "Beim Besuch im August 2019 für eine engere Zusammenarbeit besprochen.";

export const AGREEMENT_AREAS = [
  { agreement: "mou-chongqing", area: "ECONOMY", status: "PLANNED", notes: DISCUSSED_2019 },
  { agreement: "mou-chongqing", area: "CULTURE", status: "PLANNED", notes: DISCUSSED_2019 },
  { agreement: "mou-chongqing", area: "SPORT", status: "PLANNED", notes: DISCUSSED_2019 },
  { agreement: "mou-chongqing", area: "ENVIRONMENTAL_TECHNOLOGY", status: "PLANNED", notes: DISCUSSED_2019 },
  { agreement: "mou-chongqing", area: "ELDERLY_CARE", status: "PLANNED", notes: DISCUSSED_2019 },
  // The rail link Chongqing–Köln is the working group's topic (WORKING_GROUPS), not a sixth area of the MoU: the
  // press release names exactly the five areas above.
  { agreement: "climate-corinto", area: "CLIMATE", status: "ACTIVE", notes: null },
  { agreement: "climate-rio", area: "CLIMATE", status: "ACTIVE", notes: null },
  { agreement: "climate-yarinacocha", area: "CLIMATE", status: "ACTIVE", notes: null },
  {
    agreement: "partnership-volgograd",
    area: "CIVIL_SOCIETY",
    status: "ACTIVE",
    notes: "Das zivilgesellschaftliche Projekt für ehemalige Zwangsarbeiter*innen läuft trotz der Aussetzung weiter.",
  },
  // The source files the project for former forced labourers under civil society; no further area is claimed.
  {
    agreement: "partnership-telaviv",
    area: "EDUCATION_YOUTH",
    status: "ACTIVE",
    notes: "Schüleraustausche seit 1960.",
  },
] as const satisfies readonly AgreementAreaSeed[];

// ---------------------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------------------

export interface PersonSeed {
  key: string;
  /** Where the source names only a family name, the name carries the source's title (e.g. "Oberbürgermeister Tang"). */
  name: string;
  /** The function as the source writes it, in the person's grammatical gender (German). */
  role: string;
  /** Null where the source names no organisation. */
  organisation: string | null;
  /** The partner city the person belongs to; absent for the Cologne side. */
  partner?: PartnerKey;
  notes: string | null;
  source: string;
  verified: boolean;
}

export const PEOPLE = [
  {
    key: "reker",
    name: "Henriette Reker",
    role: "Oberbürgermeisterin",
    organisation: "Stadt Köln",
    notes: null,
    source: PRESS_RELEASE_2019,
    verified: true,
  },
  {
    key: "josipovic",
    name: "Michael Josipovic",
    role: "Geschäftsführer",
    organisation: "KölnBusiness Wirtschaftsförderungs-GmbH",
    notes: "Mitglied der Kölner Delegation in Chongqing (August 2019).",
    source: PRESS_RELEASE_2019,
    verified: true,
  },
  {
    key: "zhoumeng",
    name: "Zhou Meng",
    role: "Wirtschaftsbotschafterin und Chinaberaterin",
    // The press release names her function, not the body she holds it for.
    organisation: null,
    notes: "Mitglied der Kölner Delegation in Chongqing (August 2019); die Quelle nennt keine Organisation.",
    source: PRESS_RELEASE_2019,
    verified: true,
  },
  {
    key: "tang",
    name: "Oberbürgermeister Tang",
    role: "Oberbürgermeister",
    organisation: "Stadtregierung Chongqing",
    partner: "chongqing",
    notes: "Die Quelle nennt nur den Familiennamen Tang; der Vorname ist nicht bekannt.",
    source: PRESS_RELEASE_2019,
    verified: true,
  },
  {
    key: "pan",
    name: "Vizebürgermeisterin Pan",
    role: "Vizebürgermeisterin",
    organisation: "Stadtregierung Chongqing",
    partner: "chongqing",
    notes: "Die Quelle nennt nur den Familiennamen Pan; der Vorname ist nicht bekannt.",
    source: PRESS_RELEASE_2019,
    verified: true,
  },
] as const satisfies readonly PersonSeed[];

export type PersonKey = (typeof PEOPLE)[number]["key"];

// ---------------------------------------------------------------------------------------------------------------
// Working groups and milestones
// ---------------------------------------------------------------------------------------------------------------

export interface MilestoneSeed {
  title: string;
  status: MilestoneStatus;
  dueOn: SourceDate | null;
  notes: string | null;
}

export interface WorkingGroupSeed {
  agreement: AgreementKey;
  name: string;
  goal: string;
  status: WorkingGroupStatus;
  /** Leads and members are unknown: the source names none. */
  leadCologne: PersonKey | null;
  leadPartner: PersonKey | null;
  members: readonly { person: PersonKey; role: string | null }[];
  milestones: readonly MilestoneSeed[];
  source: string;
  verified: boolean;
  notes: string | null;
}

export const WORKING_GROUPS = [
  {
    agreement: "mou-chongqing",
    name: "Direkte Bahnverbindung Chongqing–Köln",
    goal:
      "Die Rahmenbedingungen für die Umsetzung einer direkten Bahnverbindung zwischen Chongqing und Köln " +
      "erarbeiten (Seidenstraßen-Initiative).",
    status: "ANNOUNCED",
    leadCologne: null,
    leadPartner: null,
    members: [],
    milestones: [
      {
        title: "Arbeitsgruppe bilden",
        status: "OPEN",
        dueOn: null,
        notes: "2019 als „in Kürze“ angekündigt; ob die Arbeitsgruppe gebildet wurde, ist nicht bestätigt.",
      },
      {
        title: "Rahmenbedingungen für die Umsetzung erarbeiten",
        status: "OPEN",
        dueOn: null,
        notes: null,
      },
    ],
    source: PRESS_RELEASE_2019,
    verified: false,
    notes:
      "Laut Pressemitteilung der Stadt Köln (2019) sollte „in Kürze“ eine Arbeitsgruppe gebildet werden; ob sie " +
      "je gebildet wurde, ist nicht bestätigt. Mitglieder und Leitung sind nicht bekannt. Kontext: Ab Ende April " +
      "2020 verband ein wöchentlicher Containerzug Köln-Niehl mit Chongqing, Xiamen und Xi'an (13–19 Tage; " +
      "thb.info; binnenschifffahrt-online.de, April 2020). Die Güterverbindung Yuxinou Chongqing–Duisburg besteht " +
      "seit dem 19.03.2011 (16 Tage, rund 11.179 km; 2.603 Fahrten im Jahr 2020; ecns.cn, 22.03.2021).",
  },
] as const satisfies readonly WorkingGroupSeed[];

// ---------------------------------------------------------------------------------------------------------------
// Commitments: what an agreement promises, as the source states it. No owner and no date is invented: the sources
// name none, so the records say so ("no deadline set", owner not named).
// ---------------------------------------------------------------------------------------------------------------

export interface CommitmentSeed {
  agreement: AgreementKey;
  title: string;
  /** The wording as the source gives it, and its language. */
  quote: string;
  quoteLanguage: string;
  /** The seeded working group (by name) that is to fulfil it, if any. */
  workingGroup: string | null;
  source: string;
  verified: boolean;
  notes: string | null;
}

const AREA_TO_EXPLORE =
  "Eines der fünf Felder, die beim Besuch im August 2019 für eine engere Zusammenarbeit besprochen wurden; die " +
  "Quelle nennt weder Verantwortliche noch eine Frist.";

/** The areas of the Chongqing MoU, as commitments to explore closer cooperation (the press release's five). */
const MOU_AREAS = [
  ["Wirtschaft", "economy (Wirtschaft)"],
  ["Kultur", "culture (Kultur)"],
  ["Sport", "sport (Sport)"],
  ["Umwelttechnologie", "environmental technology (Umwelt-Technologie)"],
  ["Altenpflege", "elderly care (Altenpflege)"],
] as const;

export const COMMITMENTS: readonly CommitmentSeed[] = [
  {
    agreement: "mou-chongqing",
    title: "Arbeitsgruppe zur direkten Bahnverbindung Chongqing–Köln bilden",
    quote:
      "a working group is to be formed shortly to work out the framework conditions for implementing it " +
      "(a direct rail link Chongqing–Cologne)",
    quoteLanguage: "en",
    workingGroup: "Direkte Bahnverbindung Chongqing–Köln",
    source: PRESS_RELEASE_2019,
    verified: false,
    notes:
      "„In Kürze“ ist keine Frist: keine Frist gesetzt. Ob die Arbeitsgruppe gebildet wurde, ist nicht bestätigt. " +
      "Der Wortlaut ist die englische Wiedergabe der Pressemitteilung im Faktenblatt des Projekts.",
  },
  ...MOU_AREAS.map(([area, wording]) => ({
    agreement: "mou-chongqing" as const,
    title: `Engere Zusammenarbeit im Bereich ${area} ausloten`,
    quote: `Areas discussed for closer cooperation: ${wording}`,
    quoteLanguage: "en",
    workingGroup: null,
    source: PRESS_RELEASE_2019,
    verified: true,
    notes: AREA_TO_EXPLORE,
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------------------------

export interface ActivitySeed {
  type: ActivityType;
  title: string;
  /** Exact to the day (Activity has no precision column). */
  startOn: SourceDate;
  endOn: SourceDate | null;
  place: string | null;
  partner: PartnerKey | null;
  description: string | null;
  outcome: string | null;
  source: string;
  verified: boolean;
  agreements: readonly AgreementKey[];
  areas: readonly CooperationAreaCode[];
  participants: readonly { person: PersonKey; role: string | null }[];
}

// The signing of the Chongqing MoU is recorded as the outcome of the visit, not as an activity of its own: its
// exact day is not confirmed, and an activity needs a start day. The container train of 2020 is only context in
// the working group's notes (its start day is not known either). The council decision of 14 May 2020 is an activity
// (a decision taken at a council meeting), not an agreement: it asked to seek a partner, it made no partnership.
export const ACTIVITIES = [
  {
    type: "VISIT",
    title: "Besuch der Oberbürgermeisterin in Chongqing (2. Smart China Expo)",
    startOn: "2019-08-25",
    endOn: "2019-08-26",
    place: "Chongqing",
    partner: "chongqing",
    description:
      "Oberbürgermeisterin Henriette Reker besuchte Chongqing und nahm an der „2. Smart China Expo 2019“ teil " +
      "(Motto „Smart Technology: Empowering Economy, Enriching Life“; die Expo lief vom 26. bis 29.08.2019 im " +
      "Chongqing International Expo Center). Bei einem Roundtable stellte sie die Stadt Köln und das Projekt " +
      "„Smart City Cologne“ vor. Gespräche mit Oberbürgermeister Tang und Vizebürgermeisterin Pan; für eine engere " +
      "Zusammenarbeit wurden Wirtschaft, Kultur, Sport, Umwelttechnologie und Altenpflege besprochen. Zur Kölner " +
      "Delegation gehörten Michael Josipovic (KölnBusiness) und Zhou Meng (Wirtschaftsbotschafterin und " +
      "Chinaberaterin).",
    outcome:
      `Auf Initiative Chongqings wurde ein „${CHONGQING_MOU_TITLE}“ unterzeichnet (genauer Tag nicht bestätigt). ` +
      "Im Rahmen der Seidenstraßen-Initiative wurde über eine direkte Bahnverbindung Chongqing–Köln gesprochen; " +
      "eine Arbeitsgruppe zur Erarbeitung der Rahmenbedingungen wurde angekündigt.",
    // The expo's dates are from english.www.gov.cn (24.08.2019), everything else from the press release.
    source: `${PRESS_RELEASE_2019}; english.www.gov.cn (24.08.2019)`,
    verified: true,
    agreements: ["mou-chongqing"],
    areas: ["ECONOMY", "CULTURE", "SPORT", "ENVIRONMENTAL_TECHNOLOGY", "ELDERLY_CARE"],
    participants: [
      { person: "reker", role: "Oberbürgermeisterin" },
      { person: "josipovic", role: "Kölner Delegation" },
      { person: "zhoumeng", role: "Kölner Delegation" },
      { person: "tang", role: "Gesprächspartner (Chongqing)" },
      { person: "pan", role: "Gesprächspartnerin (Chongqing)" },
    ],
  },
  {
    // The council's decision of 14 May 2020 named no city; Grand-Bassam was proposed afterwards (the agreement
    // "proposed-grandbassam", unverified). Recorded as the council's meeting, linked to the proposal it led to.
    type: "MEETING",
    title: "Ratsbeschluss: eine Partnerstadt südlich der Sahara suchen",
    startOn: "2020-05-14",
    endOn: null,
    place: "Köln (Rat der Stadt Köln)",
    partner: null,
    description:
      "Der Rat der Stadt Köln beschloss auf Anregung des Integrationsrats, eine neue Städtepartnerschaft mit einer " +
      "Stadt südlich der Sahara zu prüfen, und forderte die Verwaltung auf, dem Rat Vorschläge vorzulegen. Eine " +
      "bestimmte Stadt nennt der Beschluss nicht.",
    outcome:
      "Danach schlug die Liste „Bündnis14 Afrika“ (Integrationsrat) Grand-Bassam (Côte d'Ivoire) vor. Ob daraus " +
      "eine Partnerschaft wurde, ist nicht bestätigt.",
    source: `${GRAND_BASSAM_SOURCE}; spd-longerich.de (Stadtrat bringt Städtepartnerschaft auf den Weg, 14.05.2020)`,
    verified: true,
    agreements: ["proposed-grandbassam"],
    areas: [],
    participants: [],
  },
] as const satisfies readonly ActivitySeed[];
