// The parts every detail page is made of: the header (way back, title, facts, export menu, edit button), cards,
// lists of linked records, and the record's source, last change and notes.
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import { type Messages, messagesFor } from "@/server/i18n/messages";
import { UnverifiedBadge } from "./badges";
import { CountryName } from "./country";
import { ExportMenu } from "./export-menu";
import { SaveConfirmation } from "./save-confirmation";
import { SourceText } from "./source-text";

/** The way back to the list (and the record), above a page's title. */
export function Breadcrumb({ crumbs }: { crumbs: readonly { href: string; label: string }[] }) {
  return (
    <p className="breadcrumb">
      {crumbs.map((crumb, index) => (
        <span key={crumb.href}>
          {index > 0 ? <span aria-hidden="true"> › </span> : null}
          <Link href={crumb.href}>{crumb.label}</Link>
        </span>
      ))}
    </p>
  );
}

export function DetailHeader(props: {
  /** The way back: the list (and more crumbs before the title, where there are). */
  crumbs: readonly { href: string; label: string }[];
  title: string;
  /** Under the title: badges, the kind, the place. */
  facts?: ReactNode;
  /** The export menu's items (what this record's exports hold). */
  exports?: readonly { label: string; href: string }[];
  /** The edit page, for those who may edit. */
  editHref?: string | null;
  editLabel: string;
}) {
  return (
    <>
      <Breadcrumb crumbs={props.crumbs} />
      <div className="page-header">
        <div>
          <h1>{props.title}</h1>
          {props.facts ? <p className="actions">{props.facts}</p> : null}
        </div>
        {props.exports?.length || props.editHref ? (
          <div className="page-header__actions">
            {props.exports?.length ? <ExportMenu what={props.title} items={[...props.exports]} /> : null}
            {props.editHref ? (
              <Link className="button button--secondary" href={props.editHref}>
                {props.editLabel}
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
      <SaveConfirmation />
    </>
  );
}

/** Under the header of a record its source does not confirm: what that means for this kind of record. */
export function UnverifiedNotice({ verified, notice, m }: { verified: boolean; notice: string; m: Messages }) {
  if (verified) return null;
  return (
    <p className="alert alert--info">
      <strong>{m.common.unverified}:</strong> {notice}
    </p>
  );
}

/** A card of a detail page with its heading (the card is labelled by it). */
export function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export interface LinkedItem {
  key: string | number;
  href: string;
  label: string;
  /** Beside the link: status badges and the like. */
  badges?: ReactNode;
  /** Under the link, small: the kind, the date, the role. */
  detail?: ReactNode;
}

/** Linked records as a list, or the text for none. */
export function LinkList({ items, empty }: { items: readonly LinkedItem[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href}>{item.label}</Link>
          {item.badges ? <> {item.badges}</> : null}
          {item.detail ? <div className="small muted">{item.detail}</div> : null}
        </li>
      ))}
    </ul>
  );
}

/** Linked records inside a fact: a tight list with each one's detail beside its link, or the text for none. */
export function FactLinks({ items, none }: { items: readonly LinkedItem[]; none: string }) {
  if (items.length === 0) return none;
  return (
    <ul className="stack-list stack-list--tight">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href}>{item.label}</Link> <span className="small muted">{item.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** A person as a linked item: the name, then role and organisation. */
export function personItem(person: {
  id: number;
  name: string;
  role?: string | null;
  organisation: string | null;
}): LinkedItem {
  const detail = [person.role, person.organisation].filter(Boolean).join(", ");
  return { key: person.id, href: `/people/${person.id}`, label: person.name, detail: detail || undefined };
}

/** A record as a linked item: its title linked to its page (e.g. "/activities" and its id), badges and details. */
export function linkedItem(
  pages: string,
  record: { id: number; title: string },
  more: Pick<LinkedItem, "badges" | "detail"> = {},
): LinkedItem {
  return { key: record.id, href: `${pages}/${record.id}`, label: record.title, ...more };
}

/** The last facts of a record: its source (and whether it confirms it) and its last change. */
function SourceFacts(props: {
  record: { source: string | null; verified: boolean; updatedAt: Date };
  m: Messages;
  locale: Locale;
  lastUpdated: string;
}) {
  return (
    <>
      <dt>{props.m.common.source}</dt>
      <dd>
        <SourceText source={props.record.source} /> <UnverifiedBadge verified={props.record.verified} />
      </dd>
      <dt>{props.lastUpdated}</dt>
      <dd>{formatDateTime(props.record.updatedAt, props.locale)}</dd>
    </>
  );
}

/**
 * A record's first card: its facts (the children, as <dt>/<dd> pairs), then its source and last change, then its
 * notes.
 */
export function FactsCard(props: {
  id?: string;
  title: string;
  record: { source: string | null; verified: boolean; updatedAt: Date; notes?: string | null };
  m: Messages;
  locale: Locale;
  lastUpdated: string;
  children: ReactNode;
}) {
  const { record, m } = props;
  return (
    <Card id={props.id ?? "facts-title"} title={props.title}>
      <dl className="facts">
        {props.children}
        <SourceFacts record={record} m={m} locale={props.locale} lastUpdated={props.lastUpdated} />
      </dl>
      <Notes notes={record.notes ?? null} title={m.common.notes} />
    </Card>
  );
}

/** A record's notes, kept as typed (line breaks too). */
function Notes({ notes, title }: { notes: string | null; title: string }) {
  if (!notes) return null;
  return (
    <>
      <h3 style={{ marginTop: "1rem" }}>{title}</h3>
      <p style={{ whiteSpace: "pre-wrap" }}>{notes}</p>
    </>
  );
}

/** A partner as a fact: its name (linked), its name in its own script, and its country (and more facts after it). */
export function PartnerFact(props: {
  partner: { id: number; nameDe: string; nameEn: string; nameLocal: string | null; countryCode: string };
  locale: Locale;
  more?: string;
}) {
  const { partner, locale } = props;
  const name = partnerName(partner, locale);
  return (
    <>
      <Link href={`/partners/${partner.id}`}>{name}</Link>
      {partner.nameLocal && partner.nameLocal !== name ? (
        <span className="local-name"> · {partner.nameLocal}</span>
      ) : null}
      <div className="small muted">
        <CountryName code={partner.countryCode} m={messagesFor(locale)} locale={locale} />
        {props.more ? ` · ${props.more}` : null}
      </div>
    </>
  );
}
