// The own e-mail reminder settings (issue 17): shared by the procedure and the account page's form.
import { z } from "zod";
import { AGENDA_KINDS } from "../domain/agenda";
import { LOCALES } from "../i18n/locales";
import { EN as MESSAGES } from "../i18n/validation";

export const ZMailSettingsInput = z
  .strictObject({
    digest: z.boolean(),
    kinds: z
      .array(z.enum(AGENDA_KINDS, { error: MESSAGES.choose }))
      .max(AGENDA_KINDS.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, { message: MESSAGES.invalid }),
    language: z.enum(LOCALES, { error: MESSAGES.choose }),
    ownerNotices: z.boolean(),
  })
  .refine((input) => !input.digest || input.kinds.length > 0, { path: ["kinds"], message: MESSAGES.required });

export type TMailSettingsInput = z.infer<typeof ZMailSettingsInput>;

/** "Send now": nothing to choose (today's digest and overdue notices, for Cologne's today). */
export const ZMailSendNowInput = z.strictObject({});

/** Where the jobs of a "send now" are (the ids its answer gave). */
export const ZMailSendNowProgressInput = z.strictObject({
  jobs: z
    .array(z.strictObject({ queue: z.enum(["digest", "overdue"]), jobId: z.uuid() }))
    .min(1)
    .max(2),
});
