// Input schemas of the person aggregate, shared by the tRPC procedures and the forms.
import { z } from "zod";
import { recordInputs, sourceFields, ZByIdInput, ZId, ZPickerSearchInput, ZVersion } from "./common";
import { fieldSchemas, type RecordField } from "./fields";

export { isEmail, ZEmail } from "./fields";

/** A person's plain fields (see AGREEMENT_FIELDS): form, detail page, list, export and audit labels read them. */
export const PERSON_FIELDS = {
  name: { kind: "text", max: 200, required: true, label: "common.name", section: "general", list: false },
  role: { kind: "text", max: 200, label: "common.role", section: "general", list: false },
  organisation: { kind: "text", max: 300, label: "common.organisation", section: "general", list: false },
  email: {
    kind: "text",
    max: 320,
    format: "email",
    label: "person.email",
    hint: "person.emailHint",
    section: "contact",
    list: false,
  },
} as const satisfies Record<string, RecordField>;

const personFields = {
  ...fieldSchemas(PERSON_FIELDS),
  /** The partner city the person belongs to; null for the Cologne side. */
  partnerId: ZId.nullable().optional(),
  ...sourceFields,
};

export const { create: ZPersonCreateInput, update: ZPersonUpdateInput } = recordInputs(personFields);
export type TPersonCreateInput = z.input<typeof ZPersonCreateInput>;
export const ZPersonByIdInput = ZByIdInput;
/** GDPR Art. 17: erase a person's personal fields (admins), with the version the admin saw. */
export const ZPersonEraseInput = z.strictObject({ id: ZId, version: ZVersion });

/** A person picker's search: `side` keeps to the Cologne side (no partner) or to the partners' side. */
export const ZPersonSearchInput = ZPickerSearchInput.extend({ side: z.enum(["cologne", "partner"]).optional() });
export type TPersonSearchInput = z.output<typeof ZPersonSearchInput>;
