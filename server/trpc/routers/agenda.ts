import { ZAgendaInput } from "../../lists/agenda";
import { agendaFilterOf, getCachedAgenda, getCachedAgendaFigures } from "../../services/agenda/agenda";
import { router, viewerProcedure, viewerRead } from "../init";

export const agendaRouter = router({
  list: viewerRead(ZAgendaInput, (db, query) => getCachedAgenda(db, agendaFilterOf(query))),
  figures: viewerProcedure.query(({ ctx }) => getCachedAgendaFigures(ctx.db)),
});
