// German messages of single sign-on with the city's identity provider on the sign-in page (m.sso.*).
const sso = {
  button: "Mit städtischem Konto anmelden",
  redirecting: "Weiterleitung zum städtischen Konto …",
  intro: "Melden Sie sich mit Ihrem städtischen Konto an (dasselbe wie am Arbeitsplatz).",
  introWithPassword:
    "Melden Sie sich mit Ihrem städtischen Konto an (dasselbe wie am Arbeitsplatz) oder mit E-Mail-Adresse und Passwort.",
  orPassword: "Oder mit E-Mail-Adresse und Passwort",
  startFailed: "Die Anmeldung mit dem städtischen Konto konnte nicht gestartet werden. Bitte versuchen Sie es erneut.",
  noRoleTitle: "Kein Zugang: bitte wenden Sie sich an die Administration",
  noRole:
    "Ihr städtisches Konto ist angemeldet, aber keiner Rolle in dieser Anwendung zugeordnet. Bitten Sie die Administration der Anwendung, Sie der passenden Gruppe zuzuordnen (Lesezugriff, Redaktion oder Administration). Danach können Sie sich hier anmelden.",
  deactivatedTitle: "Konto deaktiviert",
  deactivated:
    "Ihr Konto in dieser Anwendung ist deaktiviert. Wenden Sie sich an die Administration, wenn Sie wieder Zugang brauchen.",
  interrupted:
    "Die Anmeldung mit dem städtischen Konto ist abgelaufen oder wurde unterbrochen. Bitte starten Sie sie erneut.",
  cancelled: "Die Anmeldung wurde beim städtischen Konto abgebrochen.",
  noPasswordHere:
    "Sie melden sich mit Ihrem städtischen Konto an und haben hier kein eigenes Passwort. Ihr Passwort ändern Sie beim städtischen Konto.",
  failed:
    "Die Anmeldung mit dem städtischen Konto ist fehlgeschlagen. Bitte versuchen Sie es erneut; wenn es wieder nicht gelingt, wenden Sie sich an die Administration.",
};

export default sso;
