import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("where sign-in leads", () => {
  it("keeps a path of this app with its query", () => {
    expect(safeNextPath("/partners?q=Kyoto")).toBe("/partners?q=Kyoto");
    expect(safeNextPath("/agreements/5#history")).toBe("/agreements/5#history");
  });

  it.each([
    [null],
    [""],
    ["https://evil.example/"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r/evil.example"],
    ["javascript:alert(1)"],
    ["/%0a/x\u0000"],
  ])("sends %j to the dashboard", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("never leaves the app's origin, whatever the path", () => {
    for (const next of ["/..//evil.example", "/./\u2215\u2215evil.example", "/%2F%2Fevil.example"]) {
      const target = new URL(safeNextPath(next), "https://partnerschaften.example");
      expect(target.origin).toBe("https://partnerschaften.example");
    }
  });
});
