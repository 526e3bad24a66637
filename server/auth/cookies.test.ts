// The one Cookie header reader. The PDF printing keeps its own copy (parseCookieHeader in server/export/pdf-print.ts)
// until its rewrite lands; this test holds the two to the same answers, so that copy can go for an import.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCookieHeader } from "../export/pdf-print";
import { cookiePairs, cookieValue } from "./cookies";

describe("cookiePairs", () => {
  it("reads name=value pairs in order, values as sent", () => {
    expect(cookiePairs('a=1; b="x%2Ey"; =c; d; e = 5 ')).toEqual([
      { name: "a", value: "1" },
      { name: "b", value: '"x%2Ey"' },
      { name: "e", value: "5" },
    ]);
    expect(cookiePairs(null)).toEqual([]);
  });

  it("reads any header as the PDF printing's copy does", () => {
    const header = fc.array(fc.constantFrom("a", "b", "=", ";", " ", '"', "%", "2", "E", "é"), { maxLength: 40 });
    fc.assert(
      fc.property(header, (chars) => {
        const text = chars.join("");
        expect(cookiePairs(text)).toEqual(parseCookieHeader(text));
      }),
    );
  });

  it("gives one value unquoted and decoded, or as sent when it is not valid percent-encoding", () => {
    expect(cookieValue("locale=en; locale=de", "locale")).toBe("en");
    expect(cookieValue('x="%E2%82%AC"', "x")).toBe("€");
    expect(cookieValue("x=%E2%82", "x")).toBe("%E2%82");
  });
});
