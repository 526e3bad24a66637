// The agreements list's filter (as read from its URL by agreementList.fromSearchParams) in words, for the title
// page of the partnership report: "Status: Aktiv oder Ruhend", "Kontinent: Asien", "unterzeichnet 1950 bis 1969".

import { countryName, fmt } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { Messages, ReportMessages } from "../i18n/messages";
import type { TAgreementListInput } from "../lists/agreements";

export interface AreaName {
  code: string;
  nameDe: string;
  nameEn: string;
}

const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

/** "A", "A oder B", "A, B oder C" (or: "A, B or C"). */
function either(items: string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: "disjunction" }).format(items);
}

export interface FilterInWords {
  /** One line per filter; a single "all agreements" line without filters. */
  lines: string[];
  /** The order of the table, e.g. "sortiert nach Unterzeichnet (absteigend)". */
  order: string;
  /** True if any filter narrows the list. */
  filtered: boolean;
}

export function agreementFilterInWords(
  input: TAgreementListInput,
  { locale, m, r, areas }: { locale: Locale; m: Messages; r: ReportMessages; areas: readonly AreaName[] },
): FilterInWords {
  const lines: string[] = [];
  const areaName = (code: string) => {
    const area = areas.find((candidate) => candidate.code === code);
    return area ? (locale === "de" ? area.nameDe : area.nameEn) : code;
  };
  // Each filter given: its message with the chosen values in words, "A, B or C".
  const chosen: [string, readonly string[] | undefined, (value: string) => string][] = [
    [r.filterStatus, input.status, (s) => m.enums.agreementStatus[s as keyof typeof m.enums.agreementStatus]],
    [r.filterType, input.type, (t) => m.enums.agreementType[t as keyof typeof m.enums.agreementType]],
    [r.filterArea, input.area, areaName],
    [r.filterAreaStatus, input.areaStatus, (s) => m.enums.areaLinkStatus[s as keyof typeof m.enums.areaLinkStatus]],
    [r.filterContinent, input.continent, (c) => m.enums.continent[c as keyof typeof m.enums.continent]],
    [r.filterCountry, input.country, (c) => countryName(c, locale)],
  ];
  for (const [message, values, word] of chosen) {
    if (values?.length) lines.push(fmt(message, { list: either(values.map(word), locale) }, locale));
  }
  const { yearFrom: from, yearTo: to } = input;
  if (from !== undefined && to !== undefined) lines.push(fmt(r.filterYears, { from, to }, locale));
  else if (from !== undefined) lines.push(fmt(r.filterYearFrom, { from }, locale));
  else if (to !== undefined) lines.push(fmt(r.filterYearTo, { to }, locale));
  if (input.quiet) lines.push(m.agreement.quietFilter);
  if (input.inForce) lines.push(m.attention.inForceFilter);
  if (input.attention) lines.push(m.attention.attentionFilter);
  if (input.validUntil) lines.push(`${m.agreement.validUntil}: ${m.agenda.validUntilFilter[input.validUntil]}`);
  if (input.q) lines.push(fmt(r.filterSearch, { q: input.q }, locale));

  const sort = input.sort ?? "signedOn";
  const column = {
    title: m.common.title,
    partner: m.common.partner,
    partnerEn: m.common.partner,
    type: m.common.type,
    status: m.common.status,
    signedOn: m.agreement.signedOn,
    validUntil: m.agreement.validUntil,
    updatedAt: m.agreement.lastUpdated,
  }[sort];
  const order = fmt(
    r.sortedBy,
    {
      column,
      dir: (input.dir ?? "asc") === "asc" ? m.common.ascending : m.common.descending,
    },
    locale,
  );
  return { lines: lines.length ? lines : [r.noFilter], order, filtered: lines.length > 0 };
}
