// English messages of the readable audit trail and record histories (m.auditView.*).
import type { Messages } from "../de";

const auditView: Messages["auditView"] = {
  precisionOf: "{field} (precision)",
  deleted: "deleted:",
  inserted: "inserted:",
  textChanges: "Changes in the text",
  diffLegend: "Struck through: deleted; underlined: inserted.",
  withRole: "{name} ({role})",
  unknownRecord: "{kind} no. {id} (deleted)",
  areaWithStatus: "{area} ({status})",
};

export default auditView;
