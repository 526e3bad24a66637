import { ZAgendaInput } from "../../lists/agenda";
import { agendaFilterOf, getAgenda, getAgendaFigures } from "../../services/agenda/agenda";
import { router, viewerProcedure, viewerRead } from "../init";

export const agendaRouter = router({
  list: viewerRead(ZAgendaInput, (db, query) => getAgenda(db, agendaFilterOf(query))),
  figures: viewerProcedure.query(({ ctx }) => getAgendaFigures(ctx.db)),
});
