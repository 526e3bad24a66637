// Which anniversaries of a signing a city office plans for: 5, 10, 25 and 40 years, then every tenth and every
// 25th year (50, 60, 70, 75, 80, 90, 100, 110, 120, 125 …): Kyoto's 60th (2023), Tunis's 60th (2024), Liverpool's
// 75th (2027), the ring partnership's 70th (2028).

export function isRoundAnniversary(years: number): boolean {
  if (!Number.isInteger(years) || years <= 0) return false;
  if (years === 5 || years === 10 || years === 25 || years === 40) return true;
  return years >= 50 && (years % 10 === 0 || years % 25 === 0);
}
