"use client";
// The agenda: overdue entries first, then the next 12 months by month (dates known only to the year under their
// year), then the commitments without a deadline. Filters live in the URL; each entry links to its record.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fmt, formatDate, formatNumber, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import { AGENDA_DUE_FILTERS, AGENDA_KINDS, agendaInputFromSearchParams } from "@/server/lists/agenda";
import type { AgendaPageGroup } from "@/server/services/agenda/agenda";
import type { AgendaEntry } from "@/server/services/agenda/compute";
import { useAreaSelectOptions } from "../../_components/area-options";
import { LabelBadge } from "../../_components/badges";
import { ErrorAlert } from "../../_components/errors";
import { enumOptions, FilterForm, FilterInput, FilterSelect, useListInput } from "../../_components/list-controls";
import { Pagination } from "../../_components/pagination";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

function groupTitle(group: AgendaPageGroup, m: Messages, locale: Locale): string {
  if (group.kind === "overdue") return m.agenda.overdue;
  if (group.kind === "noDeadline") return m.agenda.noDeadline;
  if (group.kind === "year") return fmt(m.agenda.yearOnly, { year: group.start?.getUTCFullYear() ?? 0 }, locale);
  return group.start ? formatDate(group.start, locale, "MONTH") : "";
}

function whenText(entry: AgendaEntry, m: Messages, locale: Locale): string {
  const date = entry.date ? formatDate(entry.date, locale, entry.precision) : m.agenda.noDeadline;
  if (entry.kind === "ANNIVERSARY") return fmt(m.agenda.anniversary, { years: entry.years ?? 0, date }, locale);
  if (entry.kind === "VALID_UNTIL") {
    const valid = fmt(m.agenda.validUntil, { date }, locale);
    if (entry.state === "OVERDUE") return `${valid} – ${m.agenda.expired}`;
    return entry.leadDays ? `${valid} – ${fmt(m.agenda.leadDays, { days: entry.leadDays }, locale)}` : valid;
  }
  return entry.date ? fmt(m.agenda.dueOn, { date }, locale) : m.agenda.noDeadline;
}

function EntryItem({ entry, m, locale }: { entry: AgendaEntry; m: Messages; locale: Locale }) {
  const title = entry.kind === "REVIEW" && entry.partner ? partnerName(entry.partner, locale) : entry.title;
  return (
    <li className="agenda-entry">
      <LabelBadge>{m.agenda.kinds[entry.kind]}</LabelBadge> <Link href={entry.href}>{title}</Link>
      <div className={entry.state === "OVERDUE" ? "small agenda-entry__overdue" : "small"}>
        {entry.state === "OVERDUE" ? <strong>{m.agenda.overdue}: </strong> : null}
        {whenText(entry, m, locale)}
      </div>
      <div className="small muted">
        {[
          entry.context ? fmt(m.agenda.workingGroup, { name: entry.context }, locale) : null,
          entry.kind !== "VALID_UNTIL" && entry.kind !== "ANNIVERSARY" ? entry.agreement?.title : null,
          entry.partner && entry.kind !== "REVIEW" ? partnerName(entry.partner, locale) : null,
          entry.owner ? fmt(m.agenda.ownerIs, { owner: entry.owner }, locale) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </div>
    </li>
  );
}

export function AgendaView() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const input = useListInput(agendaInputFromSearchParams);
  const agenda = useQuery({ ...trpc.agenda.list.queryOptions(input), placeholderData: keepPreviousData });
  const partners = useQuery(trpc.partner.options.queryOptions());
  const areaOptions = useAreaSelectOptions();
  const data = agenda.data;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.agenda.title}</h1>
          {data ? <p>{fmt(m.agenda.intro, { date: formatDate(data.today, locale) }, locale)}</p> : null}
        </div>
      </div>
      <FilterForm search={input.q} placeholder={m.agenda.searchPlaceholder} typedFields={["owner"]}>
        <FilterSelect name="due" label={m.agenda.due} options={enumOptions(AGENDA_DUE_FILTERS, m.agenda.dueFilter)} />
        <FilterSelect name="kind" label={m.agenda.kind} options={enumOptions(AGENDA_KINDS, m.agenda.kinds)} />
        <FilterInput name="owner" label={m.agenda.owner} value={input.owner} maxLength={200} />
        <FilterSelect
          name="partner"
          label={m.common.partner}
          options={(partners.data ?? []).map((partner) => ({
            value: String(partner.id),
            label: partnerName(partner, locale),
          }))}
        />
        <FilterSelect name="area" label={m.agenda.area} options={areaOptions} />
      </FilterForm>
      <ErrorAlert error={agenda.error} />
      {data ? (
        <>
          <p role="status" className="small">
            {fmt(m.agenda.count, { count: data.total }, locale)}
          </p>
          {data.groups.length === 0 ? <p>{m.agenda.empty}</p> : null}
          {data.groups.map((group) => (
            <section key={group.key} className="card agenda-group" aria-labelledby={`agenda-${group.key}`}>
              <h2 id={`agenda-${group.key}`}>
                {groupTitle(group, m, locale)}{" "}
                <span className="small muted">({formatNumber(group.total, locale)})</span>
              </h2>
              <ul className="stack-list">
                {group.entries.map((entry) => (
                  <EntryItem key={entry.key} entry={entry} m={m} locale={locale} />
                ))}
              </ul>
            </section>
          ))}
          {data.pageCount > 1 ? <Pagination page={data.page} pageCount={data.pageCount} total={data.total} /> : null}
        </>
      ) : null}
    </>
  );
}
