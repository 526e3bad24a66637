// English messages of sign-in, the user menu, one's own password and the role rules (m.auth.*).
const auth: typeof import("../de/auth").default = {
  signInTitle: "Sign in",
  signInIntro: "Sign in with your work e-mail address.",
  email: "E-mail address",
  password: "Password",
  signIn: "Sign in",
  signingIn: "Signing in …",
  signOut: "Sign out",
  invalidCredentials: "E-mail address or password is not correct.",
  tooMany: "Too many sign-in attempts. Please wait a few minutes and try again.",
  signInFailed: "Signing in failed. Please try again.",
  sessionExpired: "Your session has ended. Please sign in again.",
  userMenu: "User account",
  signedInAs: "Signed in as {name}",
  myAccount: "My account",
  roles: { ADMIN: "Admin", EDITOR: "Editor", VIEWER: "Viewer" },
  roleHints: {
    ADMIN: "Everything, including accounts and the audit trail",
    EDITOR: "Create and edit records, change status; export",
    VIEWER: "Read the dashboard, lists and details; export",
  },
  forbiddenTitle: "No permission",
  forbiddenText: "Your role does not allow this page. Ask the administrators if you need it.",
  conflict:
    "{by} changed this record in the meantime ({at}). Your input is kept below; nothing was saved. Open the current version in a new tab, compare, then save again.",
  conflictUnknown:
    "Somebody else changed this record in the meantime. Your input is kept below; nothing was saved. Open the current version in a new tab, compare, then save again.",
  reloadCurrent: "Load the current version (your input is lost)",
};

export default auth;
