// The partner map (issue 21): every partner with its coordinates and the status its marker shows, under the agreement
// list's filters (the same definition and condition as the list, server/lists/agreements.ts). Partners without
// coordinates come back apart, so the page lists them beside the map instead of dropping them.

import type { Db } from "../../db/prisma";
import type { AgreementStatus } from "../../domain/enums";
import { markerStatus } from "../../domain/partner-map";
import type { TAgreementListQuery } from "../../lists/agreements";
import { agreementWhere, searchPartnerIds } from "../agreement/list";
import { pick } from "../shared/select";

const mapPartnerSelect = pick(
  "id",
  "nameDe",
  "nameEn",
  "nameLocal",
  "countryCode",
  "continent",
  "kind",
  "latitude",
  "longitude",
  "verified",
);

export interface MapPartner {
  id: number;
  nameDe: string;
  nameEn: string;
  nameLocal: string | null;
  countryCode: string;
  continent: string;
  kind: string;
  verified: boolean;
  /** The marker's status: the liveliest of the matching agreements' (markerStatus), null without agreements. */
  status: AgreementStatus | null;
  /** The matching agreements by status. */
  statuses: Partial<Record<AgreementStatus, number>>;
  agreements: number;
}

export interface PlacedPartner extends MapPartner {
  latitude: number;
  longitude: number;
}

export interface PartnerMap {
  /** Partners with coordinates, by German name. */
  placed: PlacedPartner[];
  /** Partners without (or with incomplete) coordinates, by German name: listed beside the map. */
  unplaced: MapPartner[];
  /** Whether an agreement filter is set: then only partners with a matching agreement are shown. */
  filtered: boolean;
}

export type TPartnerMapQuery = Omit<TAgreementListQuery, "sort" | "dir" | "page" | "pageSize" | "exactTotal">;

/** Coordinates a map can place: both given, finite and on the globe. */
function placeable(latitude: number | null, longitude: number | null): boolean {
  return (
    latitude !== null &&
    longitude !== null &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  );
}

export async function partnerMap(db: Db, query: TPartnerMapQuery): Promise<PartnerMap> {
  const where = agreementWhere(query, await searchPartnerIds(db, query.q));
  const filtered = where.AND.length > 0;
  // One row per partner and status (a few thousand at country scale), and the partners' short rows.
  const [counts, partners] = await Promise.all([
    db.agreement.groupBy({ by: ["partnerId", "status"], where, _count: { _all: true } }),
    db.partner.findMany({ select: mapPartnerSelect, orderBy: [{ nameDe: "asc" }, { id: "asc" }] }),
  ]);
  const byPartner = new Map<number, Partial<Record<AgreementStatus, number>>>();
  for (const row of counts) {
    const statuses = byPartner.get(row.partnerId) ?? {};
    statuses[row.status] = row._count._all;
    byPartner.set(row.partnerId, statuses);
  }
  const result: PartnerMap = { placed: [], unplaced: [], filtered };
  for (const { latitude, longitude, ...partner } of partners) {
    const statuses = byPartner.get(partner.id);
    if (filtered && !statuses) continue;
    const entry: MapPartner = {
      ...partner,
      status: markerStatus(Object.keys(statuses ?? {}) as AgreementStatus[]),
      statuses: statuses ?? {},
      agreements: Object.values(statuses ?? {}).reduce((sum, count) => sum + count, 0),
    };
    if (placeable(latitude, longitude)) {
      result.placed.push({ ...entry, latitude: latitude as number, longitude: longitude as number });
    } else result.unplaced.push(entry);
  }
  return result;
}
