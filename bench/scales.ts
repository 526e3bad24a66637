// The sizes of the benchmark data sets (issue 6). "city" is the real demo seed of prisma/seed/; the others are
// generated. Stress is country × 10 throughout, except that it keeps country's ten status changes per agreement.

export interface ScaleCounts {
  agreements: number;
  statusChanges: number;
  partners: number;
  /** Cologne-side (German) and partner-side people together. */
  people: number;
  activities: number;
  workingGroups: number;
  milestones: number;
}

export const GENERATED_SCALES = {
  tiny: {
    agreements: 200,
    statusChanges: 1_000,
    partners: 100,
    people: 300,
    activities: 500,
    workingGroups: 20,
    milestones: 100,
  },
  country: {
    agreements: 10_000,
    statusChanges: 100_000,
    partners: 5_000,
    people: 6_000,
    activities: 50_000,
    workingGroups: 2_000,
    milestones: 10_000,
  },
  stress: {
    agreements: 100_000,
    statusChanges: 1_000_000,
    partners: 50_000,
    people: 60_000,
    activities: 500_000,
    workingGroups: 20_000,
    milestones: 100_000,
  },
} as const satisfies Record<string, ScaleCounts>;

export type GeneratedScale = keyof typeof GENERATED_SCALES;
export type Scale = GeneratedScale | "city";
export const SCALES: readonly Scale[] = ["tiny", "city", "country", "stress"];

export function isScale(value: string): value is Scale {
  return (SCALES as readonly string[]).includes(value);
}

/** Default port of each scale's own embedded PostgreSQL (the app's is 54329), so several can run side by side. */
export const DEFAULT_PORTS: Readonly<Record<Scale, number>> = {
  tiny: 54400,
  city: 54401,
  country: 54402,
  stress: 54403,
};
