// The calendar feed's text, kept like the agenda's entries until a committed change or the next day
// (../shared/until-change.ts): writing 2,814 events at country scale takes 1–2 s of CPU, and calendar programs poll
// every feed of every user, while the text is the same for all of them (every role may read the whole agenda). One
// text per language and base URL; its DTSTAMP is when it was written.
import type { Db } from "../../db/prisma";
import type { Locale } from "../../i18n/locales";
import { getCachedAgenda } from "../agenda/agenda";
import { cachedUntilChange } from "../shared/until-change";
import { agendaCalendar } from "./ics";

const MAX_KEPT = 8;
const bodies = new Map<string, (db: Db) => Promise<string>>();

export function cachedAgendaCalendar(db: Db, options: { baseUrl: string; locale: Locale }): Promise<string> {
  const key = `calendar ${options.locale} ${options.baseUrl}`;
  const write = async (database: Db) =>
    agendaCalendar((await getCachedAgenda(database, {})).entries, { ...options, now: new Date() });
  let body = bodies.get(key);
  if (!body) {
    // Two languages and, with APP_URL set, one base URL. Without it the base URL is the request's origin: past a
    // handful of them (Host headers sent by a feed's owner) the text is written each time instead of kept.
    if (bodies.size >= MAX_KEPT) return write(db);
    body = cachedUntilChange(key, write);
    bodies.set(key, body);
  }
  return body(db);
}
