import { ZPersonByIdInput, ZPersonCreateInput, ZPersonListInput, ZPersonUpdateInput } from "../../schemas/person";
import { getPerson } from "../../services/person/detail";
import { listPeople, personOptions } from "../../services/person/list";
import { createPerson, updatePerson } from "../../services/person/write";
import { publicProcedure, router } from "../init";

export const personRouter = router({
  list: publicProcedure.input(ZPersonListInput).query(({ ctx, input }) => listPeople(ctx.db, input)),
  options: publicProcedure.query(({ ctx }) => personOptions(ctx.db)),
  byId: publicProcedure.input(ZPersonByIdInput).query(({ ctx, input }) => getPerson(ctx.db, input.id)),
  create: publicProcedure.input(ZPersonCreateInput).mutation(({ ctx, input }) => createPerson(ctx.db, input)),
  update: publicProcedure.input(ZPersonUpdateInput).mutation(({ ctx, input }) => updatePerson(ctx.db, input)),
});
