// The app router: one router per aggregate.
import { createCallerFactory, router } from "./init";
import { accountRouter } from "./routers/account";
import { activityRouter } from "./routers/activity";
import { agendaRouter } from "./routers/agenda";
import { agreementRouter } from "./routers/agreement";
import { auditRouter } from "./routers/audit";
import { calendarRouter } from "./routers/calendar";
import { commitmentRouter } from "./routers/commitment";
import { cooperationAreaRouter } from "./routers/cooperation-area";
import { documentRouter } from "./routers/document";
import { importRouter } from "./routers/import";
import { mailRouter } from "./routers/mail";
import { partnerRouter } from "./routers/partner";
import { personRouter } from "./routers/person";
import { savedViewRouter } from "./routers/saved-view";
import { statisticsRouter } from "./routers/statistics";
import { timelineRouter } from "./routers/timeline";
import { workingGroupRouter } from "./routers/working-group";

export const appRouter = router({
  agreement: agreementRouter,
  partner: partnerRouter,
  workingGroup: workingGroupRouter,
  commitment: commitmentRouter,
  agenda: agendaRouter,
  calendar: calendarRouter,
  mail: mailRouter,
  activity: activityRouter,
  person: personRouter,
  cooperationArea: cooperationAreaRouter,
  statistics: statisticsRouter,
  account: accountRouter,
  audit: auditRouter,
  dataImport: importRouter,
  savedView: savedViewRouter,
  timeline: timelineRouter,
  document: documentRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures directly, without HTTP: used by server components and tests. */
export const createCaller = createCallerFactory(appRouter);
