import { describe, expect, it } from "vitest";
import { today } from "./dates";

describe("today", () => {
  it("is Cologne's calendar day, also just after midnight there", () => {
    // 23:30 UTC on 24 November is 00:30 on 25 November in Cologne (CET, UTC+1).
    expect(today(new Date("2026-11-24T23:30:00Z"))).toEqual(new Date("2026-11-25T00:00:00Z"));
    // 22:30 UTC on 30 June is 00:30 on 1 July in Cologne (CEST, UTC+2).
    expect(today(new Date("2026-06-30T22:30:00Z"))).toEqual(new Date("2026-07-01T00:00:00Z"));
    expect(today(new Date("2026-06-30T21:30:00Z"))).toEqual(new Date("2026-06-30T00:00:00Z"));
  });
});
