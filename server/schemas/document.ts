// Inputs of the documents' procedures and routes: which record a document belongs to, and which document.
import { z } from "zod";

export const DOCUMENT_RECORD_TYPES = ["agreement", "activity", "workingGroup"] as const;
export type DocumentRecordType = (typeof DOCUMENT_RECORD_TYPES)[number];

const ZId = z.number().int().positive().max(2_147_483_647);

export const ZDocumentRecord = z.strictObject({ type: z.enum(DOCUMENT_RECORD_TYPES), id: ZId });
export type TDocumentRecord = z.infer<typeof ZDocumentRecord>;

export const ZDocumentListInput = z.strictObject({ record: ZDocumentRecord });
export const ZDocumentDeleteInput = z.strictObject({ id: ZId });
