"use client";
// "Needs attention" with its definition in words, and "no recorded activity" per type: the dashboard's two cards
// that say what the office should look at (server/services/agreement/attention.ts defines both).
import Link from "next/link";
import { fmt, formatDate, formatNumber } from "@/server/i18n/format";
import type { AttentionDetail } from "@/server/services/agreement/attention";
import type { DashboardStatistics } from "@/server/services/statistics/dashboard";
import { useI18n } from "../../_i18n/client";
import { AgreementStatusBadge } from "../badges";
import { TableHead } from "../table-head";
import styles from "./dashboard.module.css";

export const ATTENTION_HREF = "/agreements?attention=1";

function ReasonText({ detail }: { detail: AttentionDetail }) {
  const { m, locale } = useI18n();
  const texts = m.attention.itemReasons;
  if (detail.reason === "OVERDUE_MILESTONES")
    return <>{fmt(texts.OVERDUE_MILESTONES, { count: detail.count }, locale)}</>;
  const date = detail.date ? formatDate(detail.date, locale, detail.precision) : m.attention.unknownDate;
  const status = "status" in detail ? m.enums.agreementStatus[detail.status] : "";
  return <>{fmt(texts[detail.reason], { date, status }, locale)}</>;
}

export function AttentionCard({ attention }: { attention: DashboardStatistics["attention"] }) {
  const { m, locale } = useI18n();
  return (
    <section className={`card ${styles.attention}`} id="attention" aria-labelledby="attention-title">
      <h2 id="attention-title">
        {m.attention.title}: {formatNumber(attention.count, locale)}
      </h2>
      <div className={styles.definition}>
        <p id="attention-definition">{m.attention.definition}</p>
        <ul aria-describedby="attention-definition">
          {attention.byReason.map((entry) => (
            <li key={entry.reason}>
              {m.attention.reasons[entry.reason]}: <strong>{fmt(m.attention.reasonCount, entry, locale)}</strong>
            </li>
          ))}
        </ul>
      </div>
      {attention.items.length ? (
        <>
          <p className="small">
            {m.attention.byType}:{" "}
            {attention.byType
              .map((entry) => `${m.enums.agreementType[entry.type]} ${formatNumber(entry.count, locale)}`)
              .join(" · ")}
          </p>
          <ul className={styles.items}>
            {attention.items.map((item) => (
              <li key={item.id}>
                <Link prefetch={false} href={`/agreements/${item.id}`}>
                  {item.title}
                </Link>{" "}
                <AgreementStatusBadge status={item.status} />
                <span className="small muted"> · {m.enums.agreementType[item.type]}</span>
                <ul className={styles.reasons} aria-label={m.attention.reasonsLabel}>
                  {item.reasons.map((detail) => (
                    <li key={detail.reason}>
                      <ReasonText detail={detail} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {attention.count > attention.items.length ? (
            <p className="small">
              <Link prefetch={false} href={ATTENTION_HREF}>
                {fmt(m.attention.showAll, { count: attention.count }, locale)}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p>{m.attention.none}</p>
      )}
    </section>
  );
}

export function QuietByTypeCard({ k }: { k: DashboardStatistics["keyFigures"] }) {
  const { m, locale } = useI18n();
  return (
    <section className="card" id="quiet" aria-labelledby="quiet-title">
      <h2 id="quiet-title">{m.attention.quietTitle}</h2>
      <p className="small muted">
        {fmt(m.attention.quietDefinition, { count: k.quiet.count, total: k.inForce }, locale)}
      </p>
      {k.quiet.byType.length ? (
        <table className={styles.table}>
          <caption className="visually-hidden">{m.attention.quietTitle}</caption>
          <TableHead heads={[m.common.type, m.common.count]} />
          <tbody>
            {k.quiet.byType.map((row) => (
              <tr key={row.type}>
                <th scope="row">
                  <Link prefetch={false} href={`/agreements?quiet=1&type=${row.type}`}>
                    {m.enums.agreementType[row.type]}
                  </Link>
                </th>
                <td>{formatNumber(row.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{m.common.noEntries}</p>
      )}
    </section>
  );
}
