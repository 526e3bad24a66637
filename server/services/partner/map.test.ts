// The partner map (issue 21) through the real router on the seeded database, counted against the seed read
// independently (raw SQL): every partner with coordinates is placed, every one without is listed apart, each marker
// shows the liveliest status of its (matching) agreements, and the agreement list's filters apply. Then the layout:
// the 1958 ring partners and the two Berlin districts in Europe's panel, each its own marker, none covering another;
// at country scale (5,000 partners) every partner is still accounted for, crowds as counted circles.
import { beforeAll, describe, expect, it } from "vitest";
import { EUROPE, inEurope, MARKER_RADIUS, mapLayout } from "@/app/_components/map/geometry";
import type { Db } from "../../db/prisma";
import type { AgreementStatus } from "../../domain/enums";
import { callerFor } from "../../test/caller";
import { createTestDatabase } from "../../test/database";
import type { PlacedPartner } from "./map";

let db: Db;
let caller: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db } = await createTestDatabase("seeded"));
  caller = callerFor(db);
});

/** The expected marker status, ranked in SQL (not with the service's table). */
async function expectedStatuses(where = "TRUE", values: unknown[] = []) {
  const rows = await db.$queryRawUnsafe<{ partnerId: number; status: AgreementStatus }[]>(
    `SELECT DISTINCT ON (a."partnerId") a."partnerId", a.status::text AS status
     FROM "Agreement" a WHERE ${where}
     ORDER BY a."partnerId", CASE a.status::text WHEN 'ACTIVE' THEN 1 WHEN 'SIGNED' THEN 2 WHEN 'DORMANT' THEN 3
       WHEN 'SUSPENDED' THEN 4 WHEN 'IN_NEGOTIATION' THEN 5 WHEN 'PROPOSED' THEN 6 ELSE 7 END`,
    ...values,
  );
  return new Map(rows.map((row) => [row.partnerId, row.status]));
}

describe("partner.map", () => {
  it("places every partner with coordinates and lists the others, each with its liveliest status", async () => {
    const map = await caller.partner.map({});
    const placed = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM "Partner" WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY id`;
    const unplaced = await db.$queryRaw<{ nameDe: string }[]>`
      SELECT "nameDe" FROM "Partner" WHERE latitude IS NULL OR longitude IS NULL ORDER BY "nameDe"`;
    expect(map.filtered).toBe(false);
    expect(map.placed.map((p) => p.id).sort((a, b) => a - b)).toEqual(placed.map((row) => row.id));
    expect(map.unplaced.map((p) => p.nameDe)).toEqual(unplaced.map((row) => row.nameDe));
    expect(map.unplaced.map((p) => p.nameDe)).toContain("Grand-Bassam");
    expect(map.placed.length).toBeGreaterThan(20);

    const statuses = await expectedStatuses();
    for (const partner of [...map.placed, ...map.unplaced]) {
      expect([partner.nameDe, partner.status]).toEqual([partner.nameDe, statuses.get(partner.id) ?? null]);
    }
    const byName = new Map(map.placed.map((p) => [p.nameDe, p]));
    // The seed's stories: Volgograd suspended since 2022; Dnipro's 2024 partnership active beside the ended project.
    expect(byName.get("Wolgograd")?.status).toBe("SUSPENDED");
    expect(byName.get("Dnipro")?.status).toBe("ACTIVE");
    expect(byName.get("Chongqing")?.nameLocal).toBe("重庆");
    expect(byName.get("Berlin-Neukölln")?.kind).toBe("DISTRICT");
    expect(byName.get("Berlin-Treptow-Köpenick")?.kind).toBe("DISTRICT");
  });

  it("applies the agreement list's filters: status, type, continent, years", async () => {
    const cases: [Parameters<typeof caller.partner.map>[0], string, unknown[]][] = [
      [{ status: ["ACTIVE"] }, `a.status::text = $1`, ["ACTIVE"]],
      [
        { type: ["PARTNERSHIP"], continent: ["EUROPE"] },
        `a.type::text = $1 AND a."partnerContinent"::text = $2`,
        ["PARTNERSHIP", "EUROPE"],
      ],
      [
        { yearFrom: 1950, yearTo: 1959 },
        `a."signedOn" >= $1::date AND a."signedOn" < $2::date`,
        ["1950-01-01", "1960-01-01"],
      ],
    ];
    for (const [input, where, values] of cases) {
      const map = await caller.partner.map(input);
      const expected = await expectedStatuses(where, values);
      expect(map.filtered).toBe(true);
      const shown = [...map.placed, ...map.unplaced];
      expect(shown.map((p) => p.id).sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const partner of shown) expect(partner.status).toBe(expected.get(partner.id));
      expect(shown.length).toBeGreaterThan(0);
    }
    // The 1950s: the ring partnership of 1958 (Lille, Liège, Rotterdam, Turin, Esch-sur-Alzette) is there.
    const fifties = await caller.partner.map({ yearFrom: 1950, yearTo: 1959 });
    expect(fifties.placed.map((p) => p.nameDe)).toEqual(
      expect.arrayContaining(["Lille", "Lüttich", "Rotterdam", "Turin", "Esch-sur-Alzette"]),
    );
  });

  it("lays out Europe's crowd: the ring partners and the Berlin districts each a marker, none covering another", async () => {
    const map = await caller.partner.map({});
    const layout = mapLayout(map.placed);
    const drawn = [...layout.world.markers, ...layout.europe.markers];
    expect(layout.world.bubbles.length + layout.europe.bubbles.length).toBe(0);
    expect(drawn.map((marker) => marker.partner.id).sort((a, b) => a - b)).toEqual(
      map.placed.map((p) => p.id).sort((a, b) => a - b),
    );
    const europe = layout.europe.markers;
    const names = europe.map((marker) => marker.partner.nameDe);
    for (const name of [
      "Lille",
      "Lüttich",
      "Rotterdam",
      "Turin",
      "Esch-sur-Alzette",
      "Berlin-Neukölln",
      "Berlin-Treptow-Köpenick",
    ]) {
      expect(names).toContain(name);
    }
    for (const [i, a] of europe.entries()) {
      expect(a.drawX).toBeGreaterThanOrEqual(0);
      expect(a.drawX).toBeLessThanOrEqual(EUROPE.width);
      for (const b of europe.slice(i + 1)) {
        expect(
          Math.hypot(a.drawX - b.drawX, a.drawY - b.drawY),
          `${a.partner.nameDe} / ${b.partner.nameDe}`,
        ).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
      }
    }
    // Chongqing and Rio are on the world, not in Europe's panel.
    expect(layout.world.markers.map((marker) => marker.partner.nameDe)).toEqual(
      expect.arrayContaining(["Chongqing", "Rio de Janeiro", "Indianapolis"]),
    );
  });

  it("at country scale (5,000 partners) accounts for every partner, dense regions as counted circles", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const partners: PlacedPartner[] = Array.from({ length: 5000 }, (_, index) => ({
      id: index + 1,
      nameDe: `Ort ${index}`,
      nameEn: `Town ${index}`,
      nameLocal: null,
      countryCode: "FR",
      continent: "EUROPE",
      kind: "CITY",
      verified: true,
      status: "ACTIVE",
      statuses: { ACTIVE: 1 },
      agreements: 1,
      // Half in Europe, half anywhere.
      latitude: index % 2 ? 40 + random() * 20 : -60 + random() * 130,
      longitude: index % 2 ? -5 + random() * 35 : -180 + random() * 360,
    }));
    const layout = mapLayout(partners);
    const panels = [layout.world, layout.europe];
    const counted = panels.flatMap((panel) => [
      ...panel.markers.map((marker) => marker.partner.id),
      ...panel.bubbles.flatMap((bubble) => bubble.partners.map((partner) => partner.id)),
    ]);
    expect(counted.sort((a, b) => a - b)).toEqual(partners.map((partner) => partner.id));
    // Readable: far fewer things drawn than partners, and no circle swallowing a region (a crowd does not chain).
    const things = panels.reduce((sum, panel) => sum + panel.markers.length + panel.bubbles.length, 0);
    expect(things).toBeLessThan(1500);
    const largest = Math.max(...panels.flatMap((panel) => panel.bubbles.map((bubble) => bubble.partners.length)));
    expect(largest).toBeLessThan(250);
    // The markers left where they are or spread never cover one another.
    for (const panel of panels) {
      const single = panel.markers;
      for (const [i, a] of single.entries()) {
        for (const b of single.slice(i + 1)) {
          expect(Math.hypot(a.drawX - b.drawX, a.drawY - b.drawY)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
        }
      }
      expect(panel.markers.every((marker) => marker.partner.id > 0)).toBe(true);
    }
    expect(layout.europe.markers.every((marker) => inEurope(marker.partner))).toBe(true);
  });
});
