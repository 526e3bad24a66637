// German messages of the readable audit trail and record histories (m.auditView.*).
const auditView = {
  precisionOf: "{field} (Genauigkeit)",
  deleted: "gelöscht:",
  inserted: "eingefügt:",
  textChanges: "Änderungen im Text",
  diffLegend: "Durchgestrichen: gelöscht; unterstrichen: eingefügt.",
  withRole: "{name} ({role})",
  unknownRecord: "{kind} Nr. {id} (gelöscht)",
  areaWithStatus: "{area} ({status})",
};

export default auditView;
