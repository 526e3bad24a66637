// The list definitions' URLs: the list screens and their server prefetch read a URL the same way, a hand-edited or
// stale URL still shows a list (values that are not valid are dropped), the export reads it strictly (400 naming
// the parameter), and writing an input back gives a URL that reads as the same input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, CONTINENTS } from "../domain/enums";
import { activityList } from "./activities";
import { AGREEMENT_SORT_KEYS, agreementList } from "./agreements";
import { auditList } from "./audit";
import { ParameterError, prismaOrderBy, toUrlSearchParams } from "./define";
import { partnerList } from "./partners";
import { personList } from "./people";
import { workingGroupList } from "./working-groups";

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("reading a list's URL", () => {
  it("keeps the valid values of a repeated parameter and drops the rest", () => {
    const read = (query: string) => agreementList.fromSearchParams(new URLSearchParams(query));
    expect(read("status=ACTIVE&status=GREEN&status=SIGNED").status).toEqual(["ACTIVE", "SIGNED"]);
    expect(read("status=GREEN").status).toBeUndefined();
    expect(read("").status).toBeUndefined();
  });

  it("reads numbers written with digits only", () => {
    const year = (text: string) =>
      agreementList.fromSearchParams(new URLSearchParams(`from=${encodeURIComponent(text)}`)).yearFrom;
    expect(year("1952")).toBe(1952);
    for (const text of ["1e3", "0x10", " 1952", "-1", "1952.5", "", "999"]) expect(year(text)).toBeUndefined();
  });

  it("treats an empty search as none and ignores unknown sort keys", () => {
    const read = (query: string) => plain(personList.fromSearchParams(new URLSearchParams(query)));
    expect(read("q=&sort=nope&dir=up&page=0")).toEqual({});
    expect(read("q=K%C3%B6ln&sort=name&dir=desc&page=3")).toEqual({ q: "Köln", sort: "name", dir: "desc", page: 3 });
  });

  it("translates the agreement list's URL", () => {
    const params = new URLSearchParams("status=ACTIVE&status=BOGUS&country=de&from=1950&to=3000&sort=signedOn&page=2");
    expect(plain(agreementList.fromSearchParams(params))).toEqual({
      status: ["ACTIVE"],
      country: ["DE"],
      yearFrom: 1950,
      sort: "signedOn",
      page: 2,
    });
  });

  it("sorts partners by the name in the interface's language unless the URL says otherwise", () => {
    expect(partnerList.fromSearchParams(new URLSearchParams(""), "en").sort).toBe("nameEn");
    expect(partnerList.fromSearchParams(new URLSearchParams(""), "de").sort).toBe("nameDe");
    expect(partnerList.fromSearchParams(new URLSearchParams("sort=countryCode"), "en").sort).toBe("countryCode");
  });

  it("keeps repeated parameters of a page's searchParams and leaves out missing ones", () => {
    expect(toUrlSearchParams({ status: ["ACTIVE", "SIGNED"], q: "Lille", page: undefined }).toString()).toBe(
      "status=ACTIVE&status=SIGNED&q=Lille",
    );
  });
});

describe("writing a list's URL", () => {
  it("gives a URL that reads as the same agreement list input (any filters)", () => {
    const subset = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });
    const input = fc.record(
      {
        status: subset(AGREEMENT_STATUSES),
        type: subset(AGREEMENT_TYPES),
        continent: subset(CONTINENTS),
        country: fc.uniqueArray(fc.constantFrom("DE", "CN", "RU", "FR"), { minLength: 1 }),
        yearFrom: fc.integer({ min: 1000, max: 2200 }),
        quiet: fc.constant(true),
        q: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && !/\p{Cc}|\p{Cs}/u.test(s)),
        sort: fc.constantFrom(...AGREEMENT_SORT_KEYS),
        dir: fc.constantFrom("asc" as const, "desc" as const),
        page: fc.integer({ min: 2, max: 500 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (value) => {
        const url = new URL(agreementList.href(value), "http://x");
        expect(url.pathname).toBe("/agreements");
        expect(plain(agreementList.fromSearchParams(url.searchParams))).toEqual(plain(value));
      }),
    );
  });

  it("leaves page 1 and an empty filter out", () => {
    expect(workingGroupList.href({ page: 1 })).toBe("/working-groups");
    expect(activityList.href({ agreementId: 12, type: ["VISIT"] })).toBe("/activities?type=VISIT&agreement=12");
    expect(auditList.href({ entityType: "AGREEMENT", entityId: "3" })).toBe("/admin/audit?entity=AGREEMENT&record=3");
  });
});

describe("reading an export's URL strictly", () => {
  const strict = (query: string) => agreementList.strictFromSearchParams(new URLSearchParams(query));

  it("names a parameter it cannot read, or one given twice", () => {
    expect(() => strict("status=ACTIVE&status=GREEN")).toThrow(ParameterError);
    expect(() => strict("status=GREEN")).toThrow(/^status: not a valid value: "GREEN"/);
    expect(() => strict("from=1950&from=1960")).toThrow(/^from: given more than once/);
    expect(() => strict("quiet=yes")).toThrow(/^quiet:/);
    expect(() => strict("sort=nope")).toThrow(/^sort: not a valid value: "nope" \(expected one of title, /);
  });

  it("refuses a parameter the list does not have, naming it and the ones it has", () => {
    expect(() => strict("agreementId=3")).toThrow(/^agreementId: not a parameter of this list \(expected one of /);
    expect(() => workingGroupList.strictFromSearchParams(new URLSearchParams("agreementId=3"))).toThrow(ParameterError);
    expect(workingGroupList.strictFromSearchParams(new URLSearchParams("agreement=3"))).toMatchObject({
      agreementId: 3,
    });
  });

  it("ignores paging, the format and the language, and fills in the schema's defaults", () => {
    expect(strict("page=7&pageSize=3&format=csv&lang=en&status=ACTIVE")).toMatchObject({
      status: ["ACTIVE"],
      sort: "signedOn",
      dir: "asc",
      page: 1,
      pageSize: 25,
    });
  });
});

describe("a list's order", () => {
  it("is the sort key, then the tie-breakers that differ from it", () => {
    expect(prismaOrderBy(partnerList.order({ sort: "nameDe", dir: "desc" }))).toEqual([
      { nameDe: "desc" },
      { id: "asc" },
    ]);
    expect(prismaOrderBy(partnerList.order({ sort: "continent", dir: "desc" }))).toEqual([
      { continent: "desc" },
      { nameDe: "asc" },
      { id: "asc" },
    ]);
    expect(prismaOrderBy(agreementList.order({ sort: "partnerEn", dir: "asc" }))).toEqual([
      { partner: { nameEn: "asc" } },
      { id: "asc" },
    ]);
    expect(prismaOrderBy(personList.order({ sort: "organisation", dir: "asc" }))).toEqual([
      { organisation: { sort: "asc", nulls: "last" } },
      { name: "asc" },
      { id: "asc" },
    ]);
    expect(prismaOrderBy(auditList.order({ sort: "at", dir: "asc" }))).toEqual([{ at: "desc" }, { id: "desc" }]);
  });
});
