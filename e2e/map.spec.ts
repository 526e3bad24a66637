// The partner map (issue 21) in the browser: a marker for every partner the data places (counted against the API and
// the seed's fact sheet), the partners without coordinates listed, the table; a click and Enter open the right
// partner, Tab reaches every marker with a visible focus ring and a tooltip naming the partner in both scripts; the
// agreement list's filters apply from the URL and the panel; axe in German and English; the drawing checked by its
// pixels (land and marker colours in each panel's box); a change made elsewhere shows on an open map.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { PARTNERS } from "../prisma/seed/data";
import { AGREEMENT_STATUS_COLORS } from "../server/domain/agreement-status";
import { MAP_COLORS } from "../server/domain/partner-map";
import { LOCALE_COOKIE } from "../server/i18n/locales";
import { partnerIdByName, trpcMutation, trpcQuery } from "./api";
import { ORIGIN } from "./auth";
import { tabTo } from "./keyboard";

interface MapAnswer {
  placed: { id: number; nameDe: string; status: string | null }[];
  unplaced: { id: number; nameDe: string }[];
  filtered: boolean;
}

const markers = (page: Page) => page.locator("svg[data-map-panel] a[data-partner-id]");

/** Every marker's partner id, in document order (the keyboard's order). */
async function markerIds(page: Page): Promise<number[]> {
  return markers(page).evaluateAll((links) => links.map((link) => Number(link.getAttribute("data-partner-id"))));
}

test("a marker for every partner with coordinates, the others listed, the same partners in the table", async ({
  page,
  request,
}) => {
  const data = await trpcQuery<MapAnswer>(request, "partner.map", {});
  await page.goto("/map");
  await expect(page.getByRole("heading", { level: 1, name: "Karte der Partner" })).toBeVisible();
  const ids = await markerIds(page);
  // No crowd at the seed's size is large enough for a counted circle: every partner is its own marker.
  await expect(page.locator("svg[data-map-panel] a[data-bubble]")).toHaveCount(0);
  expect(ids.sort((a, b) => a - b)).toEqual(data.placed.map((p) => p.id).sort((a, b) => a - b));
  // The seed's fact sheet, read on its own: each partner with coordinates is a marker (by its name), Grand-Bassam
  // (no coordinates in the sources) is listed beside the map.
  for (const seed of PARTNERS) {
    const id = await partnerIdByName(request, seed.nameDe);
    if (seed.latitude === null) {
      await expect(page.getByTestId("map-unplaced").getByRole("link", { name: seed.nameDe })).toBeVisible();
      expect(ids).not.toContain(id);
    } else expect(ids, seed.nameDe).toContain(id);
  }
  const rows = page.getByTestId("map-table").locator("tbody tr[data-partner-id]");
  await expect(rows).toHaveCount(data.placed.length + data.unplaced.length);
  await expect(page.getByTestId("map-table")).toContainText("重庆");
  // The two Berlin districts, a few hundred metres apart, are two markers in Europe's panel.
  const europe = page.locator('svg[data-map-panel="europe"]');
  for (const name of ["Berlin-Neukölln", "Berlin-Treptow-Köpenick", "Lille", "Lüttich", "Rotterdam", "Turin"]) {
    await expect(europe.locator(`a[data-partner-id="${await partnerIdByName(request, name)}"]`)).toHaveCount(1);
  }
});

test("a click on a marker opens its partner; the tooltip names it in the interface's language and its own", async ({
  page,
  request,
}) => {
  const chongqing = await partnerIdByName(request, "Chongqing");
  await page.goto("/map");
  const marker = page.locator(`svg[data-map-panel="world"] a[data-partner-id="${chongqing}"]`);
  await marker.hover();
  const tooltip = page.getByTestId("map-tooltip");
  await expect(tooltip).toContainText("Chongqing");
  await expect(tooltip).toContainText("重庆");
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`/partners/${chongqing}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chongqing");
});

test("Tab reaches every marker with a visible focus ring and the tooltip; Enter opens the partner", async ({
  page,
  request,
}) => {
  await page.goto("/map");
  const ids = await markerIds(page);
  // Start the keyboard's walk just before the map (the counts line), then Tab through it.
  await page.getByTestId("map-counts").click();
  const reached: number[] = [];
  for (let step = 0; step < ids.length + 40 && reached.length < ids.length; step++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      const id = active?.getAttribute("data-partner-id");
      if (!active || !id) return null;
      const ring = active.querySelector("g > circle");
      return { id: Number(id), ring: ring ? getComputedStyle(ring).visibility : "none" };
    });
    if (!focused) continue;
    expect(focused.ring, `focus ring of ${focused.id}`).toBe("visible");
    reached.push(focused.id);
  }
  expect(reached).toEqual(ids);

  const lille = await partnerIdByName(request, "Lille");
  const marker = page.locator(`a[data-partner-id="${lille}"]`);
  await tabTo(page, marker);
  await expect(page.getByTestId("map-tooltip")).toContainText("Lille");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/partners/${lille}$`));
});

test("the agreement list's filters apply: from the URL, from the panel, with chips", async ({ page, request }) => {
  const suspended = await trpcQuery<MapAnswer>(request, "partner.map", { status: ["SUSPENDED"] });
  expect(suspended.placed.length).toBeGreaterThan(0);
  await page.goto("/map?status=SUSPENDED");
  expect((await markerIds(page)).sort((a, b) => a - b)).toEqual(
    suspended.placed.map((p) => p.id).sort((a, b) => a - b),
  );
  for (const status of await markers(page).evaluateAll((links) => links.map((l) => l.getAttribute("data-status")))) {
    expect(status).toBe("SUSPENDED");
  }
  await expect(page.getByRole("list", { name: "Aktive Filter" })).toContainText("Ausgesetzt");

  // The 1950s through the panel's years: the 1958 ring partnership.
  const fifties = await trpcQuery<MapAnswer>(request, "partner.map", { yearFrom: 1950, yearTo: 1959 });
  await page.goto("/map");
  await page.getByLabel("Jahr von").fill("1950");
  await page.getByLabel("Jahr bis").fill("1959");
  await page.getByLabel("Jahr bis").press("Enter");
  await expect(page).toHaveURL(/from=1950/);
  await expect(markers(page)).toHaveCount(fifties.placed.length);
  expect(fifties.placed.map((p) => p.nameDe)).toEqual(
    expect.arrayContaining(["Lille", "Lüttich", "Rotterdam", "Turin", "Esch-sur-Alzette"]),
  );
});

/** The pixels of a screenshot, counted in the page itself (a canvas decodes the PNG): how many are near a colour. */
async function colourCounts(page: Page, png: Buffer, colours: readonly string[]): Promise<number[]> {
  return page.evaluate(
    async ({ data, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) return colours.map(() => 0);
      context.drawImage(image, 0, 0);
      const { data: px } = context.getImageData(0, 0, image.width, image.height);
      const wanted = colours.map((hex) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)));
      const counts = colours.map(() => 0);
      for (let i = 0; i < px.length; i += 4) {
        wanted.forEach((rgb, index) => {
          if (rgb.every((value, channel) => Math.abs((px[i + channel] ?? 0) - (value ?? 0)) <= 10)) {
            counts[index] = (counts[index] ?? 0) + 1;
          }
        });
      }
      return counts;
    },
    { data: png.toString("base64"), colours: [...colours] },
  );
}

test("each panel's box holds drawn land and markers in their statuses' colours", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/map");
  const colours = [MAP_COLORS.land, AGREEMENT_STATUS_COLORS.ACTIVE, AGREEMENT_STATUS_COLORS.SUSPENDED];
  for (const panel of ["world", "europe"]) {
    const box = page.locator(`svg[data-map-panel="${panel}"]`);
    const shot = await box.screenshot();
    const size = await box.boundingBox();
    const [land = 0, active = 0, suspended = 0] = await colourCounts(page, shot, colours);
    const area = (size?.width ?? 0) * (size?.height ?? 0);
    // Land covers a good part of each panel; active markers are drawn in both, the suspended one (Volgograd) in
    // Europe's.
    expect(land / area, `${panel}: share of land`).toBeGreaterThan(0.15);
    expect(active, `${panel}: active markers' pixels`).toBeGreaterThan(40);
    if (panel === "europe") expect(suspended, "Volgograd's suspended marker's pixels").toBeGreaterThan(20);
  }
});

test("axe finds nothing on the map, in German and in English; the dashboard's card draws it too", async ({
  page,
  context,
}) => {
  for (const locale of ["de", "en"] as const) {
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: ORIGIN }]);
    await page.goto("/map");
    await expect(
      page.getByRole("heading", { level: 1, name: locale === "de" ? "Karte der Partner" : "Partner map" }),
    ).toBeVisible();
    await tabTo(page, page.locator("svg[data-map-panel] a[data-partner-id]").first());
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.goto("/");
    const card = page.getByTestId("map-card");
    await expect(card.locator("svg[data-map-panel] a[data-partner-id]")).toHaveCount(
      await page.locator("[data-testid=map-card] [data-partner-map]").getAttribute("data-placed").then(Number),
    );
    const dashboardAxe = await new AxeBuilder({ page }).include("[data-testid=map-card]").analyze();
    expect(dashboardAxe.violations.map((v) => v.id)).toEqual([]);
  }
  await context.addCookies([{ name: LOCALE_COOKIE, value: "de", url: ORIGIN }]);
});

test("a new partner saved elsewhere appears on an open map", async ({ page, request }) => {
  await page.goto("/map");
  await expect(page.locator("body")).toHaveAttribute("data-live", "on");
  const before = await markers(page).count();
  const created = await trpcMutation<{ id: number }>(request, "partner.create", {
    nameDe: "E2E-Kartenstadt",
    nameEn: "E2E map town",
    nameLocal: null,
    countryCode: "PT",
    continent: "EUROPE",
    latitude: 38.72,
    longitude: -9.14,
  });
  await expect(page.locator(`a[data-partner-id="${created.id}"]`)).toHaveCount(1, { timeout: 15_000 });
  await expect(markers(page)).toHaveCount(before + 1);
});
