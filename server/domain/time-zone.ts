/**
 * Cologne's time zone: it decides what "today" is for due dates and effective dates, and in which time recorded
 * moments are shown (just after midnight in Cologne it is still yesterday in UTC).
 */
export const CITY_TIME_ZONE = "Europe/Berlin";

const cityDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: CITY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Cologne, as a calendar date (UTC midnight). */
export function cityToday(now: Date = new Date()): Date {
  return new Date(`${cityDay.format(now)}T00:00:00.000Z`);
}
