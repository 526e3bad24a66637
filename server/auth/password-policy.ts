// Password rules shared by better-auth's configuration, the account forms and the schemas.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
