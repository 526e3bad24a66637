/**
 * Cologne's time zone: it decides what "today" is for due dates and effective dates, and in which time recorded
 * moments are shown (just after midnight in Cologne it is still yesterday in UTC).
 */
export const CITY_TIME_ZONE = "Europe/Berlin";
