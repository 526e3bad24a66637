// E-mail reminders for admins: whether a mail server is configured, "send now" (today's digest and overdue
// notices at once, through the same jobs), the latest runs (what they sent, skipped as already sent, and what
// failed, with the error), the latest mails, and the overdue entries whose owner has no e-mail address (no notice
// can reach them; an address is never guessed). The three tables are one component (./mail-table.tsx).
import Link from "next/link";
import { fmt, formatDate, formatDateTime } from "@/server/i18n/format";
import { titledBy } from "../../_components/form-page";
import { getMessages } from "../../_i18n/server";
import { requireRole } from "../../_lib/session";
import { serverCaller } from "../../_lib/trpc/server";
import { MailTable } from "./mail-table";
import { SendNow } from "./send-now";

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

      <SendNow configured={overview.smtp.configured} />

      <MailTable
        id="mail-runs"
        title={t.runs}
        empty={t.noRuns}
        columns={[
          { label: t.kind },
          { label: t.day },
          { label: t.started },
          { label: t.finished },
          { label: t.planned, numeric: true },
          { label: t.sent, numeric: true },
          { label: t.skipped, numeric: true },
          { label: t.failed, numeric: true },
          { label: t.error, wrap: true },
        ]}
        rows={overview.runs.map((run) => ({
          key: run.id,
          data: { "run-kind": run.kind, failed: run.failed },
          cells: [
            kindLabel(run.kind),
            formatDate(run.day, locale),
            time(run.startedAt),
            run.finishedAt ? (
              time(run.finishedAt)
            ) : (
              <span key="running" className="muted">
                {t.running}
              </span>
            ),
            run.planned,
            run.sent,
            run.skipped,
            run.failed ? <strong key="failed">{run.failed}</strong> : 0,
            run.error ?? "",
          ],
        }))}
      />

      <MailTable
        id="mail-deliveries"
        title={t.deliveries}
        empty={t.noDeliveries}
        columns={[
          { label: t.recipient, wrap: true },
          { label: t.subject },
          { label: t.kind },
          { label: t.status },
          { label: t.attempts, numeric: true },
          { label: t.at },
          { label: t.error, wrap: true },
        ]}
        rows={overview.deliveries.map((mail) => {
          const status = oneOf(STATUSES, mail.status);
          return {
            key: mail.id,
            data: { status: mail.status },
            cells: [
              mail.recipient,
              mail.subject,
              kindLabel(mail.kind),
              status ? t.statuses[status] : mail.status,
              mail.attempts,
              time(mail.sentAt ?? mail.claimedAt),
              mail.lastError ?? "",
            ],
          };
        })}
      />

      <MailTable
        id="mail-no-address"
        title={t.noAddress}
        intro={
          <>
            {t.noAddressIntro}
            {overview.withoutAddressTotal > overview.withoutAddress.length ? (
              <>
                {" "}
                <span data-no-address-total={overview.withoutAddressTotal}>
                  {fmt(
                    t.noAddressFirst,
                    { shown: overview.withoutAddress.length, total: overview.withoutAddressTotal },
                    locale,
                  )}
                </span>
              </>
            ) : null}
          </>
        }
        empty={t.noAddressNone}
        columns={[{ label: t.record }, { label: t.owner }, { label: t.reason }]}
        rows={overview.withoutAddress.map((row) => ({
          key: row.key,
          data: { reason: row.reason },
          cells: [
            <Link key="record" href={row.href}>
              {m.agenda.kinds[row.kind]}: {row.title}
            </Link>,
            row.owner ?? m.common.none,
            t.reasons[row.reason],
          ],
        }))}
      />
    </>
  );
}
