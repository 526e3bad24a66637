// Places for the benchmark data: the countries German municipalities partner with (weighted roughly like the German
// section of the CEMR's list of partnerships), real cities in each, and German municipalities for the German side.
// City entries: "Latin name[;German name[;English name]][#name in the local script]" — an empty German or English
// name means the Latin one; without "#…" the Latin name is also the local one.
import type { Continent } from "../../server/domain/enums";
import type { NameLanguage } from "./names";

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  continent: Continent;
  /** Relative share of partners in this country. */
  weight: number;
  /** Rough centre and spread (degrees) for coordinates. */
  lat: number;
  lon: number;
  spread: number;
  /** Earliest year a partnership with a municipality there is plausible. */
  since: number;
  tld: string;
  language: NameLanguage;
  cities: string;
}

export const COUNTRIES: readonly Country[] = [
  {
    code: "FR",
    continent: "EUROPE",
    weight: 2200,
    lat: 46.6,
    lon: 2.4,
    spread: 3.5,
    since: 1950,
    tld: "fr",
    language: "fr",
    cities:
      "Lyon|Marseille|Toulouse|Nantes|Rennes|Orléans|Tours|Dijon|Besançon|Reims|Metz|Nancy|Strasbourg;Straßburg|Mulhouse;Mülhausen|Colmar|Grenoble|Clermont-Ferrand|Limoges|Poitiers|Angers|Le Mans|Caen|Rouen|Amiens|Lille|Arras|Dunkerque;Dünkirchen;Dunkirk|Brest|Lorient|Vannes|Quimper|La Rochelle|Bordeaux|Pau|Montpellier|Nîmes|Avignon|Perpignan|Troyes|Chartres|Bourges|Nevers|Auxerre|Mâcon|Chalon-sur-Saône|Annecy|Chambéry|Valence|Saint-Étienne|Roanne|Vichy|Montluçon|Périgueux|Angoulême|Cognac|Saintes|Niort|Cholet|Laval|Saint-Malo|Alençon|Évreux|Beauvais|Compiègne|Soissons|Laon|Saint-Quentin|Charleville-Mézières|Épinal|Thionville|Sarreguemines;Saargemünd|Haguenau;Hagenau|Sélestat;Schlettstadt|Vienne|Bourg-en-Bresse|Blois|Vendôme|Châteauroux|Dole|Lons-le-Saunier|Belfort|Montbéliard|Lunéville|Verdun|Bar-le-Duc|Sedan|Douai|Cambrai|Valenciennes|Calais|Boulogne-sur-Mer|Le Havre|Dieppe|Cherbourg-en-Cotentin|Saint-Brieuc|Lannion|Morlaix|Albi|Castres|Rodez|Cahors|Agen|Montauban|Tarbes|Bayonne|Biarritz|Dax|Arcachon|Carcassonne|Narbonne|Béziers|Sète|Arles|Aix-en-Provence|Toulon|Cannes|Antibes|Nice;Nizza|Menton|Gap|Briançon",
  },
  {
    code: "PL",
    continent: "EUROPE",
    weight: 650,
    lat: 52,
    lon: 19.4,
    spread: 2.5,
    since: 1972,
    tld: "pl",
    language: "pl",
    cities:
      "Warszawa;Warschau;Warsaw|Kraków;Krakau;Krakow|Wrocław;Breslau;Wroclaw|Poznań;Posen;Poznan|Gdańsk;Danzig;Gdansk|Łódź;Lodz;Lodz|Lublin|Katowice;Kattowitz|Szczecin;Stettin|Bydgoszcz;Bromberg|Toruń;Thorn;Torun|Olsztyn;Allenstein|Białystok|Rzeszów|Opole;Oppeln|Zielona Góra;Grünberg|Gorzów Wielkopolski;Landsberg an der Warthe|Kielce|Częstochowa;Tschenstochau|Gliwice;Gleiwitz|Zabrze;Hindenburg|Bielsko-Biała|Legnica;Liegnitz|Jelenia Góra;Hirschberg|Wałbrzych;Waldenburg|Słupsk;Stolp|Koszalin;Köslin|Elbląg;Elbing|Płock|Kalisz|Leszno;Lissa|Gniezno;Gnesen|Tarnów|Nowy Sącz|Zakopane|Przemyśl|Zamość|Siedlce|Radom|Piła;Schneidemühl|Świnoujście;Swinemünde|Kołobrzeg;Kolberg|Głogów;Glogau|Racibórz;Ratibor|Nysa;Neisse|Kłodzko;Glatz|Bolesławiec;Bunzlau|Lubin|Sopot;Zoppot|Gdynia;Gdingen|Malbork;Marienburg|Kętrzyn|Giżycko|Ełk|Suwałki|Łomża|Ostrołęka|Chełm|Sandomierz|Kazimierz Dolny|Wieliczka|Oświęcim|Chorzów|Bytom;Beuthen|Tychy|Rybnik|Jastrzębie-Zdrój|Żary;Sorau|Żagań;Sagan|Zgorzelec|Słubice|Kostrzyn nad Odrą|Chojnice|Kwidzyn|Iława|Ostróda|Mrągowo|Szczytno|Pisz",
  },
  {
    code: "GB",
    continent: "EUROPE",
    weight: 480,
    lat: 53,
    lon: -1.8,
    spread: 2.5,
    since: 1947,
    tld: "gov.uk",
    language: "en",
    cities:
      "Birmingham|Leeds|Bristol|Sheffield|Nottingham|Leicester|Coventry|Oxford|Cambridge|York|Bath|Exeter|Plymouth|Southampton|Portsmouth|Brighton and Hove|Reading|Norwich|Ipswich|Colchester|Chelmsford|Lincoln|Derby|Stoke-on-Trent|Chester|Lancaster|Preston|Newcastle upon Tyne|Sunderland|Durham|Carlisle|Edinburgh|Glasgow|Aberdeen|Dundee|Inverness|Stirling|Perth|Cardiff|Swansea|Newport|Wrexham|Belfast|Worcester|Gloucester|Cheltenham|Hereford|Shrewsbury|Canterbury|Dover|Maidstone|Guildford|Winchester|Salisbury|Swindon|Milton Keynes|Luton|Bedford|Peterborough|Kingston upon Hull|Doncaster|Wakefield|Bradford|Huddersfield|Halifax|Blackburn|Bolton|Wigan|Warrington|Stockport|Macclesfield|Harrogate|Scarborough|Whitby|Kendal|Keswick|Penrith|Darlington|Middlesbrough|Stockton-on-Tees|Hartlepool|Barnsley|Rotherham|Chesterfield|Mansfield|Loughborough|Rugby|Nuneaton|Solihull|Redditch|Kidderminster|Stafford|Lichfield|Tamworth|Telford|Crewe|Northwich|Basingstoke|Andover|Newbury|Windsor|Maidenhead|Slough|High Wycombe|Aylesbury|St Albans|Watford|Hemel Hempstead|Stevenage|Hitchin|Harlow|Southend-on-Sea|Tunbridge Wells|Sevenoaks|Ashford|Folkestone|Hastings|Eastbourne|Lewes|Chichester|Worthing|Crawley|Horsham|Weymouth|Dorchester|Poole|Bournemouth|Taunton|Yeovil|Barnstaple|Truro|Falmouth|Penzance",
  },
  {
    code: "IT",
    continent: "EUROPE",
    weight: 450,
    lat: 42.8,
    lon: 12.5,
    spread: 3,
    since: 1955,
    tld: "it",
    language: "it",
    cities:
      "Roma;Rom;Rome|Milano;Mailand;Milan|Napoli;Neapel;Naples|Torino;Turin;Turin|Firenze;Florenz;Florence|Venezia;Venedig;Venice|Genova;Genua;Genoa|Bologna|Verona|Padova;Padua;Padua|Trieste;Triest|Trento;Trient|Bolzano;Bozen|Brescia|Bergamo|Como|Pavia|Parma|Modena|Reggio Emilia|Ferrara|Ravenna|Rimini|Pesaro|Ancona|Perugia|Assisi|Siena|Pisa|Lucca|Livorno|Arezzo|Viterbo|Latina|Pescara|L'Aquila|Bari|Lecce|Taranto|Potenza|Cosenza|Catania|Palermo|Messina|Siracusa;Syrakus;Syracuse|Cagliari|Sassari|Udine|Treviso|Vicenza|Rovigo|Cremona|Mantova;Mantua;Mantua|Lodi|Novara|Asti|Alba|Cuneo|Aosta|La Spezia|Savona|Sanremo|Merano;Meran|Bressanone;Brixen|Brunico;Bruneck|Rovereto|Riva del Garda|Belluno|Pordenone|Gorizia;Görz|Monfalcone|Chioggia|Bassano del Grappa|Schio|Varese|Lecco|Sondrio|Biella|Vercelli|Alessandria|Imperia|Piacenza|Forlì|Cesena|Faenza|Imola|Urbino|Macerata|Fermo|Ascoli Piceno|Teramo|Chieti|Campobasso|Benevento|Avellino|Salerno|Caserta|Matera|Foggia|Brindisi|Agrigento|Trapani|Marsala|Ragusa|Nuoro|Oristano|Olbia|Orvieto|Spoleto|Terni|Rieti|Frosinone",
  },
  {
    code: "AT",
    continent: "EUROPE",
    weight: 240,
    lat: 47.6,
    lon: 14.1,
    spread: 1.3,
    since: 1950,
    tld: "gv.at",
    language: "de",
    cities:
      "Wien;;Vienna|Graz|Linz|Salzburg|Innsbruck|Klagenfurt am Wörthersee|Villach|Wels|St. Pölten|Dornbirn|Steyr|Wiener Neustadt|Feldkirch|Bregenz|Leoben|Krems an der Donau|Baden|Wolfsberg|Leonding|Traun|Amstetten|Kapfenberg|Hallein|Kufstein|Lienz|Spittal an der Drau|Bad Ischl|Gmunden|Braunau am Inn|Schärding|Mödling|Tulln an der Donau|Eisenstadt|Neusiedl am See|Oberwart|Bruck an der Mur|Judenburg|Knittelfeld|Voitsberg|Weiz|Gleisdorf|Feldbach|Deutschlandsberg|Leibnitz|Hartberg|Zell am See|Saalfelden|Bischofshofen|St. Johann im Pongau|Kitzbühel|Wörgl|Schwaz|Hall in Tirol|Telfs|Imst|Landeck|Bludenz|Hohenems|Lustenau|Ried im Innkreis|Vöcklabruck|Freistadt|Perg|Enns|Melk|Zwettl|Horn|Hollabrunn|Mistelbach|Korneuburg|Stockerau|Waidhofen an der Ybbs",
  },
  {
    code: "HU",
    continent: "EUROPE",
    weight: 240,
    lat: 47.1,
    lon: 19.4,
    spread: 1.2,
    since: 1980,
    tld: "hu",
    language: "hu",
    cities:
      "Budapest|Debrecen|Szeged|Miskolc|Pécs;Fünfkirchen|Győr;Raab|Nyíregyháza|Kecskemét|Székesfehérvár;Stuhlweißenburg|Szombathely;Steinamanger|Szolnok|Tatabánya|Kaposvár|Érd|Veszprém;Wesprim|Békéscsaba|Zalaegerszeg|Sopron;Ödenburg|Eger;Erlau|Nagykanizsa|Dunaújváros|Hódmezővásárhely|Szekszárd|Baja|Gödöllő|Pápa|Keszthely|Mosonmagyaróvár;Wieselburg-Ungarisch-Altenburg|Esztergom;Gran|Vác;Waitzen|Szentendre|Gyula|Makó|Jászberény|Cegléd|Kőszeg;Güns|Mohács|Siófok|Balatonfüred|Tata|Komárom|Ajka|Várpalota|Paks|Kalocsa|Hatvan|Gyöngyös|Salgótarján|Ózd|Kazincbarcika|Sárospatak|Tokaj|Hajdúszoboszló|Berettyóújfalu|Orosháza|Szarvas|Kiskunfélegyháza|Kiskunhalas|Bonyhád|Dombóvár|Tamási|Pécsvárad|Zirc|Budaörs|Dunakeszi|Szigetszentmiklós",
  },
  {
    code: "CZ",
    continent: "EUROPE",
    weight: 220,
    lat: 49.8,
    lon: 15.5,
    spread: 1.2,
    since: 1985,
    tld: "cz",
    language: "cs",
    cities:
      "Praha;Prag;Prague|Brno;Brünn|Ostrava|Plzeň;Pilsen;Pilsen|Liberec;Reichenberg|Olomouc;Olmütz|České Budějovice;Budweis|Hradec Králové;Königgrätz|Ústí nad Labem;Aussig|Pardubice|Zlín|Havířov|Kladno|Most;Brüx|Opava;Troppau|Frýdek-Místek|Karviná|Jihlava;Iglau|Teplice;Teplitz|Děčín;Tetschen|Karlovy Vary;Karlsbad|Chomutov;Komotau|Jablonec nad Nisou;Gablonz an der Neiße|Mladá Boleslav;Jungbunzlau|Prostějov|Přerov|Třebíč|Cheb;Eger|Tábor|Znojmo;Znaim|Kutná Hora;Kuttenberg|Písek|Domažlice;Taus|Klatovy;Klattau|Český Krumlov;Krumau|Mariánské Lázně;Marienbad|Františkovy Lázně;Franzensbad|Aš;Asch|Sokolov|Jindřichův Hradec|Třeboň|Strakonice|Prachatice|Sušice|Rokycany|Beroun|Kolín|Nymburk|Mělník|Litoměřice;Leitmeritz|Žatec;Saaz|Louny|Varnsdorf|Rumburk|Trutnov;Trautenau|Náchod|Jičín|Turnov|Semily|Vrchlabí|Šumperk|Jeseník|Krnov;Jägerndorf|Nový Jičín|Kroměříž|Uherské Hradiště|Hodonín|Břeclav|Mikulov;Nikolsburg|Telč|Žďár nad Sázavou|Havlíčkův Brod|Chrudim|Litomyšl|Svitavy",
  },
  {
    code: "NL",
    continent: "EUROPE",
    weight: 150,
    lat: 52.2,
    lon: 5.5,
    spread: 0.8,
    since: 1950,
    tld: "nl",
    language: "nl",
    cities:
      "Amsterdam|Rotterdam|Den Haag;;The Hague|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen;;Nijmegen|Apeldoorn|Arnhem|Haarlem|Enschede|Amersfoort|Zaanstad|'s-Hertogenbosch|Zwolle|Leiden|Maastricht|Dordrecht|Ede|Alphen aan den Rijn|Leeuwarden|Alkmaar|Emmen|Delft|Deventer|Venlo|Helmond|Hengelo|Oss|Roermond|Sittard-Geleen|Heerlen|Kerkrade|Doetinchem|Winterswijk|Gouda|Middelburg|Vlissingen|Goes|Terneuzen|Bergen op Zoom|Roosendaal|Weert|Venray|Gennep|Zutphen|Harderwijk|Kampen|Meppel|Assen|Hoogeveen|Coevorden|Almelo|Oldenzaal|Hardenberg|Sneek|Heerenveen|Drachten|Den Helder|Hoorn|Enkhuizen|Purmerend|Hilversum|Zeist|Veenendaal|Wageningen|Tiel|Culemborg|Gorinchem|Schiedam|Vlaardingen|Zoetermeer|Katwijk|Noordwijk",
  },
  {
    code: "BE",
    continent: "EUROPE",
    weight: 120,
    lat: 50.6,
    lon: 4.6,
    spread: 0.6,
    since: 1950,
    tld: "be",
    language: "nl",
    cities:
      "Bruxelles;Brüssel;Brussels|Antwerpen;;Antwerp|Gent;;Ghent|Charleroi|Liège;Lüttich;Liège|Brugge;Brügge;Bruges|Namur;Namür|Leuven;Löwen;Leuven|Mons;Bergen;Mons|Mechelen;Mecheln|Aalst|Hasselt|Kortrijk|Oostende;Ostende;Ostend|Tournai|Genk|Seraing|Roeselare|Verviers|Eupen|Sint-Niklaas|Arlon;Arel|Wavre|Ieper;Ypern;Ypres|Sankt Vith|Malmedy|Spa|Bastogne|Dinant|Huy|Nivelles|Waterloo|Turnhout|Geel|Lier|Mol|Tienen|Tongeren|Sint-Truiden|Diest|Ronse|Oudenaarde|Dendermonde|Lokeren|Knokke-Heist|Blankenberge|De Panne|Poperinge|Waregem|Izegem|Lommel|Maasmechelen|Bilzen|Herentals",
  },
  {
    code: "US",
    continent: "NORTH_AMERICA",
    weight: 200,
    lat: 39.5,
    lon: -92,
    spread: 9,
    since: 1950,
    tld: "gov",
    language: "en",
    cities:
      "Milwaukee|Cincinnati|Pittsburgh|St. Louis|Indianapolis|Louisville|Minneapolis|Seattle|Portland|Denver|San Antonio|Austin|Tulsa|Charlotte|Atlanta|Nashville|Columbus|Cleveland|Dayton|Toledo|Akron|Buffalo|Rochester|Syracuse|Albany|Boston|Worcester|Providence|Hartford|New Haven|Baltimore|Richmond|Norfolk|Raleigh|Savannah|Jacksonville|Tampa|Miami|New Orleans|Houston|Dallas|Phoenix|Tucson|Albuquerque|Salt Lake City|Boise|Spokane|Anchorage|Honolulu|Madison|Ann Arbor|Lansing|Grand Rapids|Des Moines|Omaha|Wichita|Kansas City|Little Rock|Memphis|Charleston|Frederick|Bethlehem|Allentown|New Braunfels|Fredericksburg|Hermann|Frankenmuth|New Ulm|Fort Wayne|South Bend|Evansville|Peoria|Springfield|Rockford|Green Bay|Duluth|Fargo|Sioux Falls|Lincoln|Lawrence|Boulder|Fort Collins|Santa Fe|Flagstaff|Eugene|Tacoma|Bellingham|Sacramento|San Jose|Berkeley|Palo Alto|Pasadena|San Diego|Reno|Lexington|Chattanooga|Knoxville|Asheville|Greenville|Columbia|Wilmington|Lancaster|Harrisburg|Erie|Scranton|Burlington|Portsmouth",
  },
  {
    code: "RU",
    continent: "EUROPE",
    weight: 110,
    lat: 55.7,
    lon: 40,
    spread: 6,
    since: 1970,
    tld: "ru",
    language: "ru",
    cities:
      "Moskva;Moskau;Moscow#Москва|Sankt-Peterburg;Sankt Petersburg;Saint Petersburg#Санкт-Петербург|Volgograd;Wolgograd#Волгоград|Kaliningrad#Калининград|Veliky Novgorod;Weliki Nowgorod#Великий Новгород|Pskov;Pskow#Псков|Yaroslavl;Jaroslawl#Ярославль|Kazan;Kasan#Казань|Samara#Самара|Saratov;Saratow#Саратов|Tver;Twer#Тверь|Kaluga#Калуга|Tula#Тула|Vladimir;Wladimir#Владимир|Ryazan;Rjasan#Рязань|Kostroma#Кострома|Smolensk#Смоленск|Perm#Пермь|Yekaterinburg;Jekaterinburg#Екатеринбург|Novosibirsk;Nowosibirsk#Новосибирск|Irkutsk#Иркутск|Krasnodar#Краснодар|Rostov-na-Donu;Rostow am Don;Rostov-on-Don#Ростов-на-Дону|Voronezh;Woronesch#Воронеж|Lipetsk;Lipezk#Липецк|Oryol;Orjol#Орёл|Ivanovo;Iwanowo#Иваново|Vologda;Wologda#Вологда|Petrozavodsk;Petrosawodsk#Петрозаводск|Murmansk#Мурманск|Arkhangelsk;Archangelsk#Архангельск|Nizhny Novgorod;Nischni Nowgorod#Нижний Новгород|Ufa#Уфа|Omsk#Омск|Tomsk#Томск|Krasnoyarsk;Krasnojarsk#Красноярск|Vladivostok;Wladiwostok#Владивосток|Kursk#Курск|Bryansk;Brjansk#Брянск|Belgorod#Белгород|Tambov;Tambow#Тамбов|Penza;Pensa#Пенза|Ulyanovsk;Uljanowsk#Ульяновск|Cheboksary;Tscheboksary#Чебоксары|Engels#Энгельс|Sochi;Sotschi#Сочи|Kirov;Kirow#Киров",
  },
  {
    code: "UA",
    continent: "EUROPE",
    weight: 140,
    lat: 49,
    lon: 31.5,
    spread: 3.5,
    since: 1985,
    tld: "gov.ua",
    language: "uk",
    cities:
      "Kyiv;Kyjiw;Kyiv#Київ|Kharkiv;Charkiw#Харків|Odesa#Одеса|Dnipro#Дніпро|Lviv;Lwiw#Львів|Zaporizhzhia;Saporischschja#Запоріжжя|Vinnytsia;Winnyzja#Вінниця|Chernihiv;Tschernihiw#Чернігів|Poltava;Poltawa#Полтава|Mykolaiv;Mykolajiw#Миколаїв|Kherson;Cherson#Херсон|Cherkasy;Tscherkassy#Черкаси|Zhytomyr;Schytomyr#Житомир|Ivano-Frankivsk;Iwano-Frankiwsk#Івано-Франківськ|Ternopil#Тернопіль|Lutsk;Luzk#Луцьк|Rivne;Riwne#Рівне|Uzhhorod;Uschhorod#Ужгород|Chernivtsi;Tscherniwzi#Чернівці|Khmelnytskyi;Chmelnyzkyj#Хмельницький|Sumy#Суми|Kropyvnytskyi;Kropywnyzkyj#Кропивницький|Bila Tserkva;Bila Zerkwa#Біла Церква|Kryvyi Rih;Krywyj Rih#Кривий Ріг|Mariupol#Маріуполь|Bucha;Butscha#Буча|Irpin#Ірпінь|Slavutych;Slawutytsch#Славутич|Kamianets-Podilskyi;Kamjanez-Podilskyj#Кам'янець-Подільський|Drohobych;Drohobytsch#Дрогобич|Kovel;Kowel#Ковель|Berdychiv;Berdytschiw#Бердичів|Korosten#Коростень|Uman#Умань|Kremenchuk;Krementschuk#Кременчук|Nizhyn;Nischyn#Ніжин|Pryluky#Прилуки|Mukachevo;Mukatschewo#Мукачево|Kolomyia;Kolomyja#Коломия|Truskavets;Truskawez#Трускавець|Boryspil#Бориспіль|Brovary;Browary#Бровари|Fastiv;Fastiw#Фастів|Obukhiv;Obuchiw#Обухів",
  },
  {
    code: "IL",
    continent: "ASIA",
    weight: 80,
    lat: 31.8,
    lon: 35,
    spread: 0.8,
    since: 1965,
    tld: "org.il",
    language: "he",
    cities:
      "Tel Aviv-Yafo#תל אביב-יפו|Jerusalem#ירושלים|Haifa#חיפה|Be'er Sheva;Be’er Scheva#באר שבע|Netanya;Netanja#נתניה|Rishon LeZion;Rischon LeZion#ראשון לציון|Ashdod;Aschdod#אשדוד|Herzliya;Herzlia#הרצליה|Kfar Saba#כפר סבא|Ra'anana;Ra’anana#רעננה|Rehovot#רחובות|Nahariya;Naharija#נהריה|Karmiel#כרמיאל|Kiryat Shmona;Kirjat Schmona#קריית שמונה|Eilat#אילת|Ramat Gan#רמת גן|Holon#חולון|Bat Yam;Bat Jam#בת ים|Nazareth#נצרת|Akko;Akkon;Acre#עכו|Tiberias#טבריה|Modi'in#מודיעין|Hadera#חדרה|Afula#עפולה|Yokneam;Jokneam#יקנעם|Dimona#דימונה|Sderot#שדרות|Arad#ערד|Ma'alot-Tarshiha#מעלות-תרשיחא|Givatayim#גבעתיים",
  },
  {
    code: "ES",
    continent: "EUROPE",
    weight: 90,
    lat: 40.2,
    lon: -3.6,
    spread: 3,
    since: 1975,
    tld: "es",
    language: "es",
    cities:
      "Madrid|Barcelona|Valencia|Sevilla;;Seville|Zaragoza;Saragossa|Málaga|Bilbao|Valladolid|Vigo|Gijón|Córdoba|Granada|Alicante|Murcia|Palma|Las Palmas de Gran Canaria|Santa Cruz de Tenerife|Salamanca|Burgos|León|Oviedo|Santander|Pamplona|San Sebastián|Vitoria-Gasteiz|Logroño|Huesca|Teruel|Lleida|Girona|Tarragona|Castellón de la Plana|Albacete|Toledo|Cáceres|Badajoz|Huelva|Cádiz|Jerez de la Frontera|Almería|Segovia|Ávila|Soria|Cuenca|Guadalajara|Zamora|Ourense|Lugo|Pontevedra|A Coruña|Ferrol|Santiago de Compostela|Mérida|Jaén|Ronda|Marbella|Benidorm|Elche|Cartagena|Lorca|Sabadell|Terrassa|Mataró|Reus|Manresa|Vic|Figueres|Sitges",
  },
  {
    code: "DK",
    continent: "EUROPE",
    weight: 70,
    lat: 56,
    lon: 10,
    spread: 1,
    since: 1950,
    tld: "dk",
    language: "nordic",
    cities:
      "København;Kopenhagen;Copenhagen|Aarhus|Odense|Aalborg|Esbjerg|Randers|Kolding|Horsens|Vejle|Roskilde|Herning|Silkeborg|Næstved|Fredericia|Viborg|Køge|Holstebro|Slagelse|Hillerød|Sønderborg;Sonderburg|Svendborg|Hjørring|Frederikshavn|Haderslev;Hadersleben|Aabenraa;Apenrade|Tønder;Tondern|Ribe|Nyborg|Helsingør|Skive|Thisted|Nykøbing Falster|Maribo|Rødby|Grenaa|Skagen|Kalundborg|Holbæk|Ringsted|Middelfart",
  },
  {
    code: "SE",
    continent: "EUROPE",
    weight: 60,
    lat: 59.5,
    lon: 16,
    spread: 3,
    since: 1950,
    tld: "se",
    language: "nordic",
    cities:
      "Stockholm|Göteborg;;Gothenburg|Malmö|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Jönköping|Norrköping|Lund|Umeå|Gävle|Borås|Södertälje|Eskilstuna|Karlstad|Halmstad|Växjö|Sundsvall|Luleå|Trollhättan|Östersund|Kalmar|Falun|Karlskrona|Visby|Kristianstad|Skövde|Ystad|Trelleborg|Landskrona|Varberg|Uddevalla|Nyköping|Motala|Borlänge|Sandviken|Kiruna|Piteå|Skellefteå|Örnsköldsvik|Härnösand|Vänersborg|Lidköping|Mariestad",
  },
  {
    code: "FI",
    continent: "EUROPE",
    weight: 50,
    lat: 62,
    lon: 25.5,
    spread: 2.5,
    since: 1955,
    tld: "fi",
    language: "fi",
    cities:
      "Helsinki|Espoo|Tampere|Vantaa|Oulu|Turku|Jyväskylä|Lahti|Kuopio|Pori|Kouvola|Joensuu|Lappeenranta|Hämeenlinna|Vaasa|Seinäjoki|Rovaniemi|Mikkeli|Kotka|Salo|Porvoo|Kokkola|Hyvinkää|Lohja|Järvenpää|Rauma|Kajaani|Savonlinna|Kemi|Tornio|Iisalmi|Varkaus|Raahe|Imatra|Forssa|Riihimäki|Kerava|Nokia|Valkeakoski|Kangasala",
  },
  {
    code: "NO",
    continent: "EUROPE",
    weight: 30,
    lat: 61,
    lon: 9,
    spread: 3,
    since: 1950,
    tld: "kommune.no",
    language: "nordic",
    cities:
      "Oslo|Bergen|Trondheim|Stavanger|Drammen|Fredrikstad|Kristiansand|Sandnes|Tromsø|Sarpsborg|Skien|Ålesund|Sandefjord|Haugesund|Tønsberg|Moss|Porsgrunn|Bodø|Arendal|Hamar|Larvik|Halden|Lillehammer|Molde|Harstad|Gjøvik|Kongsberg|Narvik|Alta|Hammerfest",
  },
  {
    code: "CH",
    continent: "EUROPE",
    weight: 60,
    lat: 46.8,
    lon: 8.2,
    spread: 0.7,
    since: 1950,
    tld: "ch",
    language: "de",
    cities:
      "Zürich|Genève;Genf;Geneva|Basel|Lausanne|Bern|Winterthur|Luzern;;Lucerne|St. Gallen|Lugano|Biel/Bienne|Thun|Köniz|La Chaux-de-Fonds|Fribourg;Freiburg im Üechtland|Schaffhausen|Chur|Vernier|Neuchâtel;Neuenburg|Uster|Sion;Sitten|Emmen|Zug|Yverdon-les-Bains|Kriens|Rapperswil-Jona|Dübendorf|Montreux|Frauenfeld|Wil|Baden|Aarau|Olten|Solothurn|Burgdorf|Langenthal|Kreuzlingen|Arbon|Rorschach|Herisau|Appenzell|Glarus|Schwyz|Altdorf|Sarnen|Stans|Liestal|Delémont;Delsberg|Bellinzona|Locarno|Davos|St. Moritz|Brig-Glis|Visp|Martigny",
  },
  {
    code: "LU",
    continent: "EUROPE",
    weight: 30,
    lat: 49.7,
    lon: 6.1,
    spread: 0.2,
    since: 1950,
    tld: "lu",
    language: "fr",
    cities:
      "Luxembourg;Luxemburg;Luxembourg#Lëtzebuerg|Esch-sur-Alzette|Differdange;Differdingen|Dudelange;Düdelingen|Ettelbruck|Diekirch|Wiltz|Echternach|Remich|Grevenmacher|Mersch|Vianden|Clervaux;Clerf|Bettembourg;Bettemburg|Schifflange;Schifflingen|Pétange;Petingen|Sanem;Sassenheim|Hesperange;Hesperingen|Mamer|Strassen|Mondorf-les-Bains;Bad Mondorf|Wasserbillig|Junglinster|Redange|Steinfort",
  },
  {
    code: "SK",
    continent: "EUROPE",
    weight: 60,
    lat: 48.7,
    lon: 19.5,
    spread: 0.8,
    since: 1988,
    tld: "sk",
    language: "sk",
    cities:
      "Bratislava;Pressburg|Košice;Kaschau|Prešov;Preschau|Žilina;Sillein|Nitra;Neutra|Banská Bystrica;Neusohl|Trnava;Tyrnau|Trenčín;Trentschin|Martin|Poprad;Deutschendorf|Prievidza|Zvolen|Považská Bystrica|Michalovce|Nové Zámky|Spišská Nová Ves;Zipser Neudorf|Komárno|Levice|Humenné|Bardejov;Bartfeld|Liptovský Mikuláš|Ružomberok|Piešťany;Pistyan|Topoľčany|Lučenec|Kežmarok;Käsmark|Levoča;Leutschau|Banská Štiavnica;Schemnitz|Kremnica;Kremnitz|Skalica|Senica|Dunajská Streda|Pezinok;Bösing|Modra",
  },
  {
    code: "SI",
    continent: "EUROPE",
    weight: 30,
    lat: 46.1,
    lon: 14.8,
    spread: 0.5,
    since: 1975,
    tld: "si",
    language: "hr",
    cities:
      "Ljubljana;Laibach|Maribor;Marburg an der Drau|Celje;Cilli|Kranj;Krainburg|Koper;Koper;Koper|Velenje|Novo Mesto;Rudolfswert|Ptuj;Pettau|Trbovlje|Kamnik;Stein|Jesenice|Nova Gorica|Domžale|Škofja Loka;Bischoflack|Murska Sobota|Slovenj Gradec;Windischgraz|Izola|Piran|Bled;Veldes|Postojna;Adelsberg|Ajdovščina|Idrija|Kočevje;Gottschee|Brežice|Krško",
  },
  {
    code: "HR",
    continent: "EUROPE",
    weight: 50,
    lat: 45.1,
    lon: 15.6,
    spread: 1.2,
    since: 1970,
    tld: "hr",
    language: "hr",
    cities:
      "Zagreb;Agram|Split|Rijeka|Osijek;Esseg|Zadar|Slavonski Brod|Pula|Karlovac|Sisak|Varaždin;Warasdin|Šibenik|Dubrovnik|Bjelovar|Kaštela|Samobor|Vinkovci|Koprivnica|Đakovo|Vukovar|Čakovec|Požega|Makarska|Poreč|Rovinj|Opatija|Crikvenica|Senj|Gospić|Knin|Trogir|Omiš|Hvar|Korčula|Krk|Pazin|Labin|Umag|Virovitica|Križevci|Zaprešić",
  },
  {
    code: "RO",
    continent: "EUROPE",
    weight: 90,
    lat: 45.9,
    lon: 24.9,
    spread: 2,
    since: 1975,
    tld: "ro",
    language: "ro",
    cities:
      "București;Bukarest;Bucharest|Cluj-Napoca|Timișoara;Temeswar|Iași|Constanța|Craiova|Brașov;Kronstadt|Galați|Ploiești|Oradea;Großwardein|Brăila|Arad|Pitești|Sibiu;Hermannstadt|Bacău|Târgu Mureș;Neumarkt am Mieresch|Baia Mare|Buzău|Botoșani|Satu Mare;Sathmar|Suceava|Bistrița;Bistritz|Mediaș;Mediasch|Sighișoara;Schäßburg|Alba Iulia;Karlsburg|Deva|Reșița;Reschitz|Hunedoara|Petroșani|Făgăraș;Fogarasch|Sebeș;Mühlbach|Zalău|Turda|Dej|Piatra Neamț|Vaslui|Focșani|Râmnicu Vâlcea|Târgu Jiu|Drobeta-Turnu Severin|Slatina|Alexandria|Giurgiu|Călărași|Tulcea|Mangalia|Câmpulung|Lugoj",
  },
  {
    code: "BG",
    continent: "EUROPE",
    weight: 30,
    lat: 42.7,
    lon: 25.3,
    spread: 1.2,
    since: 1975,
    tld: "bg",
    language: "bg",
    cities:
      "Sofia#София|Plovdiv;Plowdiw#Пловдив|Varna;Warna#Варна|Burgas#Бургас|Ruse;Russe#Русе|Stara Zagora;Stara Sagora#Стара Загора|Pleven;Plewen#Плевен|Sliven;Sliwen#Сливен|Dobrich;Dobritsch#Добрич|Shumen;Schumen#Шумен|Pernik#Перник|Yambol;Jambol#Ямбол|Haskovo;Haskowo#Хасково|Pazardzhik;Pasardschik#Пазарджик|Blagoevgrad;Blagoewgrad#Благоевград|Veliko Tarnovo;Weliko Tarnowo#Велико Търново|Vratsa;Wraza#Враца|Gabrovo;Gabrowo#Габрово|Kardzhali;Kardschali#Кърджали|Smolyan;Smoljan#Смолян|Lovech;Lowetsch#Ловеч|Vidin;Widin#Видин|Montana#Монтана|Kyustendil;Kjustendil#Кюстендил",
  },
  {
    code: "LT",
    continent: "EUROPE",
    weight: 40,
    lat: 55.2,
    lon: 23.9,
    spread: 1,
    since: 1988,
    tld: "lt",
    language: "lt",
    cities:
      "Vilnius;Wilna|Kaunas;Kauen|Klaipėda;Memel|Šiauliai|Panevėžys|Alytus|Marijampolė|Mažeikiai|Jonava|Utena|Kėdainiai|Telšiai|Tauragė|Ukmergė|Visaginas|Palanga|Druskininkai|Neringa|Birštonas|Trakai|Plungė|Kretinga|Šilutė;Heydekrug|Radviliškis|Rokiškis|Biržai|Anykščiai|Raseiniai|Jurbarkas|Kelmė",
  },
  {
    code: "LV",
    continent: "EUROPE",
    weight: 40,
    lat: 56.9,
    lon: 24.6,
    spread: 1,
    since: 1988,
    tld: "lv",
    language: "lv",
    cities:
      "Rīga;Riga;Riga|Daugavpils;Dünaburg|Liepāja;Libau|Jelgava;Mitau|Jūrmala|Ventspils;Windau|Rēzekne|Valmiera;Wolmar|Jēkabpils|Ogre|Tukums|Cēsis;Wenden|Kuldīga;Goldingen|Sigulda|Bauska|Talsi|Dobele|Limbaži|Saldus|Aizkraukle|Madona|Gulbene|Alūksne|Smiltene|Ludza|Krāslava|Preiļi|Balvi|Valka|Salaspils",
  },
  {
    code: "EE",
    continent: "EUROPE",
    weight: 30,
    lat: 58.7,
    lon: 25.5,
    spread: 0.9,
    since: 1988,
    tld: "ee",
    language: "et",
    cities:
      "Tallinn;Reval|Tartu;Dorpat|Narva|Pärnu|Kohtla-Järve|Viljandi|Maardu|Rakvere|Kuressaare|Sillamäe|Valga|Võru|Jõhvi|Haapsalu|Keila|Paide|Saue|Elva|Tapa|Põlva|Türi|Rapla|Otepää|Kärdla",
  },
  {
    code: "GR",
    continent: "EUROPE",
    weight: 50,
    lat: 39.1,
    lon: 22.4,
    spread: 2,
    since: 1960,
    tld: "gr",
    language: "el",
    cities:
      "Athina;Athen;Athens#Αθήνα|Thessaloniki#Θεσσαλονίκη|Patra;Patras;Patras#Πάτρα|Irakleio;Heraklion;Heraklion#Ηράκλειο|Larisa#Λάρισα|Volos#Βόλος|Ioannina#Ιωάννινα|Chania#Χανιά|Kalamata#Καλαμάτα|Kavala#Καβάλα|Rodos;Rhodos;Rhodes#Ρόδος|Kerkyra;Korfu;Corfu#Κέρκυρα|Serres#Σέρρες|Alexandroupoli#Αλεξανδρούπολη|Xanthi#Ξάνθη|Katerini#Κατερίνη|Trikala#Τρίκαλα|Lamia#Λαμία|Komotini#Κομοτηνή|Drama#Δράμα|Kozani#Κοζάνη|Veria#Βέροια|Nafplio;Nafplion#Ναύπλιο|Chalkida#Χαλκίδα|Rethymno#Ρέθυμνο|Agios Nikolaos#Άγιος Νικόλαος|Preveza#Πρέβεζα|Florina#Φλώρινα|Edessa#Έδεσσα|Kalambaka#Καλαμπάκα",
  },
  {
    code: "PT",
    continent: "EUROPE",
    weight: 40,
    lat: 39.6,
    lon: -8.1,
    spread: 1.5,
    since: 1975,
    tld: "pt",
    language: "pt",
    cities:
      "Lisboa;Lissabon;Lisbon|Porto|Coimbra|Braga|Aveiro|Faro|Évora|Setúbal|Funchal|Guimarães|Viseu|Leiria|Guarda|Bragança|Castelo Branco|Santarém|Beja|Portalegre|Vila Real|Viana do Castelo|Ponta Delgada|Tomar|Sintra|Cascais|Amadora|Almada|Matosinhos|Óbidos|Lagos|Tavira|Silves|Elvas|Chaves|Lamego|Covilhã|Figueira da Foz",
  },
  {
    code: "IE",
    continent: "EUROPE",
    weight: 60,
    lat: 53.2,
    lon: -7.7,
    spread: 1.2,
    since: 1960,
    tld: "ie",
    language: "en",
    cities:
      "Dublin#Baile Átha Cliath|Cork#Corcaigh|Limerick#Luimneach|Galway#Gaillimh|Waterford#Port Láirge|Drogheda|Dundalk|Swords|Bray|Navan|Kilkenny|Ennis|Carlow|Tralee|Newbridge|Portlaoise|Balbriggan|Naas|Athlone|Mullingar|Celbridge|Wexford|Letterkenny|Sligo|Clonmel|Castlebar|Killarney|Westport|Tullamore|Longford|Kinsale|Dingle|Clifden|Thurles|Nenagh|Cavan|Monaghan|Ballina|Birr|Cobh",
  },
  {
    code: "TR",
    continent: "EUROPE",
    weight: 90,
    lat: 39,
    lon: 34,
    spread: 4,
    since: 1970,
    tld: "bel.tr",
    language: "tr",
    cities:
      "İstanbul;Istanbul;Istanbul|Ankara|İzmir;Izmir;Izmir|Bursa|Antalya|Adana|Konya|Gaziantep|Mersin|Kayseri|Eskişehir|Diyarbakır|Samsun|Denizli|Trabzon|Malatya|Erzurum|Van|Sivas|Manisa|Balıkesir|Kocaeli|Sakarya|Tekirdağ|Edirne|Çanakkale|Muğla|Aydın|Bodrum|Alanya|Yalova|Zonguldak|Ordu|Rize|Tokat|Amasya|Çorum|Kütahya|Isparta|Burdur|Fethiye|Marmaris|Kuşadası|Side|Kemer|Mudanya|Nevşehir|Ürgüp|Afyonkarahisar|Uşak",
  },
  {
    code: "CN",
    continent: "ASIA",
    weight: 100,
    lat: 32,
    lon: 112,
    spread: 8,
    since: 1978,
    tld: "gov.cn",
    language: "zh",
    cities:
      "Beijing;Peking;Beijing#北京|Shanghai;Schanghai;Shanghai#上海|Chongqing#重庆|Tianjin#天津|Guangzhou;Kanton;Guangzhou#广州|Shenzhen#深圳|Chengdu#成都|Wuhan#武汉|Nanjing;Nanking;Nanjing#南京|Xi'an#西安|Hangzhou#杭州|Shenyang#沈阳|Harbin#哈尔滨|Dalian#大连|Qingdao;Tsingtau;Qingdao#青岛|Jinan#济南|Zhengzhou#郑州|Changsha#长沙|Kunming#昆明|Hefei#合肥|Suzhou#苏州|Wuxi#无锡|Ningbo#宁波|Xiamen#厦门|Fuzhou#福州|Nanning#南宁|Taiyuan#太原|Shijiazhuang#石家庄|Changchun#长春|Lanzhou#兰州|Hohhot#呼和浩特|Yantai#烟台|Weifang#潍坊|Zibo#淄博|Foshan#佛山|Dongguan#东莞|Nantong#南通|Changzhou#常州|Yangzhou#扬州|Xuzhou#徐州|Luoyang#洛阳|Kaifeng#开封|Datong#大同|Guilin#桂林|Zhuhai#珠海|Wenzhou#温州|Shaoxing#绍兴|Jiaxing#嘉兴|Huzhou#湖州|Yichang#宜昌",
  },
  {
    code: "JP",
    continent: "ASIA",
    weight: 70,
    lat: 36,
    lon: 138,
    spread: 4,
    since: 1955,
    tld: "lg.jp",
    language: "ja",
    cities:
      "Tokyo;Tokio;Tokyo#東京都|Kyoto#京都市|Osaka#大阪市|Yokohama#横浜市|Nagoya#名古屋市|Sapporo#札幌市|Kobe#神戸市|Fukuoka#福岡市|Kawasaki#川崎市|Hiroshima#広島市|Sendai#仙台市|Chiba#千葉市|Kitakyushu#北九州市|Sakai#堺市|Niigata#新潟市|Hamamatsu#浜松市|Kumamoto#熊本市|Okayama#岡山市|Shizuoka#静岡市|Kagoshima#鹿児島市|Kanazawa#金沢市|Nagasaki#長崎市|Matsuyama#松山市|Utsunomiya#宇都宮市|Takamatsu#高松市|Toyama#富山市|Gifu#岐阜市|Nara#奈良市|Wakayama#和歌山市|Kochi#高知市|Hakodate#函館市|Asahikawa#旭川市|Naruto#鳴門市|Kurashiki#倉敷市|Himeji#姫路市|Oita#大分市|Miyazaki#宮崎市|Akita#秋田市|Morioka#盛岡市|Aomori#青森市|Matsumoto#松本市|Nagano#長野市|Kofu#甲府市|Maebashi#前橋市|Takasaki#高崎市|Mito#水戸市|Fukui#福井市|Otsu#大津市|Tottori#鳥取市|Matsue#松江市",
  },
  {
    code: "KR",
    continent: "ASIA",
    weight: 12,
    lat: 36.4,
    lon: 127.8,
    spread: 1.2,
    since: 1980,
    tld: "go.kr",
    language: "ko",
    cities:
      "Seoul;Seoul#서울|Busan#부산|Incheon#인천|Daegu#대구|Daejeon#대전|Gwangju#광주|Ulsan#울산|Suwon#수원|Changwon#창원|Jeonju#전주|Cheongju#청주|Gyeongju#경주|Pohang#포항|Chuncheon#춘천|Gangneung#강릉|Mokpo#목포|Yeosu#여수|Andong#안동|Wonju#원주|Gimhae#김해",
  },
  {
    code: "IN",
    continent: "ASIA",
    weight: 12,
    lat: 22,
    lon: 78,
    spread: 6,
    since: 1975,
    tld: "gov.in",
    language: "hi",
    cities:
      "New Delhi;Neu-Delhi;New Delhi#नई दिल्ली|Mumbai#मुंबई|Kolkata#কলকাতা|Chennai#சென்னை|Bengaluru#ಬೆಂಗಳೂರು|Hyderabad#హైదరాబాద్|Pune#पुणे|Ahmedabad#અમદાવાદ|Jaipur#जयपुर|Kochi#കൊച്ചി|Coimbatore#கோயம்புத்தூர்|Nagpur#नागपुर|Lucknow#लखनऊ|Bhopal#भोपाल|Varanasi#वाराणसी|Mysuru#ಮೈಸೂರು|Indore#इंदौर|Chandigarh#चंडीगढ़|Dehradun#देहरादून|Shimla#शिमला",
  },
  {
    code: "VN",
    continent: "ASIA",
    weight: 12,
    lat: 16,
    lon: 106.5,
    spread: 4,
    since: 1990,
    tld: "gov.vn",
    language: "vi",
    cities:
      "Hà Nội;Hanoi;Hanoi|Thành phố Hồ Chí Minh;Ho-Chi-Minh-Stadt;Ho Chi Minh City|Đà Nẵng;Da Nang;Da Nang|Hải Phòng;Haiphong;Haiphong|Huế;Hue;Hue|Cần Thơ;Can Tho;Can Tho|Nha Trang|Vinh|Quy Nhơn;Quy Nhon;Quy Nhon|Hạ Long;Ha Long;Ha Long|Đà Lạt;Da Lat;Da Lat|Buôn Ma Thuột;Buon Ma Thuot;Buon Ma Thuot|Hội An;Hoi An;Hoi An|Thái Nguyên;Thai Nguyen;Thai Nguyen|Nam Định;Nam Dinh;Nam Dinh",
  },
  {
    code: "CA",
    continent: "NORTH_AMERICA",
    weight: 20,
    lat: 46,
    lon: -75,
    spread: 6,
    since: 1955,
    tld: "ca",
    language: "en",
    cities:
      "Toronto|Montréal|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg|Québec|Hamilton|Kitchener|London|Halifax|Victoria|Saskatoon|Regina|St. John's|Fredericton|Moncton|Sherbrooke|Kingston|Guelph|Waterloo|Windsor|Thunder Bay|Sudbury|Kelowna|Nanaimo|Charlottetown|Lethbridge|Red Deer|Lunenburg|Trois-Rivières|Gatineau|Saguenay|Brandon",
  },
  {
    code: "BR",
    continent: "SOUTH_AMERICA",
    weight: 25,
    lat: -18,
    lon: -47,
    spread: 7,
    since: 1960,
    tld: "gov.br",
    language: "pt",
    cities:
      "São Paulo|Rio de Janeiro|Belo Horizonte|Porto Alegre|Curitiba|Salvador|Recife|Fortaleza|Brasília|Manaus|Belém|Florianópolis|Blumenau|Joinville|Pomerode|Santa Cruz do Sul|Novo Hamburgo|São Leopoldo|Petrópolis|Campinas|Londrina|Maringá|Vitória|Natal|João Pessoa|Goiânia|Campo Grande|Cuiabá|Teresina|São Luís|Gramado|Canela|Nova Petrópolis|Treze Tílias|Brusque|Jaraguá do Sul|Itajaí|Ponta Grossa|Cascavel|Foz do Iguaçu",
  },
  {
    code: "NI",
    continent: "NORTH_AMERICA",
    weight: 40,
    lat: 12.6,
    lon: -85.7,
    spread: 1,
    since: 1979,
    tld: "gob.ni",
    language: "es",
    cities:
      "Managua|León|Granada|Masaya|Matagalpa|Estelí|Chinandega|Jinotega|Juigalpa|Bluefields|Corinto|Jinotepe|Diriamba|Rivas|Somoto|Ocotal|Boaco|San Carlos|Puerto Cabezas|Nagarote|La Paz Centro|Ciudad Sandino|Tipitapa|El Viejo|Condega|San Juan del Sur|Quilalí|Wiwilí|Waslala|Siuna|Nindirí|Niquinohomo|Telica|Achuapa|El Sauce",
  },
  {
    code: "MX",
    continent: "NORTH_AMERICA",
    weight: 12,
    lat: 21,
    lon: -101,
    spread: 4,
    since: 1970,
    tld: "gob.mx",
    language: "es",
    cities:
      "Ciudad de México;Mexiko-Stadt;Mexico City|Guadalajara|Monterrey|Puebla|Tijuana|León|Querétaro|Mérida|Oaxaca de Juárez|Morelia|Veracruz|Aguascalientes|San Luis Potosí|Chihuahua|Toluca|Cuernavaca|Xalapa|Guanajuato|Zacatecas|Durango|San Cristóbal de las Casas|Campeche|Tlaxcala|Pachuca|Colima",
  },
  {
    code: "PE",
    continent: "SOUTH_AMERICA",
    weight: 12,
    lat: -9.5,
    lon: -75,
    spread: 4,
    since: 1975,
    tld: "gob.pe",
    language: "es",
    cities:
      "Lima|Arequipa|Trujillo|Chiclayo|Piura|Iquitos|Cusco|Huancayo|Chimbote|Tacna|Pucallpa|Ica|Juliaca|Cajamarca|Puno|Ayacucho|Huánuco|Tarapoto|Tumbes|Yarinacocha|Huaraz|Moyobamba|Abancay|Chachapoyas|Moquegua",
  },
  {
    code: "BO",
    continent: "SOUTH_AMERICA",
    weight: 12,
    lat: -16.5,
    lon: -64.5,
    spread: 3,
    since: 1980,
    tld: "gob.bo",
    language: "es",
    cities:
      "La Paz|Santa Cruz de la Sierra|Cochabamba|Sucre|Oruro|Potosí|Tarija|El Alto|Trinidad|Cobija|Riberalta|Montero|Yacuiba|Quillacollo|Sacaba|Villazón|Uyuni|Tupiza|Camiri|Rurrenabaque",
  },
  {
    code: "TZ",
    continent: "AFRICA",
    weight: 30,
    lat: -6.3,
    lon: 35,
    spread: 3,
    since: 1965,
    tld: "go.tz",
    language: "sw",
    cities:
      "Dar es Salaam;Daressalam;Dar es Salaam|Dodoma|Mwanza|Arusha|Mbeya|Morogoro|Tanga|Moshi|Iringa|Tabora|Kigoma|Songea|Musoma|Shinyanga|Bukoba|Lindi|Mtwara|Singida|Sumbawanga|Bagamoyo|Njombe|Korogwe|Kibaha|Babati|Karatu",
  },
  {
    code: "GH",
    continent: "AFRICA",
    weight: 20,
    lat: 7.5,
    lon: -1.2,
    spread: 1.5,
    since: 1970,
    tld: "gov.gh",
    language: "sw",
    cities:
      "Accra|Kumasi|Tamale|Sekondi-Takoradi|Cape Coast|Sunyani|Koforidua|Ho|Wa|Bolgatanga|Tema|Obuasi|Techiman|Winneba|Keta|Elmina|Nkawkaw|Kintampo|Yendi|Hohoe",
  },
  {
    code: "NA",
    continent: "AFRICA",
    weight: 12,
    lat: -22.5,
    lon: 17.5,
    spread: 3,
    since: 1990,
    tld: "gov.na",
    language: "sw",
    cities:
      "Windhoek;Windhuk;Windhoek|Swakopmund|Walvis Bay;Walfischbucht;Walvis Bay|Rundu|Oshakati|Katima Mulilo|Otjiwarongo|Rehoboth|Keetmanshoop|Lüderitz|Gobabis|Grootfontein|Tsumeb|Okahandja|Mariental|Ondangwa|Outjo|Omaruru|Karibib|Opuwo",
  },
  {
    code: "ZA",
    continent: "AFRICA",
    weight: 12,
    lat: -29,
    lon: 25,
    spread: 4,
    since: 1994,
    tld: "gov.za",
    language: "sw",
    cities:
      "Cape Town;Kapstadt;Cape Town|Johannesburg|Durban|Pretoria|Gqeberha|Bloemfontein|East London|Pietermaritzburg|Polokwane|Mbombela|Kimberley|Rustenburg|Stellenbosch|George|Potchefstroom|Soweto|Mthatha|Upington|Knysna|Paarl",
  },
  {
    code: "RW",
    continent: "AFRICA",
    weight: 20,
    lat: -1.95,
    lon: 29.9,
    spread: 0.4,
    since: 1982,
    tld: "gov.rw",
    language: "sw",
    cities:
      "Kigali|Huye|Muhanga|Musanze|Rubavu|Gicumbi|Rusizi|Karongi|Ngoma|Nyanza|Rwamagana|Nyagatare|Kayonza|Bugesera|Nyamagabe|Nyamasheke|Ruhango|Kamonyi|Rulindo|Gakenke",
  },
  {
    code: "BF",
    continent: "AFRICA",
    weight: 20,
    lat: 12.3,
    lon: -1.6,
    spread: 1.5,
    since: 1970,
    tld: "gov.bf",
    language: "westafrica",
    cities:
      "Ouagadougou|Bobo-Dioulasso|Koudougou|Ouahigouya|Banfora|Kaya|Tenkodogo|Fada N'gourma|Dédougou|Dori|Gaoua|Ziniaré|Manga|Réo|Kombissiri|Yako|Léo|Diébougou|Pô|Houndé",
  },
  {
    code: "BJ",
    continent: "AFRICA",
    weight: 10,
    lat: 9.3,
    lon: 2.3,
    spread: 1.3,
    since: 1975,
    tld: "gouv.bj",
    language: "westafrica",
    cities:
      "Cotonou|Porto-Novo|Parakou|Abomey-Calavi|Djougou|Bohicon|Natitingou|Lokossa|Ouidah|Abomey|Kandi|Savalou|Malanville|Dassa-Zoumé|Comè",
  },
  {
    code: "CI",
    continent: "AFRICA",
    weight: 6,
    lat: 7.5,
    lon: -5.5,
    spread: 1.5,
    since: 1975,
    tld: "gouv.ci",
    language: "westafrica",
    cities: "Abidjan|Bouaké|Yamoussoukro|Daloa|San-Pédro|Korhogo|Man|Gagnoa|Divo|Abengourou|Grand-Bassam|Bondoukou",
  },
  {
    code: "TN",
    continent: "AFRICA",
    weight: 12,
    lat: 34.5,
    lon: 9.5,
    spread: 1.5,
    since: 1960,
    tld: "tn",
    language: "ar",
    cities:
      "Tunis#تونس|Sfax#صفاقس|Sousse#سوسة|Kairouan#القيروان|Bizerte#بنزرت|Gabès#قابس|Ariana#أريانة|Gafsa#قفصة|Monastir#المنستير|Nabeul#نابل|Hammamet#الحمامات|Mahdia#المهدية|Tozeur#توزر|Houmt Souk#حومة السوق|Béja#باجة",
  },
  {
    code: "MA",
    continent: "AFRICA",
    weight: 6,
    lat: 32,
    lon: -6.5,
    spread: 2,
    since: 1975,
    tld: "ma",
    language: "ar",
    cities:
      "Rabat#الرباط|Casablanca#الدار البيضاء|Marrakech;Marrakesch;Marrakesh#مراكش|Fès;Fes;Fez#فاس|Tanger;Tanger;Tangier#طنجة|Agadir#أكادير|Meknès#مكناس|Oujda#وجدة|Kénitra#القنيطرة|Tétouan#تطوان|Essaouira#الصويرة|Chefchaouen#شفشاون",
  },
  {
    code: "PS",
    continent: "ASIA",
    weight: 5,
    lat: 31.9,
    lon: 35.2,
    spread: 0.3,
    since: 1995,
    tld: "ps",
    language: "ar",
    cities:
      "Bethlehem#بيت لحم|Ramallah#رام الله|Nablus#نابلس|Hebron#الخليل|Jericho#أريحا|Beit Jala#بيت جالا|Beit Sahour#بيت ساحور|Jenin#جنين|Tulkarm#طولكرم|Qalqilya#قلقيلية",
  },
  {
    code: "BY",
    continent: "EUROPE",
    weight: 30,
    lat: 53.7,
    lon: 27.9,
    spread: 1.5,
    since: 1985,
    tld: "gov.by",
    language: "ru",
    cities:
      "Minsk#Мінск|Brest#Брэст|Hrodna;Grodno#Гродна|Viciebsk;Witebsk;Vitebsk#Віцебск|Homiel;Gomel;Gomel#Гомель|Mahiliou;Mogiljow;Mogilev#Магілёў|Baranavichy;Baranowitschi#Баранавічы|Babruysk;Bobruisk#Бабруйск|Pinsk#Пінск|Polatsk;Polozk#Полацк|Lida#Ліда|Navapolatsk;Nowopolozk#Наваполацк|Slutsk;Sluzk#Слуцк|Zhodzina;Schodsina#Жодзіна|Maladzyechna;Molodetschno#Маладзечна",
  },
  {
    code: "DE",
    continent: "EUROPE",
    weight: 220,
    lat: 51.2,
    lon: 10.4,
    spread: 2.2,
    since: 1985,
    tld: "de",
    language: "de",
    cities:
      "Dresden|Leipzig|Chemnitz|Erfurt|Weimar|Jena|Gera|Magdeburg|Halle (Saale)|Dessau-Roßlau|Potsdam|Cottbus|Frankfurt (Oder)|Rostock|Schwerin|Stralsund|Greifswald|Wismar|Neubrandenburg|Zwickau|Plauen|Görlitz|Bautzen|Freiberg|Meißen|Pirna|Eisenach|Gotha|Suhl|Nordhausen|Mühlhausen/Thüringen|Lutherstadt Wittenberg|Stendal|Halberstadt|Quedlinburg|Wernigerode|Brandenburg an der Havel|Eberswalde|Oranienburg|Berlin-Neukölln|Berlin-Treptow-Köpenick|Berlin-Pankow|Berlin-Lichtenberg|Berlin-Marzahn-Hellersdorf|Berlin-Charlottenburg-Wilmersdorf|Berlin-Friedrichshain-Kreuzberg|Berlin-Spandau|Berlin-Steglitz-Zehlendorf|Hamburg-Altona|Hamburg-Eimsbüttel|Neuruppin|Prenzlau|Angermünde|Senftenberg|Hoyerswerda|Riesa|Döbeln|Torgau|Delitzsch|Eilenburg|Naumburg (Saale)|Weißenfels|Zeitz|Merseburg|Bernburg (Saale)|Köthen (Anhalt)|Sangerhausen|Aschersleben|Salzwedel|Güstrow|Parchim|Waren (Müritz)|Neustrelitz|Anklam|Pasewalk|Bergen auf Rügen|Sömmerda|Arnstadt|Ilmenau|Saalfeld/Saale|Rudolstadt|Sonneberg|Meiningen|Schmalkalden|Altenburg|Greiz|Glauchau|Annaberg-Buchholz|Aue-Bad Schlema|Freital|Radebeul|Kamenz|Zittau|Löbau",
  },
  {
    code: "AU",
    continent: "OCEANIA",
    weight: 5,
    lat: -30,
    lon: 145,
    spread: 8,
    since: 1970,
    tld: "gov.au",
    language: "en",
    cities:
      "Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Darwin|Canberra|Newcastle|Wollongong|Geelong|Townsville|Cairns|Toowoomba|Ballarat|Bendigo|Launceston|Albury|Mackay|Hahndorf",
  },
  {
    code: "NZ",
    continent: "OCEANIA",
    weight: 5,
    lat: -41,
    lon: 174,
    spread: 3,
    since: 1970,
    tld: "govt.nz",
    language: "en",
    cities:
      "Auckland#Tāmaki Makaurau|Wellington#Te Whanganui-a-Tara|Christchurch#Ōtautahi|Hamilton|Tauranga|Dunedin|Palmerston North|Napier|Nelson|Rotorua|New Plymouth|Whangārei|Invercargill|Whanganui|Gisborne",
  },
];

export interface CityName {
  /** Name in Latin letters as used locally (the local name too, unless `local` is given). */
  latin: string;
  de: string;
  en: string;
  local: string;
}

/** Parses a country's city list (see the format at the top of this file). */
export function parseCities(list: string): CityName[] {
  return list.split("|").map((entry) => {
    const [names = "", script] = entry.split("#");
    const [latin = "", de, en] = names.split(";");
    return { latin, de: de || latin, en: en || latin, local: script ?? latin };
  });
}

/**
 * German municipalities for the German side of country-scale agreements, roughly by size (the order weighs how many
 * partnerships each has).
 */
export const GERMAN_MUNICIPALITIES: readonly string[] = (
  "Berlin|Hamburg|München|Köln|Frankfurt am Main|Stuttgart|Düsseldorf|Leipzig|Dortmund|Essen|Bremen|Dresden|" +
  "Hannover|Nürnberg|Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|Münster|Mannheim|Karlsruhe|Augsburg|Wiesbaden|" +
  "Mönchengladbach|Gelsenkirchen|Aachen|Braunschweig|Kiel|Chemnitz|Halle (Saale)|Magdeburg|Freiburg im Breisgau|" +
  "Krefeld|Mainz|Lübeck|Erfurt|Oberhausen|Rostock|Kassel|Hagen|Potsdam|Saarbrücken|Hamm|Ludwigshafen am Rhein|" +
  "Oldenburg|Mülheim an der Ruhr|Osnabrück|Leverkusen|Darmstadt|Heidelberg|Solingen|Herne|Regensburg|Neuss|" +
  "Paderborn|Ingolstadt|Offenbach am Main|Fürth|Würzburg|Ulm|Heilbronn|Pforzheim|Wolfsburg|Göttingen|Bottrop|" +
  "Reutlingen|Erlangen|Bremerhaven|Koblenz|Bergisch Gladbach|Remscheid|Trier|Recklinghausen|Jena|Moers|" +
  "Salzgitter|Siegen|Gütersloh|Hildesheim|Hanau|Kaiserslautern|Cottbus|Witten|Schwerin|Esslingen am Neckar|" +
  "Ludwigsburg|Gera|Iserlohn|Düren|Tübingen|Flensburg|Zwickau|Gießen|Ratingen|Lünen|Villingen-Schwenningen|" +
  "Konstanz|Marl|Worms|Velbert|Minden|Dessau-Roßlau|Neumünster|Norderstedt|Delmenhorst|Bamberg|Viersen|Marburg|" +
  "Rheine|Gladbeck|Troisdorf|Wilhelmshaven|Lüneburg|Bayreuth|Dorsten|Detmold|Castrop-Rauxel|Arnsberg|Landshut|" +
  "Brandenburg an der Havel|Lüdenscheid|Bocholt|Aschaffenburg|Celle|Kempten (Allgäu)|Fulda|Aalen|Lippstadt|" +
  "Dinslaken|Herford|Rüsselsheim am Main|Kerpen|Weimar|Sindelfingen|Neuwied|Plauen|Dormagen|Neubrandenburg|" +
  "Grevenbroich|Rosenheim|Herten|Bergheim|Friedrichshafen|Schwäbisch Gmünd|Garbsen|Wesel|Hürth|Offenburg|" +
  "Stralsund|Greifswald|Unna|Langenfeld (Rheinland)|Göppingen|Euskirchen|Hameln|Stolberg (Rhld.)|Eschweiler|" +
  "Sankt Augustin|Görlitz|Meerbusch|Hilden|Hattingen|Pulheim|Baden-Baden|Bad Salzuflen|Nordhorn|Lingen (Ems)|" +
  "Schweinfurt|Wetzlar|Passau|Goslar|Emden|Erftstadt|Cuxhaven|Speyer|Frechen|Landau in der Pfalz|Freising|" +
  "Memmingen|Straubing|Kaufbeuren|Bad Homburg vor der Höhe|Lörrach|Ravensburg|Weinheim|Rastatt|Coburg|Hof|" +
  "Ansbach|Amberg|Weiden in der Oberpfalz|Neu-Ulm|Schwabach|Dachau|Fürstenfeldbruck|Erding|Germering|" +
  "Bad Kreuznach|Pirmasens|Zweibrücken|Neustadt an der Weinstraße|Frankenthal (Pfalz)|Idar-Oberstein|Wittlich|" +
  "Saarlouis|Neunkirchen|Homburg|St. Ingbert|Merzig"
).split("|");
