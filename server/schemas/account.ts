// Input schemas of accounts (admin) and of one's own password, shared by the tRPC procedures and the forms.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password-policy";
import { ROLES } from "../auth/roles";
import { EN as VALIDATION } from "../i18n/validation";
import { cleanText, requiredText, ZSearch, ZVersion } from "./common";
import { isEmail } from "./person";

export const ZUserId = cleanText(z.string().trim().min(1).max(64));

export const ZRole = z.enum(ROLES);

/** Required e-mail address, stored in lower case (sign-in compares in lower case). */
export const ZAccountEmail = z
  .string()
  .trim()
  .min(1, VALIDATION.required)
  .max(320)
  .refine(isEmail, VALIDATION.email)
  .transform((value) => value.toLowerCase());

export const ZPassword = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

export const ZAccountListInput = z
  .strictObject({
    q: ZSearch,
    role: ZRole.optional(),
    active: z.boolean().optional(),
  })
  .default({});

export const ZAccountCreateInput = z.strictObject({
  name: cleanText(requiredText(200)),
  email: ZAccountEmail,
  role: ZRole,
  /** The first password; the admin passes it on, the user changes it after signing in. */
  password: ZPassword,
});
export type TAccountCreateInput = z.input<typeof ZAccountCreateInput>;

export const ZAccountUpdateInput = z.strictObject({
  id: ZUserId,
  version: ZVersion,
  name: cleanText(requiredText(200)),
  email: ZAccountEmail,
  role: ZRole,
});
export type TAccountUpdateInput = z.input<typeof ZAccountUpdateInput>;

export const ZAccountSetActiveInput = z.strictObject({ id: ZUserId, version: ZVersion, active: z.boolean() });
export const ZAccountByIdInput = z.strictObject({ id: ZUserId });
export const ZAccountSetPasswordInput = z.strictObject({ id: ZUserId, password: ZPassword });

export const ZOwnPasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: ZPassword,
});
export type TOwnPasswordInput = z.input<typeof ZOwnPasswordInput>;
