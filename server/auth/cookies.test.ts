// The one Cookie header reader: the session check, the export's language, and the cookies the PDF printing forwards
// to its browser (values as sent: a session token must arrive byte for byte).
import { describe, expect, it } from "vitest";
import { cookiePairs, cookieValue } from "./cookies";

describe("cookiePairs", () => {
  it("reads name=value pairs in order, values as sent", () => {
    expect(cookiePairs('a=1; b="x%2Ey"; =c; d; e = 5 ')).toEqual([
      { name: "a", value: "1" },
      { name: "b", value: '"x%2Ey"' },
      { name: "e", value: "5" },
    ]);
    expect(cookiePairs(null)).toEqual([]);
    // What the PDF printing forwards: a URL-encoded session token and a value holding "=" unchanged.
    expect(cookiePairs("partnerschaften.session_token=abc.d%2Be%3D; locale=en; __Secure-x=1=2; broken; =v")).toEqual([
      { name: "partnerschaften.session_token", value: "abc.d%2Be%3D" },
      { name: "locale", value: "en" },
      { name: "__Secure-x", value: "1=2" },
    ]);
  });

  it("gives one value unquoted and decoded, or as sent when it is not valid percent-encoding", () => {
    expect(cookieValue("locale=en; locale=de", "locale")).toBe("en");
    expect(cookieValue('x="%E2%82%AC"', "x")).toBe("€");
    expect(cookieValue("x=%E2%82", "x")).toBe("%E2%82");
  });
});
