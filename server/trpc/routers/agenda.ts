import { ZAgendaInput } from "../../lists/agenda";
import { agendaFilterOf, getAgenda } from "../../services/agenda/agenda";
import { cachedAgendaFigures } from "../../services/agenda/figures-cache";
import { router, viewerProcedure, viewerRead } from "../init";

export const agendaRouter = router({
  list: viewerRead(ZAgendaInput, (db, query) => getAgenda(db, agendaFilterOf(query))),
  figures: viewerProcedure.query(({ ctx }) => cachedAgendaFigures(ctx.db)),
});
