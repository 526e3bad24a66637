// A country as ISO 3166-1 alpha-2 code: only codes ISO has assigned (and XK), so "UK" cannot become a second
// United Kingdom beside GB. Codes people still type from older lists or other standards (UK, SU, YU, EL…) are
// refused with the code meant, named in the message.
import { z } from "zod";
import { isCountryCode, REPLACED_COUNTRY_CODES } from "../domain/country-codes";
import { COUNTRY_NAMES } from "../i18n/country-names";
import { EN as VALIDATION } from "../i18n/validation";

export { COUNTRY_CODES, isCountryCode, REPLACED_COUNTRY_CODES } from "../domain/country-codes";

/** Input: a country code in any case → the code in capitals; refused unless ISO 3166-1 assigned it. */
export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    if (isCountryCode(code)) return;
    const meant = REPLACED_COUNTRY_CODES[code];
    if (meant) {
      const name = COUNTRY_NAMES[meant]?.[1] ?? meant;
      ctx.addIssue({
        code: "custom",
        message: VALIDATION.countryReplaced
          .replace("{value}", code)
          .replace("{code}", meant)
          .replace("{country}", name),
        params: { key: "countryReplaced", value: code, code: meant, country: meant },
      });
      return;
    }
    if (code === "") {
      ctx.addIssue({ code: "custom", message: VALIDATION.required, params: { key: "required" } });
      return;
    }
    ctx.addIssue({
      code: "custom",
      message: VALIDATION.countryUnknown.replace("{value}", code.slice(0, 20)),
      params: { key: "countryUnknown", value: code.slice(0, 20) },
    });
  });
