import { ZAgendaInput } from "../../lists/agenda";
import { agendaFilterOf, agendaPage, getCachedAgenda, getCachedAgendaFigures } from "../../services/agenda/agenda";
import { router, viewerProcedure, viewerRead } from "../init";

export const agendaRouter = router({
  list: viewerRead(ZAgendaInput, async (db, query) =>
    agendaPage(await getCachedAgenda(db, agendaFilterOf(query)), query.page),
  ),
  figures: viewerProcedure.query(({ ctx }) => getCachedAgendaFigures(ctx.db)),
});
