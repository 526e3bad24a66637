// The SMTP connection (nodemailer) made from SMTP_URL. One transport per process; every send goes through
// sendMail(), which a test may replace with an SMTP server of its own (the tests run a real one, smtp-server).
import { createTransport, type Transporter } from "nodemailer";
import { envValue } from "../../env";

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Derived from the delivery's key: the same mail always has the same Message-ID (see deliver.ts). */
  messageId: string;
  language: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A sender for an smtp:// or smtps:// URL (a malformed one was refused by server/env.ts at the start). */
export function smtpSender(url: string): MailSender {
  // One connection reused for a run's mails; each step bounded, so a server that hangs fails the send in about two
  // minutes at most (well inside the claim's lease, deliver.ts).
  const transport: Transporter = createTransport({
    url,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        headers: { "Content-Language": mail.language, "Auto-Submitted": "auto-generated" },
      });
    },
    close: () => transport.close(),
  };
}

/** The configured sender, or null when SMTP_URL is unset (no e-mail). */
export function configuredSender(source: NodeJS.ProcessEnv = process.env): MailSender | null {
  const url = envValue("SMTP_URL", source);
  return url ? smtpSender(url) : null;
}
