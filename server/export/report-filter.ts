// The agreements list's filter (as read from its URL by agreementListInputFromSearchParams) in words, for the title
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
  if (input.status?.length) {
    lines.push(
      fmt(
        r.filterStatus,
        {
          list: either(
            input.status.map((s) => m.enums.agreementStatus[s]),
            locale,
          ),
        },
        locale,
      ),
    );
  }
  if (input.type?.length) {
    lines.push(
      fmt(
        r.filterType,
        {
          list: either(
            input.type.map((t) => m.enums.agreementType[t]),
            locale,
          ),
        },
        locale,
      ),
    );
  }
  if (input.area?.length) lines.push(fmt(r.filterArea, { list: either(input.area.map(areaName), locale) }, locale));
  if (input.areaStatus?.length) {
    lines.push(
      fmt(
        r.filterAreaStatus,
        {
          list: either(
            input.areaStatus.map((s) => m.enums.areaLinkStatus[s]),
            locale,
          ),
        },
        locale,
      ),
    );
  }
  if (input.continent?.length) {
    lines.push(
      fmt(
        r.filterContinent,
        {
          list: either(
            input.continent.map((c) => m.enums.continent[c]),
            locale,
          ),
        },
        locale,
      ),
    );
  }
  if (input.country?.length) {
    lines.push(
      fmt(
        r.filterCountry,
        {
          list: either(
            input.country.map((c) => countryName(c, locale)),
            locale,
          ),
        },
        locale,
      ),
    );
  }
  const { yearFrom: from, yearTo: to } = input;
  if (from !== undefined && to !== undefined) lines.push(fmt(r.filterYears, { from, to }, locale));
  else if (from !== undefined) lines.push(fmt(r.filterYearFrom, { from }, locale));
  else if (to !== undefined) lines.push(fmt(r.filterYearTo, { to }, locale));
  if (input.quiet) lines.push(m.agreement.quietFilter);
  if (input.q) lines.push(fmt(r.filterSearch, { q: input.q }, locale));

  const sort = input.sort ?? "signedOn";
  const column = {
    title: m.common.title,
    partner: m.common.partner,
    partnerEn: m.common.partner,
    type: m.common.type,
    status: m.common.status,
    signedOn: m.agreement.signedOn,
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
