// German messages of the security measures of issue 18: the page shown while the database is away (m.security.*).
const security = {
  unavailableTitle: "Vorübergehend nicht erreichbar",
  unavailableText:
    "Die Datenbank ist im Moment nicht erreichbar. Es wurde nichts geändert. Bitte laden Sie die Seite in einer Minute neu.",
};

export default security;
