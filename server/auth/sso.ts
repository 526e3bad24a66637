// Single sign-on with the city's identity provider over OpenID Connect (Keycloak, Entra ID, ADFS), through
// better-auth's genericOAuth plugin: one provider, configured by environment (server/env.ts). The plugin does the
// protocol (discovery, authorization code flow with PKCE, state bound to a signed cookie and a database row, the ID
// token's signature, issuer, audience and nonce checked against the provider's keys); this file holds what the app
// decides: which groups give which role, who is refused, and how each outcome is named in the audit trail.
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import type { Env } from "../env";
import { hasRole, type Role } from "./roles";

/** The provider's id in better-auth: the callback is APP_URL/api/auth/callback/city. */
export const SSO_PROVIDER_ID = "city";
export const SSO_CALLBACK_PATH = `/api/auth/callback/${SSO_PROVIDER_ID}`;

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  /** Claim name or dotted path (e.g. "realm_access.roles") that lists the user's groups. */
  groupsClaim: string;
  roleMap: { group: string; role: Role }[];
}

export function ssoConfigFromEnv(env: Env): SsoConfig | undefined {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return undefined;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    scopes: env.OIDC_SCOPES,
    groupsClaim: env.OIDC_GROUPS_CLAIM,
    roleMap: env.OIDC_ROLE_MAP,
  };
}

/** The groups a profile (ID token claims or userinfo) lists under `claimPath`: an array of strings or one string. */
export function groupsOf(profile: Record<string, unknown> | undefined, claimPath: string): string[] {
  let value: unknown = profile;
  for (const key of claimPath.split(".")) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return [];
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is string => typeof entry === "string");
}

/** The highest role any of the groups maps to, or null (no access). Group names compare exactly. */
export function roleForGroups(groups: readonly string[], roleMap: SsoConfig["roleMap"]): Role | null {
  const member = new Set(groups);
  let best: Role | null = null;
  for (const { group, role } of roleMap) {
    if (member.has(group) && (!best || !hasRole(best, role))) best = role;
  }
  return best;
}

/**
 * What the app refuses with (the `error` the callback sends the browser to the sign-in page with). better-auth's own
 * codes (state, token, code) come through unchanged.
 */
export const SSO_REFUSALS = {
  noRole: "sso_no_role",
  deactivated: "sso_deactivated",
} as const;

/** The reason recorded in the audit trail for a refused single sign-on, from the callback's error code. */
export function ssoFailureReason(code: string | null): string {
  switch (code) {
    case SSO_REFUSALS.noRole:
      return "SSO_NO_ROLE";
    case SSO_REFUSALS.deactivated:
      return "SSO_DEACTIVATED";
    case "state_mismatch":
    case "state_not_found":
    case "state_invalid":
    case "state_security_mismatch":
      return "SSO_STATE";
    case "unable_to_get_user_info":
    case "issuer_mismatch":
    case "nonce_binding_missing":
      return "SSO_TOKEN";
    case "invalid_code":
    case "no_code":
      return "SSO_CODE";
    case "email_not_found":
      return "SSO_NO_EMAIL";
    case "access_denied":
    case "login_required":
    case "interaction_required":
    case "consent_required":
    case "temporarily_unavailable":
    case "server_error":
      return "SSO_PROVIDER_REFUSED";
    default:
      return "SSO_FAILED";
  }
}

/** The name shown for a person: `name`, else given and family name, else the e-mail address (at most 200 characters). */
export function displayName(profile: Record<string, unknown>): string {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const joined = [text(profile.given_name), text(profile.family_name)].filter(Boolean).join(" ");
  return (text(profile.name) || joined || text(profile.email)).slice(0, 200);
}

/** better-auth's plugin for the one provider. */
export function ssoPlugin(config: SsoConfig) {
  return genericOAuth({
    config: [
      {
        providerId: SSO_PROVIDER_ID,
        name: "Stadt Köln",
        discoveryUrl: `${config.issuer}/.well-known/openid-configuration`,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        scopes: config.scopes,
        pkce: true,
        // ID tokens must verify against the provider's published keys (signature, issuer, audience, nonce);
        // without a usable jwks_uri the provider is not offered at all.
        requireIdTokenVerification: true,
        // Sign-in only through the redirect this app started (never a flow the provider starts by itself).
        allowIdpInitiated: false,
        postLogoutRedirectURI: "/sign-in",
        mapProfileToUser: (profile) => ({ name: displayName(profile) }),
      },
    ],
  });
}
