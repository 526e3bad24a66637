import { describe, expect, it } from "vitest";
import { COUNTRY_NAMES } from "../i18n/country-names";
import { keyedFieldErrors, validationMessage } from "../i18n/validation";
import { COUNTRY_CODES, REPLACED_COUNTRY_CODES, ZCountryCode } from "./country";
import { ZPartnerCreateInput } from "./partner";

const partner = { nameDe: "Testort", nameEn: "Testtown", continent: "EUROPE" };

function countryErrors(countryCode: string, locale: "de" | "en") {
  const parsed = ZPartnerCreateInput.safeParse({ ...partner, countryCode });
  if (parsed.success) throw new Error(`${countryCode} was accepted`);
  return (keyedFieldErrors(parsed.error.issues).countryCode ?? []).map((m) => validationMessage(m, locale));
}

describe("country codes", () => {
  it("accepts the 249 codes ISO 3166-1 assigned, and XK, in any case", () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    for (const code of ["DE", "GB", "UA", "CN", "CI", "PS", "XK"]) expect(ZCountryCode.parse(code)).toBe(code);
    expect(ZCountryCode.parse(" ua ")).toBe("UA");
  });

  it('refuses "UK", naming the field and the code meant, in German and in English', () => {
    expect(countryErrors("UK", "de")).toEqual([
      "„UK“ ist kein Ländercode nach ISO 3166-1 – meinten Sie GB (Vereinigtes Königreich)?",
    ]);
    expect(countryErrors("uk", "en")).toEqual([
      '"UK" is not an ISO 3166-1 country code: did you mean GB (United Kingdom)?',
    ]);
    const parsed = ZPartnerCreateInput.safeParse({ ...partner, countryCode: "UK" });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path)).toEqual([["countryCode"]]);
  });

  it("refuses withdrawn and unassigned codes; each withdrawn one names an assigned code", () => {
    for (const [code, meant] of Object.entries(REPLACED_COUNTRY_CODES)) {
      expect(ZCountryCode.safeParse(code).success, code).toBe(false);
      expect(COUNTRY_CODES, code).toContain(meant);
    }
    for (const code of ["ZZ", "EU", "AA", "DEU", "D1", "Deutschland"]) {
      expect(countryErrors(code, "en")[0], code).toMatch(/is not an ISO 3166-1 country code/);
    }
    expect(countryErrors("", "de")).toEqual(["Pflichtfeld"]);
  });

  it("has a German and an English name for every accepted code", () => {
    for (const code of COUNTRY_CODES)
      expect(
        COUNTRY_NAMES[code]?.every((name) => name.length > 0),
        code,
      ).toBe(true);
  });
});
