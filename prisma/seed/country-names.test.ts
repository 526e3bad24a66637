// The demo data's countries are named from the fixed table in both languages (the table replaced Intl.DisplayNames,
// whose names differ between the server's and the browser's ICU: e2e/accessibility.spec.ts checks the hydration).
import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/bench/data/places";
import { countryName } from "@/server/i18n/format";
import { isCountryCode } from "@/server/schemas/country";
import { PARTNERS } from "./data";

describe("countryName", () => {
  it("names every country of the demo data in German and English", () => {
    for (const { countryCode } of PARTNERS) {
      expect(countryName(countryCode, "de"), countryCode).not.toBe(countryCode);
      expect(countryName(countryCode, "en"), countryCode).not.toBe(countryCode);
    }
    expect(countryName("DE", "de")).toBe("Deutschland");
    expect(countryName("GB", "en")).toBe("United Kingdom");
    expect(countryName("PS", "de")).toBe("Palästinensische Autonomiegebiete");
    expect(countryName("HK", "de")).toBe("Hongkong");
  });

  it("uses only codes the country field accepts (ISO 3166-1), in the demo data and the benchmark's data", () => {
    for (const { countryCode } of PARTNERS) expect(isCountryCode(countryCode), countryCode).toBe(true);
    for (const { code } of COUNTRIES) expect(isCountryCode(code), code).toBe(true);
  });

  it("names a code ISO 3166-1 does not assign as such, never as a country it might have meant", () => {
    expect(countryName("QQ", "de")).toBe("„QQ“ (ungültiger Ländercode)");
    expect(countryName("EU", "en")).toBe("“EU” (invalid country code)");
    // Kept by the migration because it is ambiguous: not shown as Serbia.
    expect(countryName("YU", "de")).toBe("„YU“ (ungültiger Ländercode)");
    expect(countryName("RS", "de")).toBe("Serbien");
  });
});
