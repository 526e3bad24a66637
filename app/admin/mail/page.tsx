// E-mail reminders for admins: whether a mail server is configured, the latest runs (what they sent, skipped as
// already sent, and what failed, with the error), the latest mails, and the overdue entries whose owner has no
// e-mail address (no notice can reach them; an address is never guessed).
import Link from "next/link";
import { fmt, formatDate, formatDateTime } from "@/server/i18n/format";
import { titledBy } from "../../_components/form-page";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { serverCaller } from "../../_lib/trpc/server";
import styles from "./mail.module.css";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.mail.admin.title);

const KINDS = ["DIGEST", "OVERDUE"] as const;
const STATUSES = ["CLAIMED", "SENT", "FAILED"] as const;
const oneOf = <T extends string>(values: readonly T[], value: string): T | null =>
  (values as readonly string[]).includes(value) ? (value as T) : null;

export default async function MailAdminPage() {
  await requireRole("ADMIN");
  const { m, locale } = await getMessages();
  const t = m.mail.admin;
  const overview = await (await serverCaller()).mail.overview();
  const kindLabel = (kind: string) => {
    const known = oneOf(KINDS, kind);
    return known ? t.kinds[known] : kind;
  };
  const time = (date: Date | null) =>
    date ? <time dateTime={date.toISOString()}>{formatDateTime(date, locale)}</time> : null;

  return (
    <>
      <div className="page-header">
        <h1>{t.title}</h1>
      </div>
      <p>{t.intro}</p>
      {overview.smtp.configured ? (
        <p className="alert alert--info">
          {fmt(t.on, { from: overview.smtp.from }, locale)}
          {overview.smtp.sinkFolder ? (
            <>
              <br />
              <span style={{ overflowWrap: "anywhere" }} data-sink-folder={overview.smtp.sinkFolder}>
                {fmt(t.sink, { folder: overview.smtp.sinkFolder }, locale)}
              </span>
            </>
          ) : null}
        </p>
      ) : (
        <p className="alert alert--info">{t.off}</p>
      )}

      <section className="card" aria-labelledby="mail-runs-title">
        <h2 id="mail-runs-title">{t.runs}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.day}</th>
                <th scope="col">{t.started}</th>
                <th scope="col">{t.finished}</th>
                <th scope="col" className={styles.num}>
                  {t.planned}
                </th>
                <th scope="col" className={styles.num}>
                  {t.sent}
                </th>
                <th scope="col" className={styles.num}>
                  {t.skipped}
                </th>
                <th scope="col" className={styles.num}>
                  {t.failed}
                </th>
                <th scope="col">{t.error}</th>
              </tr>
            </thead>
            <tbody>
              {overview.runs.map((run) => (
                <tr key={run.id} data-run-kind={run.kind} data-failed={run.failed}>
                  <th scope="row">{kindLabel(run.kind)}</th>
                  <td>{formatDate(run.day, locale)}</td>
                  <td>{time(run.startedAt)}</td>
                  <td>{run.finishedAt ? time(run.finishedAt) : <span className="muted">{t.running}</span>}</td>
                  <td className={styles.num}>{run.planned}</td>
                  <td className={styles.num}>{run.sent}</td>
                  <td className={styles.num}>{run.skipped}</td>
                  <td className={styles.num}>{run.failed ? <strong>{run.failed}</strong> : 0}</td>
                  <td style={{ overflowWrap: "anywhere" }}>{run.error ?? ""}</td>
                </tr>
              ))}
              {overview.runs.length === 0 ? (
                <tr>
                  <td colSpan={9}>{t.noRuns}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="mail-deliveries-title">
        <h2 id="mail-deliveries-title">{t.deliveries}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.recipient}</th>
                <th scope="col">{t.subject}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.status}</th>
                <th scope="col" className={styles.num}>
                  {t.attempts}
                </th>
                <th scope="col">{t.at}</th>
                <th scope="col">{t.error}</th>
              </tr>
            </thead>
            <tbody>
              {overview.deliveries.map((mail) => {
                const status = oneOf(STATUSES, mail.status);
                return (
                  <tr key={mail.id} data-status={mail.status}>
                    <th scope="row" style={{ overflowWrap: "anywhere" }}>
                      {mail.recipient}
                    </th>
                    <td>{mail.subject}</td>
                    <td>{kindLabel(mail.kind)}</td>
                    <td>{status ? t.statuses[status] : mail.status}</td>
                    <td className={styles.num}>{mail.attempts}</td>
                    <td>{time(mail.sentAt ?? mail.claimedAt)}</td>
                    <td style={{ overflowWrap: "anywhere" }}>{mail.lastError ?? ""}</td>
                  </tr>
                );
              })}
              {overview.deliveries.length === 0 ? (
                <tr>
                  <td colSpan={7}>{t.noDeliveries}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="mail-no-address-title">
        <h2 id="mail-no-address-title">{t.noAddress}</h2>
        <p className="small">{t.noAddressIntro}</p>
        {overview.withoutAddress.length ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.record}</th>
                  <th scope="col">{t.owner}</th>
                  <th scope="col">{t.reason}</th>
                </tr>
              </thead>
              <tbody>
                {overview.withoutAddress.map((row) => (
                  <tr key={row.key} data-reason={row.reason}>
                    <th scope="row">
                      <Link href={row.href}>
                        {m.agenda.kinds[row.kind]}: {row.title}
                      </Link>
                    </th>
                    <td>{row.owner ?? m.common.none}</td>
                    <td>{t.reasons[row.reason]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t.noAddressNone}</p>
        )}
      </section>
    </>
  );
}
