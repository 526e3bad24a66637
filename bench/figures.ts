// The figures of the load benchmark (bench/run.ts, bench/explain.ts): what is requested over HTTP and which
// service calls the procedure or page makes for it (their SQL is the floor).

import type pg from "pg";
import { WORKING_GROUPS_INPUT } from "../app/_components/dashboard/inputs";
import type { Db } from "../server/db/prisma";
import { ZAgreementListInput } from "../server/lists/agreements";
import { ZTimelineInput } from "../server/lists/timeline";
import { ZWorkingGroupListInput } from "../server/lists/working-groups";

import { getAgenda, getAgendaFigures } from "../server/services/agenda/agenda";
import { getAgreement } from "../server/services/agreement/detail";
import { listAgreements } from "../server/services/agreement/list";
import { listPinned } from "../server/services/agreement/pin";
import { accountOfFeedToken } from "../server/services/calendar/feed";
import { getDashboard } from "../server/services/statistics/dashboard";
import { getTimeline } from "../server/services/timeline/timeline";
import { listWorkingGroups } from "../server/services/working-group/list";

/** A tRPC query as the client sends it without batching: GET with the superjson-encoded input. */
export function trpcPath(procedure: string, input?: unknown): string {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `/api/trpc/${procedure}${query}`;
}

export interface LoadFigure {
  key: string;
  label: string;
  /** Path and query of the request. */
  path: string;
  /** The service calls the procedure (or page) makes. */
  work: (db: Db) => Promise<unknown>;
}

/** The inputs of the list and search figures, chosen from the data so every scale asks the same questions. */
export async function chooseInputs(client: pg.Client) {
  const { rows } = await client.query<{ id: number; name: string }>(
    `SELECT a.id, p."nameDe" AS name FROM "Agreement" a JOIN "Partner" p ON p.id = a."partnerId"
     ORDER BY a.id OFFSET (SELECT count(*) / 2 FROM "Agreement") LIMIT 1`,
  );
  const middle = rows[0];
  if (!middle) throw new Error("The database holds no agreements");
  // The list filtered as officials use it most: agreements in force in Europe, newest first.
  const filter = { status: ["SIGNED", "ACTIVE"], continent: ["EUROPE"], sort: "signedOn", dir: "desc" } as const;
  const total = Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Agreement" a JOIN "Partner" p ON p.id = a."partnerId"
         WHERE a.status IN ('SIGNED', 'ACTIVE') AND p.continent = 'EUROPE'`,
      )
    ).rows[0]?.n ?? 0,
  );
  const pageSize = 25;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  return { detailId: middle.id, searchText: middle.name, filter, pageSize, lastPage, filtered: total };
}

export function loadFigures(
  inputs: Awaited<ReturnType<typeof chooseInputs>> & { calendarToken: string },
): LoadFigure[] {
  const listInput = (page: number) => ({ ...inputs.filter, page, pageSize: inputs.pageSize });
  const searchInput = { q: inputs.searchText, page: 1, pageSize: inputs.pageSize };
  return [
    {
      // No session, no procedure: what the framework and one round trip cost on this machine under the same load.
      key: "health",
      label: "Health check (GET /api/health: route + SELECT 1, no session)",
      path: "/api/health",
      work: (db) => db.$queryRaw`SELECT 1`,
    },
    {
      // A signed-in procedure that does nothing: the session check, tRPC and the HTTP server; the floor reads a
      // session with its user, as the check does.
      key: "accountMe",
      label: "Signed-in no-op (account.me)",
      path: trpcPath("account.me"),
      work: (db) =>
        db.session.findFirst({ select: { id: true, expiresAt: true, user: { select: { id: true, role: true } } } }),
    },
    {
      key: "statistics",
      label: "Dashboard statistics (statistics.dashboard, cached ≤ 10 s)",
      path: trpcPath("statistics.dashboard"),
      work: (db) => getDashboard(db),
    },
    {
      key: "listPage1",
      label: "Agreement list, filtered, page 1",
      path: trpcPath("agreement.list", listInput(1)),
      work: (db) => listAgreements(db, ZAgreementListInput.parse(listInput(1))),
    },
    {
      key: "listDeep",
      label: `Agreement list, filtered, last page (${inputs.lastPage})`,
      path: trpcPath("agreement.list", listInput(inputs.lastPage)),
      work: (db) => listAgreements(db, ZAgreementListInput.parse(listInput(inputs.lastPage))),
    },
    {
      key: "search",
      label: `Text search ("${inputs.searchText}")`,
      path: trpcPath("agreement.list", searchInput),
      work: (db) => listAgreements(db, ZAgreementListInput.parse(searchInput)),
    },
    {
      key: "detail",
      label: "Agreement detail (agreement.byId)",
      path: trpcPath("agreement.byId", { id: inputs.detailId }),
      work: (db) => getAgreement(db, inputs.detailId),
    },
    {
      key: "dashboardPage",
      label: "Dashboard page, server render (GET /)",
      path: "/",
      work: (db) =>
        Promise.all([
          getDashboard(db),
          listPinned(db),
          listWorkingGroups(db, ZWorkingGroupListInput.parse(WORKING_GROUPS_INPUT)),
          getAgendaFigures(db),
        ]),
    },
    {
      // Every matching agreement read narrowly (its first status date) to order and page the lines, then the history
      // and activities of one page of them (TIMELINE_PAGE_SIZE lines), drawn as SVG on the server.
      key: "timelinePage",
      label: "Timeline page, server render (GET /timeline: all agreements, first page of lines)",
      path: "/timeline",
      work: (db) => getTimeline(db, ZTimelineInput.parse({})),
    },
    {
      // The day's entries kept until a change (server/services/agenda/agenda.ts); the floor is the SQL of computing
      // them: the agreements that can give an entry in the window, pending milestones and commitments, reviews due.
      key: "agenda",
      label: "Agenda, next 12 months and overdue (agenda.list)",
      path: trpcPath("agenda.list", {}),
      work: (db) => getAgenda(db, {}),
    },
    {
      key: "calendarFeed",
      label: "Calendar feed, the whole agenda as iCalendar (GET /api/calendar/<token>)",
      path: `/api/calendar/${inputs.calendarToken}`,
      work: async (db) => {
        await accountOfFeedToken(db, inputs.calendarToken);
        return getAgenda(db, {});
      },
    },
    {
      key: "agendaFigures",
      label: "Dashboard's agenda figures (agenda.figures)",
      path: trpcPath("agenda.figures"),
      work: (db) => getAgendaFigures(db),
    },
  ];
}
