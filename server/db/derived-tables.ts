// Tables the database derives from the others (issue 20: the dashboard's counters and per-agreement facts, kept by
// the triggers of the migrations statistics_summaries and statistics_dated in the same transaction as each change).
// The app only reads them (and the dashboard's first read of a day recounts the dated counters). They are not in
// backups: a restore copies the records in and the same triggers rebuild them. TRUNCATE fires no row or statement
// triggers of the tables it empties, so whoever truncates the records truncates these with them.
export const DERIVED_TABLES = [
  "StatisticsAgreement",
  "StatisticsCount",
  "StatisticsDay",
  "StatisticsWorkingGroup",
] as const;
