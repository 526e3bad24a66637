import { ZImportApplyInput, ZImportPreviewInput, ZImportStageInput } from "../../schemas/import";
import { applyImport, previewForPage, stageUpload } from "../../services/import/staged";
import { editorChange, router } from "../init";

export const importRouter = router({
  stage: editorChange(ZImportStageInput, stageUpload),
  preview: editorChange(ZImportPreviewInput, previewForPage),
  commit: editorChange(ZImportApplyInput, applyImport),
});
