import AxeBuilder from "@axe-core/playwright";
import type { Page as BrowserPage } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { trpcQuery } from "./api";
import { storageStateOf } from "./auth";

type Page = { items: { id: number }[] };

async function firstId(request: Parameters<typeof trpcQuery>[0], path: string, input: object = {}) {
  const page = await trpcQuery<Page>(request, path, input);
  const first = page.items[0];
  if (!first) throw new Error(`${path} returned no rows`);
  return first.id;
}

/**
 * Scans each page with axe, and fails on any error the page throws: a hydration mismatch (React error #418, e.g. a
 * text the server's ICU writes differently from the browser's) makes React throw the server's markup away.
 */
async function scan(page: BrowserPage, paths: string[]): Promise<string[]> {
  const failures: string[] = [];
  let current = "";
  page.on("pageerror", (error) => failures.push(`${current}: page error ${error.message}`));
  for (const path of paths) {
    current = path;
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    // Open the charts' table alternatives and the long values of the audit trail so they are scanned too.
    for (const summary of await page.locator("details > summary").all()) await summary.click();
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const violation of result.violations) {
      failures.push(
        `${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(", ")}`,
      );
    }
  }
  console.log(`axe scanned ${paths.length} pages: ${failures.length} violations and page errors`);
  return failures;
}

test("every main page passes an axe scan for WCAG 2.1 AA and hydrates without an error", async ({ page, request }) => {
  test.setTimeout(180_000);
  const agreementId = await firstId(request, "agreement.list", { q: "Chongqing" });
  const paths = [
    "/",
    "/agreements",
    `/agreements/${agreementId}`,
    `/agreements/${agreementId}/edit`,
    "/agreements/new",
    "/partners",
    `/partners/${await firstId(request, "partner.list", { q: "Chongqing" })}`,
    // A partner whose country name differs between ICU versions (Node's and Chromium's): PS.
    `/partners/${await firstId(request, "partner.list", { q: "Bethlehem" })}`,
    "/partners/new",
    "/working-groups",
    `/working-groups/${await firstId(request, "workingGroup.list", {})}`,
    "/working-groups/new",
    "/activities",
    `/activities/${await firstId(request, "activity.list", {})}`,
    "/activities/new",
    "/people",
    `/people/${await firstId(request, "person.list", { q: "Reker" })}`,
    "/people/new",
    "/account",
  ];
  expect(await scan(page, paths)).toEqual([]);
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("ADMIN") });

  test("the account administration and the audit trail pass an axe scan", async ({ page, request }) => {
    const accounts = await trpcQuery<{ id: string; email: string }[]>(request, "account.list", {});
    const editor = accounts.find((account) => account.email.startsWith("redaktion@"));
    const paths = ["/admin/accounts", "/admin/accounts/new", `/admin/accounts/${editor?.id}`, "/admin/audit"];
    expect(await scan(page, paths)).toEqual([]);
  });
});

test.describe("without a session", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page passes an axe scan", async ({ page }) => {
    expect(await scan(page, ["/sign-in"])).toEqual([]);
  });
});
