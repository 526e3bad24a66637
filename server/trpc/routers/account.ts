import { permissionsOf } from "../../auth/roles";
import {
  ZAccountByIdInput,
  ZAccountCreateInput,
  ZAccountListInput,
  ZAccountSetActiveInput,
  ZAccountSetPasswordInput,
  ZAccountUpdateInput,
  ZOwnPasswordInput,
} from "../../schemas/account";
import {
  changeOwnPassword,
  createAccount,
  endSessions,
  getAccount,
  listAccounts,
  setAccountActive,
  setPassword,
  updateAccount,
} from "../../services/account/accounts";
import { adminChange, adminProcedure, router, viewerProcedure } from "../init";

export const accountRouter = router({
  /** The signed-in user and what the interface may offer them. */
  me: viewerProcedure.query(({ ctx }) => ({
    id: ctx.actor.id,
    name: ctx.actor.name,
    email: ctx.actor.email,
    role: ctx.actor.role,
    permissions: permissionsOf(ctx.actor.role),
  })),
  changeOwnPassword: viewerProcedure
    .input(ZOwnPasswordInput)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.actor, input)),
  list: adminProcedure.input(ZAccountListInput).query(({ ctx, input }) => listAccounts(ctx.db, input)),
  byId: adminProcedure.input(ZAccountByIdInput).query(({ ctx, input }) => getAccount(ctx.db, input.id)),
  create: adminChange(ZAccountCreateInput, createAccount),
  update: adminChange(ZAccountUpdateInput, updateAccount),
  setActive: adminChange(ZAccountSetActiveInput, setAccountActive),
  endSessions: adminProcedure
    .input(ZAccountByIdInput)
    .mutation(({ ctx, input }) => endSessions(ctx.db, ctx.actor, input.id)),
  setPassword: adminChange(ZAccountSetPasswordInput, setPassword),
});
