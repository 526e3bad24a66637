// The reference list of cooperation areas: the one place they are defined. Pure data (no Prisma runtime), because
// the browser imports it too. The seed writes these rows into CooperationArea with sortOrder = index.
//
// The first five are the areas the Chongqing MoU visit of August 2019 named for closer cooperation
// (Stadt Köln, Pressemitteilung 2019); the others cover what a city's international office works on.

export const COOPERATION_AREAS = [
  { code: "ECONOMY", nameDe: "Wirtschaft", nameEn: "Economy" },
  { code: "CULTURE", nameDe: "Kultur", nameEn: "Culture" },
  { code: "SPORT", nameDe: "Sport", nameEn: "Sport" },
  { code: "ENVIRONMENTAL_TECHNOLOGY", nameDe: "Umwelttechnologie", nameEn: "Environmental technology" },
  { code: "ELDERLY_CARE", nameDe: "Altenpflege", nameEn: "Elderly care" },
  { code: "EDUCATION_YOUTH", nameDe: "Bildung und Jugendaustausch", nameEn: "Education and youth exchange" },
  { code: "SCIENCE", nameDe: "Wissenschaft und Hochschulen", nameEn: "Science and universities" },
  { code: "HEALTH", nameDe: "Gesundheit", nameEn: "Health" },
  { code: "URBAN_DEVELOPMENT", nameDe: "Stadtentwicklung und Smart City", nameEn: "Urban development and smart city" },
  { code: "CLIMATE", nameDe: "Klima und Umwelt", nameEn: "Climate and environment" },
  { code: "TOURISM", nameDe: "Tourismus", nameEn: "Tourism" },
  { code: "CIVIL_SOCIETY", nameDe: "Zivilgesellschaft und Begegnung", nameEn: "Civil society and encounters" },
  { code: "HUMAN_RIGHTS", nameDe: "Menschenrechte und Demokratie", nameEn: "Human rights and democracy" },
  { code: "REMEMBRANCE", nameDe: "Erinnerungskultur", nameEn: "Remembrance" },
  { code: "MOBILITY_LOGISTICS", nameDe: "Mobilität und Logistik", nameEn: "Mobility and logistics" },
  { code: "ADMINISTRATION", nameDe: "Verwaltungskooperation", nameEn: "Administrative cooperation" },
  { code: "HUMANITARIAN_AID", nameDe: "Humanitäre Hilfe", nameEn: "Humanitarian aid" },
] as const;

export type CooperationAreaDefinition = (typeof COOPERATION_AREAS)[number];
export type CooperationAreaCode = CooperationAreaDefinition["code"];
