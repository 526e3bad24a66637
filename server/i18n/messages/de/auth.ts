// German messages of sign-in, the user menu, one's own password and the role rules (m.auth.*).
const auth = {
  signInTitle: "Anmelden",
  signInIntro: "Melden Sie sich mit Ihrer dienstlichen E-Mail-Adresse an.",
  email: "E-Mail-Adresse",
  password: "Passwort",
  signIn: "Anmelden",
  signingIn: "Anmeldung läuft …",
  signOut: "Abmelden",
  invalidCredentials: "E-Mail-Adresse oder Passwort stimmen nicht.",
  tooMany: "Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.",
  signInFailed: "Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut.",
  sessionExpired: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
  userMenu: "Benutzerkonto",
  signedInAs: "Angemeldet als {name}",
  myAccount: "Mein Konto",
  roles: { ADMIN: "Administration", EDITOR: "Redaktion", VIEWER: "Lesezugriff" },
  roleHints: {
    ADMIN: "Alles, auch Benutzerkonten und Änderungsprotokoll",
    EDITOR: "Datensätze anlegen, bearbeiten und Status ändern; exportieren",
    VIEWER: "Übersicht, Listen und Details lesen; exportieren",
  },
  forbiddenTitle: "Keine Berechtigung",
  forbiddenText: "Ihre Rolle erlaubt diese Seite nicht. Wenden Sie sich an die Administration, wenn Sie sie brauchen.",
  conflict:
    "Dieser Datensatz wurde inzwischen von {by} geändert ({at}). Ihre Eingaben sind unten erhalten; es wurde nichts gespeichert. Öffnen Sie die aktuelle Fassung in einem neuen Tab, vergleichen Sie und speichern Sie dann erneut.",
  conflictUnknown:
    "Dieser Datensatz wurde inzwischen von jemand anderem geändert. Ihre Eingaben sind unten erhalten; es wurde nichts gespeichert. Öffnen Sie die aktuelle Fassung in einem neuen Tab, vergleichen Sie und speichern Sie dann erneut.",
  reloadCurrent: "Aktuelle Fassung laden (Eingaben gehen verloren)",
};

export default auth;
