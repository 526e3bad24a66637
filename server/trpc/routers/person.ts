import { ZPersonByIdInput, ZPersonCreateInput, ZPersonListInput, ZPersonUpdateInput } from "../../schemas/person";
import { getPerson } from "../../services/person/detail";
import { listPeople, personOptions } from "../../services/person/list";
import { createPerson, updatePerson } from "../../services/person/write";
import { editorProcedure, router, viewerProcedure } from "../init";

export const personRouter = router({
  list: viewerProcedure.input(ZPersonListInput).query(({ ctx, input }) => listPeople(ctx.db, input)),
  options: viewerProcedure.query(({ ctx }) => personOptions(ctx.db)),
  byId: viewerProcedure.input(ZPersonByIdInput).query(({ ctx, input }) => getPerson(ctx.db, input.id)),
  create: editorProcedure.input(ZPersonCreateInput).mutation(({ ctx, input }) => createPerson(ctx.db, ctx.actor, input)),
  update: editorProcedure.input(ZPersonUpdateInput).mutation(({ ctx, input }) => updatePerson(ctx.db, ctx.actor, input)),
});
