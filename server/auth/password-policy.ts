// Password rules shared by better-auth's configuration, the account forms and the schemas.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Failed password checks for one e-mail within the window that lock further attempts until the window passes. */
export const LOCKOUT = { failures: 5, windowMinutes: 15 } as const;
