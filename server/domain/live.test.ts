// Which changes re-render the timeline (issue 21): it is drawn on the server, so no cached query of it is dropped;
// the live stream renders the page again when a change affects its router.
import { describe, expect, it } from "vitest";
import { routersAffectedBy, SERVER_RENDERED_PAGES } from "./live";

describe("the timeline's live updates", () => {
  it("agreements, partners, activities and kinds the table does not know affect it; accounts and people do not", () => {
    for (const entity of ["AGREEMENT", "PARTNER", "ACTIVITY", "SOMETHING_NEW"]) {
      expect(routersAffectedBy(entity)).toContain("timeline");
    }
    for (const entity of ["USER", "PERSON", "WORKING_GROUP", "MILESTONE"]) {
      expect(routersAffectedBy(entity)).not.toContain("timeline");
    }
  });

  it("the page /timeline (with any query) is rendered again, other pages are not by this table", () => {
    const drawn = (path: string) => SERVER_RENDERED_PAGES.filter((page) => page.path.test(path)).map((p) => p.router);
    expect(drawn("/timeline")).toEqual(["timeline"]);
    expect(drawn("/timeline/")).toEqual(["timeline"]);
    expect(drawn("/timelines")).toEqual([]);
    expect(drawn("/agreements")).toEqual([]);
  });
});
