// The sign-in page's explanation of a refused single sign-on, from the `error` better-auth sends the browser back
// with (the app's own refusals in server/auth/sso.ts, better-auth's and the provider's codes otherwise).
import { SSO_REFUSALS } from "@/server/auth/sso";
import type { Messages } from "@/server/i18n/messages/de";

export function ssoErrorMessage(m: Messages, code: string): { title?: string; text: string } {
  switch (code) {
    case SSO_REFUSALS.noRole:
      return { title: m.sso.noRoleTitle, text: m.sso.noRole };
    case SSO_REFUSALS.deactivated:
      return { title: m.sso.deactivatedTitle, text: m.sso.deactivated };
    case "state_mismatch":
    case "state_not_found":
    case "state_invalid":
    case "please_restart_the_process":
      return { text: m.sso.interrupted };
    case "access_denied":
      return { text: m.sso.cancelled };
    default:
      return { text: m.sso.failed };
  }
}
