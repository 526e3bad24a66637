// What every report page needs: the signed-in user (no session: off to sign-in, as on every page), the language,
// both message catalogues, and the date line and "prepared for" line of the title page.
import "server-only";
import { getMessages } from "@/app/_i18n/server";
import { requireActor } from "@/app/_lib/session";
import { fmt, formatDate } from "@/server/i18n/format";
import { reportMessagesFor } from "@/server/i18n/messages";
import { today } from "@/server/services/shared/dates";

export async function reportContext() {
  const actor = await requireActor();
  const { locale, m } = await getMessages();
  const r = reportMessagesFor(locale);
  return {
    actor,
    locale,
    m,
    r,
    asOf: fmt(r.asOf, { date: formatDate(today(), locale) }, locale),
    preparedFor: fmt(r.preparedFor, { name: actor.name }, locale),
  };
}
