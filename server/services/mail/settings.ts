// The signed-in user's own e-mail reminder settings (opt-in: without a row nothing is sent). A change writes one
// audit event on the user, in the same transaction.
import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/prisma";
import { AGENDA_KINDS, type AgendaKind } from "../../domain/agenda";
import { DomainError } from "../../domain/errors";
import { envValue } from "../../env";
import { DEFAULT_LOCALE, type Locale, toLocale } from "../../i18n/locales";
import type { TMailSettingsInput } from "../../schemas/mail";
import { recordOwnAccountChange } from "../audit/record";

export interface MailSettingsView extends TMailSettingsInput {
  email: string;
  /** Whether this server sends e-mail at all (SMTP_URL set). */
  smtpConfigured: boolean;
  version: number | null;
}

/** The defaults of a user who never saved: no digest, every kind pre-selected, German, owner notices on. */
export const DEFAULT_MAIL_SETTINGS: TMailSettingsInput = {
  digest: false,
  kinds: [...AGENDA_KINDS],
  language: DEFAULT_LOCALE,
  ownerNotices: true,
};

function requireAccount(actor: Actor): string {
  if (!actor.id) throw new DomainError("FORBIDDEN", "E-mail settings belong to a signed-in account.");
  return actor.id;
}

/** Stored kinds in the agenda's order, unknown ones (none should be) left out. */
export function storedKinds(kinds: readonly string[]): AgendaKind[] {
  return AGENDA_KINDS.filter((kind) => kinds.includes(kind));
}

export async function getMailSettings(db: Db, actor: Actor): Promise<MailSettingsView> {
  const userId = requireAccount(actor);
  const row = await db.mailSettings.findUnique({ where: { userId } });
  const settings: TMailSettingsInput = row
    ? {
        digest: row.digest,
        kinds: storedKinds(row.kinds),
        language: toLocale(row.language) satisfies Locale,
        ownerNotices: row.ownerNotices,
      }
    : DEFAULT_MAIL_SETTINGS;
  return {
    ...settings,
    email: actor.email ?? "",
    smtpConfigured: Boolean(envValue("SMTP_URL")),
    version: row?.version ?? null,
  };
}

export async function updateMailSettings(db: Db, actor: Actor, input: TMailSettingsInput) {
  const userId = requireAccount(actor);
  const kinds = storedKinds(input.kinds);
  return db.$transaction(async (tx) => {
    // Locks the row (if any) so that two saves at once each see the other's result as "before".
    const [before] = await tx.$queryRaw<
      { digest: boolean; kinds: string[]; language: string; ownerNotices: boolean }[]
    >`SELECT digest, kinds, language, "ownerNotices" FROM "MailSettings" WHERE "userId" = ${userId} FOR UPDATE`;
    const data = { digest: input.digest, kinds, language: input.language, ownerNotices: input.ownerNotices };
    const saved = await tx.mailSettings.upsert({
      where: { userId },
      create: { userId, ...data },
      update: { ...data, version: { increment: 1 } },
      select: { version: true },
    });
    await recordOwnAccountChange(tx, actor, userId, {
      before: before
        ? {
            mailDigest: before.digest,
            mailKinds: storedKinds(before.kinds),
            mailLanguage: before.language,
            mailOwnerNotices: before.ownerNotices,
          }
        : null,
      after: {
        mailDigest: data.digest,
        mailKinds: kinds,
        mailLanguage: data.language,
        mailOwnerNotices: data.ownerNotices,
      },
    });
    return { version: saved.version };
  });
}
