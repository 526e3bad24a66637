// The agenda as an iCalendar file (ical-generator): each dated entry an all-day event on its deadline (the last day of
// a date known to the month or the year; an anniversary on its day, or the period's first day when only the month or
// year is known), with a UID that stays the same across calls (the entry's key), a link back to its record, and the
// texts in the feed owner's language. Entries without a deadline have no day and are left out.
import ical from "ical-generator";
import { fmt, formatDate, partnerName } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { messagesFor } from "../../i18n/messages";
import type { AgendaEntry } from "../agenda/compute";

/** The domain part of every UID: the entries' keys are unique within the app. */
export const UID_DOMAIN = "partnerschaften.stadt-koeln.example";

export function agendaCalendar(
  entries: readonly AgendaEntry[],
  options: { baseUrl: string; locale: Locale; now: Date },
): string {
  const m = messagesFor(options.locale);
  const calendar = ical({
    name: m.agenda.calendarName,
    prodId: { company: "Stadt Köln", product: "Partnerschaften", language: options.locale.toUpperCase() },
    ttl: 60 * 60,
  });
  for (const entry of entries) {
    if (!entry.date || !entry.until) continue;
    const day = entry.kind === "ANNIVERSARY" ? entry.date : entry.until;
    const when = formatDate(entry.date, options.locale, entry.precision);
    const title = entry.kind === "REVIEW" && entry.partner ? partnerName(entry.partner, options.locale) : entry.title;
    const summary =
      entry.kind === "ANNIVERSARY"
        ? `${fmt(m.agenda.anniversary, { years: entry.years ?? 0, date: when }, options.locale)}: ${title}`
        : `${m.agenda.kinds[entry.kind]}: ${title}`;
    const lines = [
      entry.state === "OVERDUE" ? m.agenda.overdue : null,
      entry.kind === "VALID_UNTIL"
        ? fmt(m.agenda.validUntil, { date: when }, options.locale)
        : entry.kind === "ANNIVERSARY"
          ? null
          : fmt(m.agenda.dueOn, { date: when }, options.locale),
      entry.agreement && entry.agreement.title !== title ? entry.agreement.title : null,
      entry.partner && entry.kind !== "REVIEW" ? partnerName(entry.partner, options.locale) : null,
      entry.owner ? fmt(m.agenda.ownerIs, { owner: entry.owner }, options.locale) : null,
    ];
    const url = new URL(entry.href, options.baseUrl).toString();
    calendar.createEvent({
      id: `${entry.key}@${UID_DOMAIN}`,
      allDay: true,
      start: day,
      summary,
      description: [...lines.filter(Boolean), url].join("\n"),
      url,
      stamp: options.now,
    });
  }
  return calendar.toString();
}
