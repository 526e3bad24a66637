// The mails' texts, computed from agenda entries (pure: no database, no SMTP): the daily digest of one user and the
// notice to an owner that a commitment or milestone became overdue, in German or English. Plain text: every mail
// client shows it, a screen reader reads it, and no HTML can be smuggled in through a record's title.
import { fmt, formatDate, partnerName } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { messagesFor } from "../../i18n/messages";
import type { AgendaKind } from "../../lists/agenda";
import { type AgendaEntry, DUE_SOON_DAYS, isDueSoon } from "../agenda/compute";

export interface Mail {
  subject: string;
  text: string;
}

const DAY_MS = 86_400_000;

/**
 * The entries a digest holds for the chosen kinds: everything overdue, obligations due within DUE_SOON_DAYS, and
 * anniversaries whose period begins within that time (a year-only anniversary: in the 30 days before its year).
 */
export function digestEntries(entries: readonly AgendaEntry[], kinds: readonly AgendaKind[], today: Date) {
  const horizon = new Date(today.getTime() + DUE_SOON_DAYS * DAY_MS);
  const chosen = entries.filter((entry) => kinds.includes(entry.kind));
  return {
    overdue: chosen.filter((entry) => entry.state === "OVERDUE"),
    soon: chosen.filter((entry) => isDueSoon(entry, today)),
    // Announced in the 30 days before they begin, not every day of their period (a year-only anniversary would
    // otherwise be in every digest for a whole year).
    occasions: chosen.filter(
      (entry) => entry.state === "OCCASION" && entry.date !== null && entry.date >= today && entry.date <= horizon,
    ),
  };
}

export type DigestEntries = ReturnType<typeof digestEntries>;

export function digestCount(digest: DigestEntries): number {
  return digest.overdue.length + digest.soon.length + digest.occasions.length;
}

/** One line of the digest: the kind, the title, its date, the agreement or partner, and the link. */
function entryLines(entry: AgendaEntry, locale: Locale, baseUrl: string): string[] {
  const m = messagesFor(locale);
  const when = formatDate(entry.date, locale, entry.precision);
  const title = entry.kind === "REVIEW" && entry.partner ? partnerName(entry.partner, locale) : entry.title;
  const headline =
    entry.kind === "ANNIVERSARY"
      ? `${fmt(m.agenda.anniversary, { years: entry.years ?? 0, date: when }, locale)}: ${title}`
      : `${m.agenda.kinds[entry.kind]}: ${title}`;
  const facts = [
    entry.kind === "VALID_UNTIL"
      ? fmt(m.agenda.validUntil, { date: when }, locale)
      : entry.kind === "ANNIVERSARY"
        ? null
        : fmt(m.agenda.dueOn, { date: when }, locale),
    entry.agreement && entry.agreement.title !== title ? entry.agreement.title : null,
    entry.partner && entry.kind !== "REVIEW" ? partnerName(entry.partner, locale) : null,
    entry.owner ? fmt(m.agenda.ownerIs, { owner: entry.owner }, locale) : null,
  ].filter(Boolean);
  return [`- ${headline}`, ...(facts.length ? [`  ${facts.join(" · ")}`] : []), `  ${new URL(entry.href, baseUrl)}`];
}

export function composeDigest(
  digest: DigestEntries,
  options: { name: string; locale: Locale; today: Date; baseUrl: string },
): Mail {
  const { locale, baseUrl } = options;
  const m = messagesFor(locale).mail.digest;
  const date = formatDate(options.today, locale);
  const sections: [string, AgendaEntry[]][] = [
    [m.overdue, digest.overdue],
    [m.soon, digest.soon],
    [m.occasions, digest.occasions],
  ];
  const lines = [fmt(m.greeting, { name: options.name }, locale), "", fmt(m.intro, { date }, locale)];
  for (const [heading, entries] of sections) {
    if (!entries.length) continue;
    lines.push("", `${heading} (${entries.length})`, "");
    for (const entry of entries) lines.push(...entryLines(entry, locale, baseUrl));
  }
  lines.push("", "-- ", fmt(m.footer, { url: new URL("/account", baseUrl).toString() }, locale));
  return {
    subject: fmt(m.subject, { count: digestCount(digest), date }, locale),
    text: `${lines.join("\n")}\n`,
  };
}

export function composeOverdueNotice(
  entry: AgendaEntry,
  options: { name: string; locale: Locale; baseUrl: string },
): Mail {
  const { locale } = options;
  const m = messagesFor(locale).mail.notice;
  const date = formatDate(entry.until, locale, entry.kind === "COMMITMENT" ? "DAY" : entry.precision);
  const body =
    entry.kind === "MILESTONE"
      ? fmt(m.bodyMilestone, { title: entry.title, group: entry.context ?? "", date }, locale)
      : fmt(m.bodyCommitment, { title: entry.title, agreement: entry.agreement?.title ?? "", date }, locale);
  const lines = [
    fmt(m.greeting, { name: options.name }, locale),
    "",
    body,
    "",
    fmt(m.open, { url: new URL(entry.href, options.baseUrl).toString() }, locale),
    "",
    "-- ",
    m.why,
  ];
  return { subject: fmt(m.subject, { title: entry.title }, locale), text: `${lines.join("\n")}\n` };
}
