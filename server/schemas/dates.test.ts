// The one date input's reading of what people type, and the records' cross-field date rules: every error at once,
// the date rules too when another field fails to parse.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { cityToday } from "../domain/time-zone";
import { keyedFieldErrors } from "../i18n/validation";
import { ZActivityCreateInput } from "./activity";
import { ZAgreementCreateInput, ZAgreementTransitionInput, ZAgreementUpdateInput } from "./agreement";
import { daySpan, parsePartialDate, utcDate, ZDateInput } from "./common";
import { ZMilestoneAddInput } from "./working-group";

function errorKeys(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(keyedFieldErrors(parsed.error.issues)).map(([field, messages]) => [
      field,
      messages.map((m) => m.key),
    ]),
  );
}

const agreement = { type: "PARTNERSHIP", title: "Test", partnerId: 1 };
const tomorrow = new Date(cityToday().getTime() + 86_400_000).toISOString().slice(0, 10);

describe("parsePartialDate", () => {
  it.each([
    ["1958", utcDate(1958, 1, 1), "YEAR"],
    ["06/1988", utcDate(1988, 6, 1), "MONTH"],
    ["6/1988", utcDate(1988, 6, 1), "MONTH"],
    ["06.1988", utcDate(1988, 6, 1), "MONTH"],
    ["1988-06", utcDate(1988, 6, 1), "MONTH"],
    ["27.06.1984", utcDate(1984, 6, 27), "DAY"],
    ["27.6.1984", utcDate(1984, 6, 27), "DAY"],
    [" 1984-06-27 ", utcDate(1984, 6, 27), "DAY"],
  ])("reads %s", (text, date, precision) => {
    expect(parsePartialDate(text)).toEqual({ date, precision });
  });

  it.each(["", "morgen", "13/1988", "31.02.1984", "1984-13-01", "0999", "27/06/1984", "1984-06-27T00:00", "19588"])(
    "refuses %j",
    (text) => expect(parsePartialDate(text)).toBeNull(),
  );

  it("takes a day in German or ISO form where only a day will do, and refuses a month there", () => {
    expect(ZDateInput.parse("3.7.1958")).toEqual(utcDate(1958, 7, 3));
    expect(ZDateInput.safeParse("07/1958").success).toBe(false);
  });

  it("knows the first and last day a year or a month means", () => {
    expect(daySpan({ date: utcDate(1988, 1, 1), precision: "YEAR" }).last).toEqual(utcDate(1988, 12, 31));
    expect(daySpan({ date: utcDate(2024, 2, 1), precision: "MONTH" }).last).toEqual(utcDate(2024, 2, 29));
  });
});

describe("cross-field date rules", () => {
  it("refuses valid-until before valid-from and signed after valid-until, at the fields concerned", () => {
    expect(
      errorKeys(ZAgreementCreateInput, { ...agreement, signedOn: "2020", validFrom: "2020-05", validUntil: "2019" }),
    ).toEqual({ validUntil: ["untilBeforeFrom"], signedOn: ["signedAfterUntil"] });
  });

  it("reads partial dates as the span they mean: signed in 1988 and valid until June 1988 do not conflict", () => {
    expect(errorKeys(ZAgreementCreateInput, { ...agreement, signedOn: "1988", validUntil: "06/1988" })).toEqual({});
    expect(errorKeys(ZAgreementCreateInput, { ...agreement, signedOn: "06/1988", validUntil: "1988" })).toEqual({});
  });

  it("refuses a signature in the future, on create and on update", () => {
    expect(errorKeys(ZAgreementCreateInput, { ...agreement, signedOn: tomorrow })).toEqual({ signedOn: ["inFuture"] });
    expect(errorKeys(ZAgreementUpdateInput, { ...agreement, id: 1, version: 1, countersignedOn: tomorrow })).toEqual({
      countersignedOn: ["inFuture"],
    });
    expect(
      errorKeys(ZAgreementTransitionInput, { id: 1, to: "ACTIVE", reason: "Test", effectiveOn: tomorrow }),
    ).toEqual({ effectiveOn: ["inFuture"] });
  });

  it("reports every error at once: the date rule too while other fields fail to parse", () => {
    expect(
      errorKeys(ZAgreementCreateInput, {
        ...agreement,
        title: "",
        type: "ALLIANCE",
        councilDecisionOn: "nonsense",
        validFrom: "2021",
        validUntil: "2020",
      }),
    ).toEqual({
      title: ["required"],
      type: ["choose"],
      councilDecisionOn: ["notAPartialDate"],
      validUntil: ["untilBeforeFrom"],
    });
    expect(
      errorKeys(ZActivityCreateInput, { type: "VISIT", title: "", startOn: "10.05.2024", endOn: "09.05.2024" }),
    ).toEqual({ title: ["required"], endOn: ["endBeforeStart"] });
  });

  it("refuses a milestone done tomorrow", () => {
    expect(errorKeys(ZMilestoneAddInput, { workingGroupId: 1, title: "M", status: "DONE", doneOn: tomorrow })).toEqual({
      doneOn: ["inFuture"],
    });
  });
});
