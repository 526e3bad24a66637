// A user's calendar feed (iCalendar): GET /api/calendar/<token>[?lang=en]. The token is the only credential (calendar
// programs send no cookies); an unknown, malformed or revoked token, or a deactivated account, answers 404 at once.
import { db } from "@/server/db/client";
import { envValue } from "@/server/env";
import { toLocale } from "@/server/i18n/locales";
import { cachedAgendaCalendar } from "@/server/services/calendar/cached-body";
import { accountOfFeedToken } from "@/server/services/calendar/feed";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await accountOfFeedToken(db(), token.replace(/\.ics$/, ""));
  if (!account) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  const url = new URL(request.url);
  // Every role may see every agenda entry (agenda.list); a narrower role would be filtered here. The text is kept
  // until a committed change, as the agenda page's entries are.
  const body = await cachedAgendaCalendar(db(), {
    baseUrl: envValue("APP_URL") ?? url.origin,
    locale: toLocale(url.searchParams.get("lang") ?? undefined),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "no-store",
      "x-robots-tag": "noindex",
    },
  });
}
