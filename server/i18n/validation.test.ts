import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZAgreementCreateInput, ZAgreementTransitionInput } from "../schemas/agreement";
import { ZPartnerCreateInput } from "../schemas/partner";
import { keyedFieldErrors, VALIDATION_TEXTS, type ValidationKey, validationMessage } from "./validation";

function keyed(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to be refused");
  return keyedFieldErrors(parsed.error.issues);
}

describe("validation messages", () => {
  it("has a German and an English text for every key, with the same placeholders", () => {
    for (const key of Object.keys(VALIDATION_TEXTS.de) as ValidationKey[]) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(VALIDATION_TEXTS.de[key], key).not.toBe("");
      expect(VALIDATION_TEXTS.en[key], key).not.toBe("");
      expect(placeholders(VALIDATION_TEXTS.de[key]), key).toEqual(placeholders(VALIDATION_TEXTS.en[key]));
    }
  });

  it("reads every kind of refused agreement input as a keyed message", () => {
    const errors = keyed(ZAgreementCreateInput, {
      type: "ALLIANCE",
      title: "",
      partnerId: 1,
      signedOn: "2023-02-30",
      notes: "x".repeat(10_001),
      areas: [{ code: "lower" }],
      extra: 1,
    });
    expect(errors.type).toEqual([{ key: "choose" }]);
    expect(errors.title).toEqual([{ key: "required" }]);
    expect(errors.signedOn).toEqual([{ key: "notAPartialDate", params: { value: "2023-02-30" } }]);
    expect(errors.notes).toEqual([{ key: "maxLength", params: { max: 10_000 } }]);
    expect(errors.areas).toEqual([{ key: "areaCode" }]);
    expect(errors[""]).toEqual([{ key: "unknownField", params: { keys: "extra" } }]);
  });

  it("says them in German and in English", () => {
    const errors = keyed(ZAgreementTransitionInput, { id: 1, to: "ACTIVE", reason: "ab", effectiveOn: "morgen" });
    expect(errors.reason?.map((m) => validationMessage(m, "de"))).toEqual([
      "bitte eine Begründung mit mindestens 3 Zeichen angeben",
    ]);
    expect(errors.effectiveOn?.map((m) => validationMessage(m, "de"))).toEqual([
      "„morgen“ ist kein Tag (z. B. 27.06.1984 oder 1984-06-27)",
    ]);
    expect(errors.effectiveOn?.map((m) => validationMessage(m, "en"))).toEqual([
      '"morgen" is not a day (e.g. 27.06.1984 or 1984-06-27)',
    ]);
    const partner = keyed(ZPartnerCreateInput, {
      nameDe: "X",
      nameEn: "X",
      countryCode: "Deutschland",
      continent: "EUROPE",
      latitude: 91,
    });
    expect(partner.countryCode?.map((m) => validationMessage(m, "de"))).toEqual([
      "„DEUTSCHLAND“ ist kein Ländercode nach ISO 3166-1; bitte das Land aus der Liste wählen",
    ]);
    expect(partner.latitude?.map((m) => validationMessage(m, "de"))).toEqual(["darf höchstens 90 sein"]);
  });
});
