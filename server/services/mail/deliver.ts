// Sending each mail exactly once, whatever restarts, crashes and second app servers do. Each mail has a key (per user
// and day for a digest; per record, deadline and address for an overdue notice) and a row in "MailDelivery":
//
// 1. claim: one INSERT … ON CONFLICT statement, committed before anything is sent. It takes the key only if nobody
//    has it, or its last try FAILED, or an earlier claim is older than the lease (its claimer died between claim and
//    send). A row SENT, or claimed by a live run (here or on another server), is left alone: not sent again.
// 2. send through SMTP;
// 3. mark SENT (or FAILED with the error) — only if the claim is still ours (the claim token).
//
// So no two runs send the same key at once, and a claim whose run died is taken over after the lease: nothing is
// skipped. The one gap is SMTP's own: a crash after the server accepted the mail and before step 3 leaves the row
// CLAIMED, and the mail is sent again after the lease (at-least-once for that instant). Both copies carry the same
// Message-ID (derived from the key), by which mail servers and clients recognise the second as a duplicate.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/prisma";
import type { MailSender, OutgoingMail } from "./transport";

/** How long a claim holds (seconds): longer than one SMTP send may take (transport.ts caps it at about 2 minutes). */
export const CLAIM_LEASE_SECONDS = 15 * 60;
/**
 * How often a failed mail is tried: an address the mail server refuses for good would otherwise be tried (and fail
 * the hourly run) for as long as its entry is overdue. Past this it stays FAILED, listed on the admin page.
 */
export const MAX_ATTEMPTS = 10;
export const MESSAGE_ID_DOMAIN = "partnerschaften.stadt-koeln.example";

export interface Delivery {
  key: string;
  kind: "DIGEST" | "OVERDUE";
  day: Date;
  userId: string | null;
  recipient: string;
  subject: string;
  text: string;
  entries: number;
  language: string;
}

export type DeliveryOutcome = "SENT" | "SKIPPED" | "FAILED";

export interface DeliverOptions {
  db: Db;
  sender: MailSender;
  from: string;
  runId: number;
  leaseSeconds?: number;
  /** Tests only: runs between the committed claim and the send (a crash there is what the tests simulate). */
  afterClaim?: (key: string) => Promise<void> | void;
}

export function messageIdOf(key: string): string {
  return `<${createHash("sha256").update(key).digest("hex").slice(0, 40)}@${MESSAGE_ID_DOMAIN}>`;
}

/** Claims the key; true when this run may send it. */
async function claim(options: DeliverOptions, delivery: Delivery, token: string): Promise<boolean> {
  const lease = options.leaseSeconds ?? CLAIM_LEASE_SECONDS;
  const rows = await options.db.$queryRaw<{ id: number }[]>`
    INSERT INTO "MailDelivery" (key, kind, day, "userId", recipient, subject, entries, status, "claimToken",
                                "claimedAt", attempts, "messageId", "runId")
    VALUES (${delivery.key}, ${delivery.kind}, ${delivery.day.toISOString().slice(0, 10)}::date, ${delivery.userId}, ${delivery.recipient},
            ${delivery.subject.slice(0, 500)}, ${delivery.entries}, 'CLAIMED', ${token}, now(), 1,
            ${messageIdOf(delivery.key)}, ${options.runId})
    ON CONFLICT (key) DO UPDATE
      SET status = 'CLAIMED', "claimToken" = EXCLUDED."claimToken", "claimedAt" = now(),
          attempts = "MailDelivery".attempts + 1, "runId" = EXCLUDED."runId", subject = EXCLUDED.subject,
          entries = EXCLUDED.entries, recipient = EXCLUDED.recipient
      WHERE ("MailDelivery".status = 'FAILED' AND "MailDelivery".attempts < ${MAX_ATTEMPTS})
         OR ("MailDelivery".status = 'CLAIMED' AND "MailDelivery"."claimedAt" < now() - make_interval(secs => ${lease}))
    RETURNING id`;
  return rows.length === 1;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 2000);
}

/** Claims, sends and marks one mail. A failed send is recorded (FAILED) and reported, never thrown. */
export async function deliver(
  options: DeliverOptions,
  delivery: Delivery,
): Promise<{ outcome: DeliveryOutcome; error?: string }> {
  const token = randomBytes(16).toString("hex");
  if (!(await claim(options, delivery, token))) return { outcome: "SKIPPED" };
  // Outside the try: a "crash" here (tests) leaves the claim as a dead process would.
  await options.afterClaim?.(delivery.key);
  const mail: OutgoingMail = {
    from: options.from,
    to: delivery.recipient,
    subject: delivery.subject,
    text: delivery.text,
    messageId: messageIdOf(delivery.key),
    language: delivery.language,
  };
  try {
    await options.sender.send(mail);
  } catch (error) {
    const message = errorText(error);
    await options.db.$executeRaw`
      UPDATE "MailDelivery" SET status = 'FAILED', "lastError" = ${message}
      WHERE key = ${delivery.key} AND "claimToken" = ${token}`;
    return { outcome: "FAILED", error: message };
  }
  await options.db.$executeRaw`
    UPDATE "MailDelivery" SET status = 'SENT', "sentAt" = now(), "lastError" = NULL
    WHERE key = ${delivery.key} AND "claimToken" = ${token}`;
  return { outcome: "SENT" };
}
