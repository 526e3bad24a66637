// German messages of the erasure of a person's personal data under GDPR Art. 17 (m.erasure.*).
const erasure = {
  title: "Personendaten löschen (DSGVO Art. 17)",
  hint: "Name, Funktion, Organisation, E-Mail-Adresse, Notizen und Quelle werden aus dem Datensatz und aus dem Änderungsprotokoll entfernt. Erhalten bleiben die Seite (Köln oder Partnerstadt), die Verknüpfungen mit Arbeitsgruppen und Aktivitäten und dass, wann und von wem etwas geändert wurde. Das lässt sich nicht rückgängig machen.",
  button: "Personendaten löschen …",
  question:
    "Die personenbezogenen Daten von „{name}“ endgültig löschen? Sie verschwinden auch aus dem Änderungsprotokoll und aus allen künftigen Exporten und Sicherungen.",
  confirm: "Endgültig löschen",
  done: "Die Personendaten wurden gelöscht.",
  erased: "Die personenbezogenen Daten dieser Person wurden am {at} von {by} gelöscht (DSGVO Art. 17).",
};

export default erasure;
