// Input schemas of the person aggregate, shared by the tRPC procedures and the forms.
import { z } from "zod";
import { EN as VALIDATION } from "../i18n/validation";
import { cleanText, optionalText, requiredText, sourceFields, updateInput, ZId } from "./common";

/**
 * A deliberately simple, strict address check: ASCII local part without leading, trailing or double dots, "@",
 * a domain of letter/digit/hyphen labels and a top-level domain of at least two letters.
 */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64})*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isEmail(value: string): boolean {
  const local = value.split("@")[0] ?? "";
  return value.length <= 320 && local.length <= 64 && EMAIL.test(value);
}

/** Optional e-mail address: trimmed, empty becomes null. */
export const ZEmail = z
  .string()
  .trim()
  .max(320, "at most 320 characters")
  .refine((value) => value === "" || isEmail(value), VALIDATION.email)
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .optional();

const personFields = {
  name: cleanText(requiredText(200)),
  role: cleanText(optionalText(200)),
  organisation: cleanText(optionalText(300)),
  /** The partner city the person belongs to; null for the Cologne side. */
  partnerId: ZId.nullable().optional(),
  email: ZEmail,
  ...sourceFields,
};

export const ZPersonCreateInput = z.strictObject(personFields);
export type TPersonCreateInput = z.input<typeof ZPersonCreateInput>;

export const ZPersonUpdateInput = updateInput(personFields);
export type TPersonUpdateInput = z.input<typeof ZPersonUpdateInput>;

export const ZPersonByIdInput = z.strictObject({ id: ZId });
