// English messages of single sign-on with the city's identity provider on the sign-in page (m.sso.*).
const sso: typeof import("../de/sso").default = {
  button: "Sign in with your city account",
  redirecting: "Redirecting to your city account …",
  intro: "Sign in with your city account (the same as at your workplace).",
  introWithPassword:
    "Sign in with your city account (the same as at your workplace) or with your e-mail address and password.",
  orPassword: "Or with e-mail address and password",
  startFailed: "Signing in with your city account could not be started. Please try again.",
  noRoleTitle: "No access: please ask an administrator",
  noRole:
    "Your city account signed in, but it has no role in this application. Ask the application's administrators to add you to the right group (read access, editing or administration). Then you can sign in here.",
  deactivatedTitle: "Account deactivated",
  deactivated: "Your account in this application is deactivated. Ask an administrator if you need access again.",
  interrupted: "Signing in with your city account expired or was interrupted. Please start it again.",
  cancelled: "Signing in was cancelled at your city account.",
  noPasswordHere:
    "You sign in with your city account and have no password of your own here. Change your password at your city account.",
  failed: "Signing in with your city account failed. Please try again; if it fails again, ask an administrator.",
};

export default sso;
