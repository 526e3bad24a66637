// Cooperation areas are reference data (seeded from server/domain/cooperation-areas.ts).
import type { Db } from "../db/prisma";

export function listCooperationAreas(db: Db) {
  return db.cooperationArea.findMany({
    select: { id: true, code: true, nameDe: true, nameEn: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}
