// German messages of the last-resort error page (app/global-error.tsx, m.operations.*): shown when even the page's
// frame failed, so it cannot use the language switch and names the error code the server logged.
const operations = {
  globalErrorTitle: "Die Anwendung konnte nicht angezeigt werden",
  globalErrorText:
    "Ein unerwarteter Fehler ist aufgetreten. Er wurde protokolliert. Bitte laden Sie die Seite neu; besteht der Fehler weiter, nennen Sie dem IT-Support den Fehlercode.",
  errorCode: "Fehlercode",
  reload: "Seite neu laden",
};

export default operations;
