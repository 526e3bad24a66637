// The URL → list input translation that the list screens and their server prefetch share: a hand-edited or stale
// URL must still show a list, so values that are not valid are dropped rather than failing.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { agreementListInputFromSearchParams } from "./agreement";
import { searchParamReader, toUrlSearchParams } from "./search-params";

const read = (query: string) => searchParamReader(new URLSearchParams(query));

describe("searchParamReader", () => {
  it("keeps the valid values of a repeated parameter and drops the rest", () => {
    const colour = z.enum(["RED", "BLUE"]);
    expect(read("c=RED&c=GREEN&c=BLUE").many(colour, "c")).toEqual(["RED", "BLUE"]);
    expect(read("c=GREEN").many(colour, "c")).toBeUndefined();
    expect(read("").many(colour, "c")).toBeUndefined();
  });

  it("reads numbers written with digits only", () => {
    const year = z.number().int().min(1000).max(2200);
    expect(read("y=1952").number(year, "y")).toBe(1952);
    for (const text of ["1e3", "0x10", " 1952", "-1", "1952.5", "", "999"]) {
      expect(read(`y=${encodeURIComponent(text)}`).number(year, "y")).toBeUndefined();
    }
  });

  it("treats an empty search as none and ignores unknown sort keys", () => {
    expect(read("q=&sort=nope&dir=up&page=0").searchSortAndPage(["name"])).toEqual({
      q: undefined,
      sort: undefined,
      dir: undefined,
      page: undefined,
    });
    expect(read("q=K%C3%B6ln&sort=name&dir=desc&page=3").searchSortAndPage(["name"])).toEqual({
      q: "Köln",
      sort: "name",
      dir: "desc",
      page: 3,
    });
  });
});

describe("toUrlSearchParams", () => {
  it("keeps repeated parameters and leaves out missing ones", () => {
    expect(toUrlSearchParams({ status: ["ACTIVE", "SIGNED"], q: "Lille", page: undefined }).toString()).toBe(
      "status=ACTIVE&status=SIGNED&q=Lille",
    );
  });
});

describe("agreementListInputFromSearchParams", () => {
  it("translates the agreement list's URL", () => {
    const params = new URLSearchParams("status=ACTIVE&status=BOGUS&country=de&from=1950&to=3000&sort=signedOn&page=2");
    expect(JSON.parse(JSON.stringify(agreementListInputFromSearchParams(params)))).toEqual({
      status: ["ACTIVE"],
      country: ["DE"],
      yearFrom: 1950,
      sort: "signedOn",
      page: 2,
    });
  });
});
