import { permissionsOf } from "../../auth/roles";
import { ZPersonBulkApplyInput, ZPersonBulkPreviewInput } from "../../lists/bulk";
import { ZPersonListInput } from "../../lists/people";
import {
  ZPersonByIdInput,
  ZPersonCreateInput,
  ZPersonEraseInput,
  ZPersonSearchInput,
  ZPersonUpdateInput,
} from "../../schemas/person";
import { PERSON_BULK } from "../../services/person/bulk";
import { getPerson } from "../../services/person/detail";
import { erasePerson } from "../../services/person/erase";
import { listPeople, personOptions, searchPeople } from "../../services/person/list";
import { createPerson, updatePerson } from "../../services/person/write";
import type { Actor } from "../context";
import { adminChange, editorChange, editorProcedure, router, viewerProcedure, viewerRead } from "../init";

/** A person's e-mail address is personal contact data: for staff (editors) and admins, not for viewers. */
function withoutContactFor<T extends { email: string | null }>(actor: Actor, person: T): T {
  return permissionsOf(actor.role).personalData ? person : { ...person, email: null };
}

export const personRouter = router({
  list: viewerProcedure.input(ZPersonListInput).query(async ({ ctx, input }) => {
    const page = await listPeople(ctx.db, input);
    return { ...page, items: page.items.map((person) => withoutContactFor(ctx.actor, person)) };
  }),
  options: viewerProcedure.query(({ ctx }) => personOptions(ctx.db)),
  search: viewerRead(ZPersonSearchInput, searchPeople),
  byId: viewerProcedure
    .input(ZPersonByIdInput)
    .query(async ({ ctx, input }) => withoutContactFor(ctx.actor, await getPerson(ctx.db, input.id))),
  create: editorChange(ZPersonCreateInput, createPerson),
  update: editorChange(ZPersonUpdateInput, updatePerson),
  /** Bulk changes: editors and admins, the roles that may see people's personal data. */
  bulkPreview: editorProcedure
    .input(ZPersonBulkPreviewInput)
    .query(({ ctx, input }) => PERSON_BULK.preview(ctx.db, input)),
  bulkApply: editorChange(ZPersonBulkApplyInput, PERSON_BULK.apply),
  /** GDPR Art. 17: the person's personal fields removed from the record and the audit trail (admins). */
  erase: adminChange(ZPersonEraseInput, erasePerson),
});
