// Input schemas of the import steps (page /import): the upload, the preview with a column mapping, the apply.
import { z } from "zod";

export const IMPORT_KINDS = [
  "AGREEMENTS",
  "PARTNERS",
  "PEOPLE",
  "ACTIVITIES",
  "WORKING_GROUPS",
  "COMMITMENTS",
] as const;

/** 20 MB (the file limit, server/services/import/file.ts) as base64, with room for padding. */
const MAX_BASE64 = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 4;

export const ZImportStageInput = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().max(255),
  /** The file's bytes, base64. */
  content: z
    .string()
    .max(MAX_BASE64)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "not base64"),
});

const ZToken = z
  .string()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

export const ZImportPreviewInput = z.strictObject({
  token: ZToken,
  /** One entry per column of the file: the field it goes into, or null. Absent: the automatic mapping. */
  mapping: z.array(z.string().max(50).nullable()).max(100).optional(),
});

export const ZImportApplyInput = z.strictObject({ token: ZToken });
