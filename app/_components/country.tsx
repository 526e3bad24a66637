// A partner's country in words. A code stored before the country field took only ISO 3166-1 codes, which the
// migration country_code_aliases could not match to one country (YU, SU, CS, AN, or an unknown code), is shown as
// what it is, with the request to choose the country, never as a country name it might not mean.

import { isCountryCode } from "@/server/domain/country-codes";
import { countryName, fmt } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";

export function CountryName({ code, m, locale }: { code: string; m: Messages; locale: Locale }) {
  if (isCountryCode(code)) return <>{countryName(code, locale)}</>;
  return <span className="invalid-value">{fmt(m.partner.countryInvalid, { code: code.trim() }, locale)}</span>;
}
