import { ZDocumentDeleteInput, ZDocumentListInput } from "../../schemas/document";
import { deleteDocument, listDocuments } from "../../services/document/documents";
import { documentSettings } from "../../services/document/storage";
import { editorProcedure, router, viewerProcedure } from "../init";

// Uploads and downloads are route handlers (app/api/documents): they stream the bytes.
export const documentRouter = router({
  list: viewerProcedure.input(ZDocumentListInput).query(({ ctx, input }) => listDocuments(ctx.db, ctx.actor, input)),
  remove: editorProcedure
    .input(ZDocumentDeleteInput)
    .mutation(({ ctx, input }) => deleteDocument(ctx.db, ctx.actor, input, documentSettings().store)),
});
