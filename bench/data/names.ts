// Names for the benchmark data: plausible place names per language (for partners beyond the real cities in
// ./places.ts), the same in the local script where that is not Latin, and people's names.
import type { Random } from "../random";

export type NameLanguage =
  | "de"
  | "fr"
  | "en"
  | "it"
  | "es"
  | "pt"
  | "nl"
  | "pl"
  | "cs"
  | "sk"
  | "hu"
  | "nordic"
  | "fi"
  | "ro"
  | "hr"
  | "lt"
  | "lv"
  | "et"
  | "ru"
  | "uk"
  | "bg"
  | "el"
  | "tr"
  | "he"
  | "ar"
  | "sw"
  | "westafrica"
  | "zh"
  | "ja"
  | "ko"
  | "vi"
  | "hi";

interface PlaceParts {
  /** Glued to the stem when it ends in a letter ("Neu" + "dorf"), else followed by it ("Saint-", "Nowa "). */
  prefixes?: string;
  stems: string;
  /** Glued to the stem, or with a leading space or hyphen. "" keeps the stem alone. */
  suffixes: string;
  /** An optional trailing qualifier ("-sur-Loire", " am See"). */
  qualifiers?: string;
  /** The stems are not names on their own ("Giovanni", "mező"): always put a prefix before them. */
  prefixAlways?: boolean;
}

const split = (text: string | undefined): string[] => (text === undefined ? [] : text.split("|"));

const PLACE_PARTS: Record<NameLanguage, PlaceParts> = {
  de: {
    prefixes: "Bad |Neu|Alt|Ober|Nieder|Groß |Klein|Hohen",
    stems:
      "Linden|Stein|Berg|Wald|Rosen|Eichen|Birken|Buchen|Mühl|Kirch|Hoch|Sonnen|Wolfs|Hirsch|Falken|Tann|Weiden|Erlen|Hasel|Fried|Mar|Oster|Wester|Sulz|Brunn|Kalten|Schön|Grün|Feld|Hain",
    suffixes: "dorf|bach|feld|heim|hausen|burg|au|stadt|berg|brück|hofen|kirchen|ingen|rode|stett|weiler|tal|wald|see",
    qualifiers: " am See| an der Drau| im Mühlkreis| am Rhein| an der Mur| im Thal| am Inn| an der Aare",
  },
  fr: {
    prefixes: "Saint-|Sainte-|La |Le |Les |Villeneuve-|Mont|Fontaine-",
    stems:
      "Beau|Bel|Mont|Ville|Roche|Font|Clair|Cham|Bourg|Val|Castel|Mira|Rose|Vaux|Mar|Ver|Chas|Lan|Cour|Arg|Brie|Cler|Dam|Gré|Martin|Laurent|Germain|Aubin",
    suffixes: "mont|ville|court|fort|lieu|bourg|champ|val|château|mesnil|vaux|ignac|ac|ay|enay|ières|oux|y|an|elle",
    qualifiers:
      "-sur-Loire|-sur-Marne|-sur-Seine|-sur-Mer|-en-Bresse|-les-Bains|-le-Château|-la-Forêt|-en-Provence|-sur-Saône|-du-Lac|-sur-Meuse|-le-Grand|-sur-Vienne|-d'Anjou|-en-Auge|-sur-Garonne",
  },
  en: {
    prefixes: "Great |Little |North |South |East |West |Upper |Lower |New ",
    stems:
      "Ash|Brad|Chester|Dun|Kings|Water|Mill|Stan|Wood|Bright|Chip|Hamp|Mar|Nor|Wel|Whit|Tam|Bur|Sand|Stock|Ather|Ox",
    suffixes: "ford|ton|bury|field|ham|wick|by|mouth|bridge|stead|ley|worth|borough|well|combe|dale|chester|port",
    qualifiers: "-on-Sea|-upon-Avon| Spa|-on-Trent| Regis| Magna",
  },
  it: {
    prefixes: "San |Santa |Monte|Castel|Borgo |Villa |Porto |Rocca",
    stems:
      "Giovanni|Martino|Pietro|Lorenzo|Vito|Bello|Fiore|Rosso|Verde|Alto|Chiaro|Nuovo|Franco|Leone|Marino|Colle|Valle|Serra|Ponte|Torre",
    suffixes: "",
    prefixAlways: true,
    qualifiers:
      " di Sotto| al Mare| in Valle| Marittima| Terme| Ligure| sul Garda| del Piano| d'Adda| Irpino| Calabro| Veneto| Lombardo",
  },
  es: {
    prefixes: "San |Santa |Villa|Puerto |Torre|Castillo de ",
    stems: "Juan|Pedro|Miguel|Rosa|Cruz|Nueva|Alta|Blanca|Real|Hermosa|Fuente|Lago|Valle|Monte|Río|Vega|Peña|Sierra",
    suffixes: "",
    prefixAlways: true,
    qualifiers: " de la Sierra| del Río| de Arriba| del Valle| de los Llanos| de la Frontera| del Mar| de Campos",
  },
  pt: {
    prefixes: "São |Santa |Vila |Porto |Nova |Serra ",
    stems: "João|Pedro|Paulo|Cruz|Rosa|Alegre|Bela|Branca|Grande|Nova|Real|Verde|Fonte|Monte|Vale|Rio|Campo|Lagoa",
    suffixes: "",
    prefixAlways: true,
    qualifiers: " do Sul| de Cima| da Serra| do Norte| das Flores| do Campo| de Minas",
  },
  nl: {
    prefixes: "Oud-|Nieuw-|Sint-|Groot-|Klein-",
    stems: "Oost|West|Noord|Zuid|Hoog|Berg|Zand|Water|Heide|Bloem|Linde|Eik|Mol|Kerk|Bree|Ros|Wester|Dorp|Hout",
    suffixes: "dijk|veen|wijk|hoven|dam|burg|vliet|gem|rode|haven|zele|hout|broek|kerke|loo|beek|meer",
  },
  pl: {
    prefixes: "Nowe |Stare |Nowy |Stary |Wielkie |Małe ",
    stems: "Biał|Zielon|Wol|Gór|Brzez|Dąbr|Kamien|Lip|Brzoz|Grab|Krzyż|Mił|Ostr|Sokoł|Wiśni|Rad|Świer|Lesz|Jawor|Bor",
    suffixes: "ów|owo|ice|no|ec|ka|ówek|in|owice|sko|any|ewo|ina",
    qualifiers: " nad Wisłą| nad Odrą| nad Bugiem| nad Wartą|-Zdrój| Śląskie",
  },
  cs: {
    prefixes: "Nové |Staré |Horní |Dolní |Velké |Malé |Nový |Starý ",
    stems: "Hrad|Brod|Lhot|Krásn|Bělá|Ves|Luž|Bystř|Dub|Jesen|Lip|Ostrov|Pole|Rych|Sedl|Skal|Vys",
    suffixes: "ov|ice|any|ec|ná|ín|ky|ovice|ná Hora",
    qualifiers: " nad Labem| nad Vltavou| u Brna| pod Sněžkou| nad Orlicí| v Čechách",
  },
  sk: {
    prefixes: "Nové |Staré |Horné |Dolné |Veľké |Malé ",
    stems: "Hrad|Brod|Lehot|Krásn|Bystr|Dub|Jasen|Lip|Ostr|Pol|Rybn|Sedl|Skal|Vys|Zlat",
    suffixes: "ov|ice|any|ec|ná|ín|ky|ovce|ná Lehota",
    qualifiers: " nad Váhom| pod Tatrami| nad Hronom| pri Dunaji",
  },
  hu: {
    prefixes: "Kis|Nagy|Szent|Felső|Alsó|Bala|Duna",
    stems: "vár|falu|mező|hegy|kő|tó|szeg|fehér|kút|szil|tölgy|nyír|rét|halom|patak",
    suffixes: "vár|falva|háza|egyháza|füred|szeg|hida|telek|szállás|keresztúr|vásárhely",
    prefixAlways: true,
  },
  nordic: {
    prefixes: "Nord|Sønder|Øster|Vester|Stor|Lille|Ny",
    stems: "Hol|Skov|Tran|Fla|Strand|Ber|Lund|Dal|Fjell|Vik|Sand|Hav|Bro|Mark|Ås|Ros|Eke",
    suffixes: "borg|strand|vik|by|köping|stad|holm|sund|dal|berg|havn|lund|torp|rup|ø|vig",
  },
  fi: {
    stems: "Järven|Kosken|Kuusi|Mänty|Lahden|Salmen|Vuoren|Metsä|Kivi|Rauta|Haapa|Koivu|Pihla|Lumi|Tuuli",
    suffixes: "pää|niemi|lahti|joki|salo|mäki|harju|kylä|lampi|saari|vaara|koski",
  },
  ro: {
    prefixes: "Sat |Valea |Câmpia |Dealul ",
    stems: "Brad|Fânt|Pietr|Mun|Codr|Dumbr|Izvor|Lunc|Poian|Râu|Teiu|Stejar|Târ|Vlad",
    suffixes: "ești|eni|ani|oasa|ița|ului|iș|ăuți|ari",
  },
  hr: {
    prefixes: "Novi |Stari |Veliki |Mali |Gornji |Donji ",
    stems: "Grad|Brod|Bel|Kamen|Lip|Pol|Ravn|Slat|Vrh|Zelen|Dubr|Kras|Bistr",
    suffixes: "ovac|ica|ina|je|ec|ani|ovo|inj|ak",
  },
  lt: {
    stems: "Balt|Ąžuol|Liep|Pušal|Ber|Upyt|Ežer|Kalv|Gir|Šil|Vilk|Jon|Rud|Žal",
    suffixes: "iškiai|ava|ėnai|ynai|inė|onys|ai|iai|upis",
  },
  lv: {
    stems: "Bērz|Liep|Ozol|Priež|Kalns|Ezer|Pur|Vec|Jaun|Līg|Saul|Meža|Zaļ|Skr",
    suffixes: "ciems|pils|muiža|kalns|ieva|zeme|ava|ene|ēni",
  },
  et: {
    stems: "Kase|Männi|Järve|Kivi|Mõisa|Metsa|Raba|Vana|Uue|Põld|Saare|Lepa|Kuuse",
    suffixes: "küla|vere|maa|järve|küla|pää|mõisa|oja|linn|nõmme",
  },
  ru: {
    prefixes: "Novo|Staro|Verkhne|Nizhne|Bolshe|Maloye ",
    stems: "kras|bel|zelen|ozer|rech|gor|sosn|berez|dub|lip|kamen|svet|vol|zar|yas",
    suffixes: "grad|gorsk|dar|pol|ovka|yevo|sk|ino|ovo|ensk|ovsk|ichi|itsy",
  },
  uk: {
    prefixes: "Novo|Staro|Verkhnio|Nyzhnio|Velyka |Mala ",
    stems: "kras|bil|zelen|ozer|rich|hor|sosn|berez|dub|lyp|kamian|svit|vol|zor|yas",
    suffixes: "hrad|horodok|pil|ivka|ove|sk|yne|ivtsi|yntsi|yshche|ychi",
  },
  bg: {
    prefixes: "Novo |Staro |Gorno |Dolno |Golyamo |Malko ",
    stems: "Kras|Bel|Zelen|Ezer|Rech|Gor|Bor|Dub|Lip|Kamen|Svet|Vel|Zar|Yas|Stan",
    suffixes: "ovo|evo|ets|ica|ino|grad|lak|ishte|ane",
  },
  el: {
    prefixes: "Agios |Agia |Neo |Palaio |Ano |Kato ",
    stems: "Kal|Lef|Mar|Pyrg|Chrys|Kastr|Limn|Myl|Plat|Nik|Ther|Kor|Petr|Spart|Kyp",
    suffixes: "ochori|oupoli|itsa|aki|ia|os|o|eika|ades|ani",
  },
  tr: {
    prefixes: "Yeni|Eski|Kara|Ak|Kızıl|Büyük|Küçük",
    stems: "göl|köy|dere|tepe|ova|pınar|kaya|su|yurt|bağ|çam|elma|kavak|taş|bahçe",
    suffixes: "köy|kent|hisar|ova|pınar|şehir|yazı|dere|ören|lı|ca",
    prefixAlways: true,
  },
  he: {
    prefixes: "Kiryat |Ramat |Givat |Kfar |Neve |Beit ",
    stems: "Tal|Gan|Or|Shalom|Zion|Yam|Hadar|Eden|Oren|Ella|Ariel|Tamar|Elad|Shoham|Yarden",
    suffixes: "",
    prefixAlways: true,
  },
  ar: {
    prefixes: "Sidi |Ain |Bir |Oued |Ksar |Beni |Dar |Ras ",
    stems: "Salah|Amir|Hamid|Nour|Zitoun|Jebel|Khadra|Bahr|Rahma|Saada|Malek|Hassan|Fadl|Sabra",
    suffixes: "|||a|i|ia|ine",
    prefixAlways: true,
  },
  sw: {
    prefixes: "Ki|Mbe|Nya|Ma|Bu|Mto |Usa",
    stems: "laka|nga|ruka|mba|wanda|konde|sanga|mbo|gamba|tete|lindi|zuri|bari|kola|mawe",
    suffixes: "|||ni|ra|ya|we",
    prefixAlways: true,
  },
  westafrica: {
    prefixes: "Kou|Ba|Dia|Sa|Tan|Zo|Ga",
    stems: "gou|ko|mba|dou|rin|lé|sso|fara|kan|bou|ré|guéla",
    suffixes: "|||ga|ma|dougou|bougou|so|ré",
    prefixAlways: true,
  },
  zh: {
    stems: "Zhang|Jia|Shan|He|Lin|An|Hua|Jin|Long|Ping|Qing|Ning|Feng|Tai|Xin|Yong|Wen|Bao|Heng",
    suffixes: "zhou|yang|an|ning|cheng|shan|jiang|kou|de|xing|ping|hai|yuan",
  },
  ja: {
    stems: "Yama|Kawa|Naka|Kita|Taka|Hiro|Oka|Fuji|Matsu|Ishi|Shima|Nishi|Higashi|Tsuru|Sakura",
    suffixes: "moto|shima|mura|saki|hara|zawa|yama|kawa|ta|no|oka|da",
  },
  ko: {
    stems: "Gwang|Cheon|Dae|Seong|Han|Yeong|Gyeong|Jin|Mun|Bu|Hwa|Su|An|Gim|Nam",
    suffixes: "ju|san|won|cheon|yang|do|dong|pyeong|seong",
  },
  vi: {
    stems: "Tân|Phú|Bình|Long|An|Hòa|Thạnh|Vĩnh|Đức|Quảng|Hưng|Thái|Xuân",
    suffixes: " An| Bình| Hòa| Long| Phú| Thành| Yên| Điền",
  },
  hi: {
    stems: "Ram|Shiv|Chandra|Hari|Raj|Dev|Sur|Ganga|Indra|Lakshmi|Krishna|Vishnu|Sita|Gopal",
    suffixes: "pur|nagar|abad|garh|ganj|puram|kot|pura|palli",
  },
};

const COMPILED = Object.fromEntries(
  Object.entries(PLACE_PARTS).map(([language, parts]) => [
    language,
    {
      prefixes: split(parts.prefixes),
      stems: split(parts.stems),
      suffixes: split(parts.suffixes),
      qualifiers: split(parts.qualifiers),
      prefixAlways: parts.prefixAlways ?? false,
    },
  ]),
) as Record<
  NameLanguage,
  { prefixes: string[]; stems: string[]; suffixes: string[]; qualifiers: string[]; prefixAlways: boolean }
>;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A plausible place name in Latin letters for a language. */
export function placeName(random: Random, language: NameLanguage): string {
  const parts = COMPILED[language];
  let name = capitalise(random.pick(parts.stems)) + random.pick(parts.suffixes);
  if (parts.prefixes.length && (parts.prefixAlways || random.chance(0.25))) {
    const prefix = random.pick(parts.prefixes);
    name = /[\s-]$/.test(prefix) ? prefix + name : prefix + name.charAt(0).toLowerCase() + name.slice(1);
  }
  if (parts.qualifiers.length && random.chance(0.2)) name += random.pick(parts.qualifiers);
  // French and Italian articles elide before a vowel: "L'Aubinfort", not "La Aubinfort".
  return name.replace(/^(La|Le) (?=[AEIOUÉÈaeiou])/, "L'");
}

// Latin → local script, for the synthetic names of countries that do not write in Latin letters.
const CYRILLIC_RU: [string, string][] = [
  ["shch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["yu", "ю"],
  ["ya", "я"],
  ["ye", "е"],
  ["yo", "ё"],
  ["a", "а"],
  ["b", "б"],
  ["v", "в"],
  ["g", "г"],
  ["d", "д"],
  ["e", "е"],
  ["z", "з"],
  ["c", "ц"],
  ["i", "и"],
  ["y", "ы"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["f", "ф"],
  ["h", "х"],
];
const CYRILLIC_UK: [string, string][] = [
  ["yi", "ї"],
  ["ye", "є"],
  ["y", "и"],
  ["i", "і"],
  ["h", "г"],
  ["g", "ґ"],
  ...CYRILLIC_RU.filter(([latin]) => !["y", "i", "h", "g", "ye"].includes(latin)),
];
const CYRILLIC_BG: [string, string][] = [["y", "й"], ...CYRILLIC_RU.filter(([latin]) => latin !== "y")];
/** Longest Latin sequence first, so that "ya" wins over "y". */
const longestFirst = (table: [string, string][]) => [...table].sort((a, b) => b[0].length - a[0].length);
const SCRIPTS = {
  ru: longestFirst(CYRILLIC_RU),
  uk: longestFirst(CYRILLIC_UK),
  bg: longestFirst(CYRILLIC_BG),
};
const GREEK: [string, string][] = longestFirst([
  ["th", "θ"],
  ["ch", "χ"],
  ["ps", "ψ"],
  ["ou", "ου"],
  ["a", "α"],
  ["b", "μπ"],
  ["v", "β"],
  ["g", "γ"],
  ["d", "δ"],
  ["e", "ε"],
  ["z", "ζ"],
  ["i", "ι"],
  ["k", "κ"],
  ["l", "λ"],
  ["m", "μ"],
  ["n", "ν"],
  ["x", "ξ"],
  ["o", "ο"],
  ["p", "π"],
  ["r", "ρ"],
  ["s", "σ"],
  ["t", "τ"],
  ["y", "υ"],
  ["f", "φ"],
]);

function transliterate(text: string, table: [string, string][]): string {
  let out = "";
  const lower = text.toLowerCase();
  let i = 0;
  let wordStart = true;
  while (i < lower.length) {
    const found = table.find(([latin]) => lower.startsWith(latin, i));
    if (found) {
      out += wordStart ? found[1].toUpperCase() : found[1];
      i += found[0].length;
      wordStart = false;
    } else {
      const c = text.charAt(i);
      out += c;
      i += 1;
      wordStart = c === " " || c === "-";
    }
  }
  return table === GREEK ? out.replace(/σ(?=$|[\s-])/g, "ς") : out;
}

/** The name in the country's own script, or null where a synthetic name has none we can derive. */
export function localScriptName(latin: string, language: NameLanguage): string | null {
  switch (language) {
    case "ru":
    case "uk":
    case "bg":
      return transliterate(latin, SCRIPTS[language]);
    case "el":
      return transliterate(latin, GREEK);
    case "zh":
    case "ja":
    case "ko":
    case "hi":
    case "he":
    case "ar":
      return null;
    default:
      return latin;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------------------

interface PersonNames {
  given: string[];
  family: string[];
  familyFirst?: boolean;
}

const people = (given: string, family: string, familyFirst = false): PersonNames => ({
  given: split(given),
  family: split(family),
  familyFirst,
});

const PERSON_NAMES: Record<NameLanguage, PersonNames> = {
  de: people(
    "Anna|Lena|Julia|Sarah|Laura|Katharina|Maria|Sabine|Petra|Claudia|Monika|Ursula|Andrea|Birgit|Stefanie|Nicole|Christina|Sophie|Hannah|Lea|Thomas|Michael|Andreas|Stefan|Peter|Frank|Jürgen|Klaus|Markus|Christian|Martin|Wolfgang|Jan|Tobias|Sebastian|Matthias|Daniel|Alexander|Florian|Lukas|Jonas|Felix|Ahmet|Elif|Natalia|Marco",
    "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Schmitz|Krause|Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann|König|Walter|Huber|Kaiser|Fuchs|Peters|Scholz|Möller|Weiß|Jung|Hahn|Yılmaz|Nowak|Kowalski",
  ),
  fr: people(
    "Marie|Camille|Léa|Manon|Chloé|Élodie|Nathalie|Isabelle|Sophie|Claire|Jean|Pierre|Michel|Philippe|Nicolas|Julien|Thomas|Antoine|Laurent|François",
    "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Mercier|Blanc",
  ),
  en: people(
    "Emma|Olivia|Sophie|Charlotte|Emily|Sarah|Rachel|Helen|Margaret|Claire|James|John|David|Michael|Robert|William|Richard|Thomas|Christopher|Daniel",
    "Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Robinson|Thompson|Wright|Walker|White|Edwards|Hughes|Green|Hall|Murphy|Kelly|O'Brien",
  ),
  it: people(
    "Giulia|Francesca|Chiara|Sara|Martina|Valentina|Alessandra|Elena|Laura|Paola|Marco|Giuseppe|Giovanni|Antonio|Francesco|Luca|Alessandro|Andrea|Stefano|Roberto",
    "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti",
  ),
  es: people(
    "María|Carmen|Ana|Laura|Lucía|Isabel|Marta|Elena|Sofía|Paula|José|Antonio|Manuel|Francisco|Juan|David|Javier|Carlos|Miguel|Pedro",
    "García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Álvarez|Romero|Torres|Flores|Castillo",
  ),
  pt: people(
    "Maria|Ana|Beatriz|Mariana|Inês|Juliana|Fernanda|João|José|Pedro|Paulo|Luís|Rafael|Tiago",
    "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Souza|Almeida|Carvalho|Ribeiro",
  ),
  nl: people(
    "Emma|Sanne|Lotte|Anouk|Femke|Eva|Fleur|Daan|Sem|Lucas|Jan|Pieter|Bram|Thijs|Joris",
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|Dekker|Vermeulen|Peeters",
  ),
  pl: people(
    "Anna|Maria|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|Zofia|Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Marcin|Michał|Jakub|Grzegorz|Łukasz",
    "Nowak|Kowalczyk|Wójcik|Mazur|Krawczyk|Kaczmarek|Zając|Król|Wieczorek|Wróbel|Stępień|Dudek|Pawlak|Walczak|Sikora|Baran|Michalak|Szewczyk",
  ),
  cs: people(
    "Jana|Eva|Hana|Lucie|Petra|Tereza|Jan|Petr|Pavel|Tomáš|Martin|Jiří|Lukáš",
    "Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Marek|Pokorný",
  ),
  sk: people(
    "Zuzana|Jana|Mária|Katarína|Lucia|Peter|Marek|Martin|Michal|Ján|Tomáš",
    "Horváth|Kováč|Varga|Tóth|Nagy|Baláž|Szabó|Molnár|Lukáč|Kráľ",
  ),
  hu: people(
    "Anna|Katalin|Eszter|Zsófia|Réka|Éva|Judit|László|István|József|Zoltán|Gábor|Péter|Balázs|Attila",
    "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász",
  ),
  nordic: people(
    "Anna|Emma|Ingrid|Kristin|Sofia|Maja|Freja|Elin|Lars|Anders|Erik|Johan|Mikael|Nils|Henrik|Jens|Søren",
    "Hansen|Johansen|Nielsen|Jensen|Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsen|Pedersen|Berg|Lindqvist",
  ),
  fi: people(
    "Aino|Helmi|Sanna|Tiina|Maria|Mikko|Juha|Matti|Jari|Timo|Antti|Ville",
    "Virtanen|Korhonen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Lahtinen",
  ),
  ro: people(
    "Ioana|Elena|Maria|Andreea|Ana|Andrei|Mihai|Alexandru|Ion|Gabriel|Radu",
    "Popescu|Ionescu|Popa|Pop|Radu|Dumitru|Stan|Stoica|Gheorghe|Matei",
  ),
  hr: people(
    "Ana|Maja|Nina|Ivana|Petra|Marko|Luka|Ivan|Tomislav|Matej|Janez",
    "Novak|Horvat|Kovačević|Babić|Marić|Krajnc|Zupan|Kovač|Jurić|Knežević",
  ),
  lt: people("Rūta|Jurgita|Asta|Tomas|Mindaugas|Darius", "Kazlauskas|Jankauskas|Petrauskas|Stankevičius|Vasiliauskas"),
  lv: people("Līga|Inese|Ilze|Jānis|Andris|Māris", "Bērziņš|Kalniņš|Ozoliņš|Jansons|Liepiņš"),
  et: people("Kadri|Triin|Kristi|Andres|Margus|Tarmo", "Tamm|Saar|Sepp|Mägi|Kask|Kukk"),
  ru: people(
    "Natalia|Elena|Svetlana|Olga|Tatiana|Anna|Irina|Sergei|Alexei|Dmitri|Andrei|Ivan|Nikolai|Mikhail",
    "Ivanov|Petrov|Smirnov|Kuznetsov|Popov|Sokolov|Lebedev|Novikov|Morozov|Volkov|Pavlov|Semyonov",
  ),
  uk: people(
    "Olena|Nataliia|Iryna|Oksana|Tetiana|Yuliia|Andrii|Oleksandr|Serhii|Dmytro|Volodymyr|Mykola|Yurii",
    "Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boiko|Oliinyk|Lysenko|Marchenko",
  ),
  bg: people(
    "Maria|Ivanka|Elena|Desislava|Georgi|Ivan|Dimitar|Nikolai|Petar",
    "Ivanov|Georgiev|Dimitrov|Petrov|Nikolov|Stoyanov|Todorov",
  ),
  el: people(
    "Maria|Eleni|Aikaterini|Vasiliki|Sofia|Georgios|Ioannis|Konstantinos|Dimitrios|Nikolaos",
    "Papadopoulos|Papadakis|Georgiou|Nikolaidis|Ioannou|Vlachos|Oikonomou|Makris",
  ),
  tr: people(
    "Ayşe|Fatma|Emine|Zeynep|Elif|Merve|Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|Murat|Emre",
    "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan",
  ),
  he: people(
    "Noa|Tamar|Yael|Shira|Michal|David|Yosef|Daniel|Avraham|Moshe",
    "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Katz|Shapiro|Goldberg",
  ),
  ar: people(
    "Fatima|Amina|Leila|Salma|Nour|Mohamed|Ahmed|Youssef|Karim|Omar|Sami",
    "Ben Ali|Trabelsi|Haddad|Khalil|Mansour|Nasser|Saleh|Hamdan|El Amrani|Bennani",
  ),
  sw: people(
    "Amina|Grace|Esther|Neema|Akosua|Ama|Thandiwe|Joseph|John|Emmanuel|Kwame|Kofi|Juma|Baraka|Sipho",
    "Mwangi|Mensah|Boateng|Owusu|Nkosi|Dlamini|Mushi|Kimaro|Mollel|Uwimana|Habimana|Shikongo|Nambala",
  ),
  westafrica: people(
    "Aminata|Fatou|Mariam|Awa|Salimata|Ibrahim|Issouf|Moussa|Boureima|Adama|Koffi",
    "Ouédraogo|Sawadogo|Traoré|Compaoré|Kaboré|Zongo|Kouassi|Koné|Diallo|Hounkpatin|Adjovi",
  ),
  zh: people(
    "Wei|Fang|Min|Jing|Lei|Jun|Yan|Hui|Qiang|Xiu|Ying|Tao",
    "Wang|Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun",
    true,
  ),
  ja: people(
    "Haruto|Yuki|Hiroshi|Kenji|Akiko|Yumiko|Naoko|Takeshi|Sakura|Aiko",
    "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato",
  ),
  ko: people("Min-jun|Seo-yeon|Ji-ho|Ha-eun|Jae-won|Soo-jin", "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon", true),
  vi: people("Văn An|Thị Lan|Minh Tuấn|Thu Hà|Quốc Bảo|Thị Mai", "Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ", true),
  hi: people(
    "Priya|Anjali|Sunita|Kavita|Neha|Rajesh|Amit|Suresh|Ramesh|Vikram|Arjun",
    "Sharma|Patel|Singh|Kumar|Gupta|Iyer|Nair|Reddy|Rao|Joshi",
  ),
};

export interface PersonName {
  given: string;
  family: string;
  full: string;
}

export function personName(random: Random, language: NameLanguage): PersonName {
  const names = PERSON_NAMES[language];
  const given = random.pick(names.given);
  const family = random.pick(names.family);
  return { given, family, full: names.familyFirst ? `${family} ${given}` : `${given} ${family}` };
}

/** Lower-case ASCII for e-mail addresses and web addresses: "Mönchengladbach" → "moenchengladbach". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/[łø]/g, (c) => (c === "ł" ? "l" : "o"))
    .replace(/đ/g, "d")
    .replace(/ı/g, "i")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
