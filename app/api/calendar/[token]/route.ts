// A user's calendar feed (iCalendar): GET /api/calendar/<token>[?lang=en]. The token is the only credential (calendar
// programs send no cookies); an unknown, malformed or revoked token, or a deactivated account, answers 404 at once.
import { db } from "@/server/db/client";
import { envValue } from "@/server/env";
import { toLocale } from "@/server/i18n/locales";
import { getCachedAgenda } from "@/server/services/agenda/agenda";
import { accountOfFeedToken } from "@/server/services/calendar/feed";
import { agendaCalendar } from "@/server/services/calendar/ics";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await accountOfFeedToken(db(), token.replace(/\.ics$/, ""));
  if (!account) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  const url = new URL(request.url);
  const now = new Date();
  // Every role may see every agenda entry (agenda.list); a narrower role would be filtered here. The day's entries
  // are kept until a committed change, as for the agenda page.
  const agenda = await getCachedAgenda(db(), {});
  const body = agendaCalendar(agenda.entries, {
    baseUrl: envValue("APP_URL") ?? url.origin,
    locale: toLocale(url.searchParams.get("lang") ?? undefined),
    now,
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "no-store",
      "x-robots-tag": "noindex",
    },
  });
}
