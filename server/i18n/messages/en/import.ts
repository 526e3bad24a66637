// English texts of the import (m.dataImport.*), typed by the German ones.
import type de from "../de/import";

const dataImport: typeof de = {
  title: "Import data",
  intro:
    "Take agreements, partners, people, activities, working groups with their milestones or commitments from an Excel file (XLSX) or a CSV file. Rows with a number and version (as the export writes them) change exactly those records, rows without a number are created; nothing is deleted.",
  nav: "Import",
  kind: "Kind of records",
  kinds: {
    AGREEMENTS: "Agreements",
    PARTNERS: "Partners",
    PEOPLE: "People",
    ACTIVITIES: "Activities",
    WORKING_GROUPS: "Working groups with milestones",
    COMMITMENTS: "Commitments",
  },
  personalDataNote: "People are personal data: only roles that may see them import them (editors and administrators).",
  stepUpload: "1. Upload a file",
  stepMapping: "2. Map the columns",
  stepPreview: "3. Preview",
  stepApply: "4. Apply",
  file: "File (XLSX or CSV)",
  fileHint: "CSV with semicolons or commas, UTF-8 or Windows-1252; at most {rows, number} rows and {mb, number} MB.",
  upload: "Upload and check",
  uploading: "Checking …",
  chooseFile: "Please choose a file.",
  detected: "Found: {format}, {rows, plural, one {# row} other {# rows}}",
  detectedCsv: "Found: CSV, encoding {encoding}, delimiter “{delimiter}”, {rows, plural, one {# row} other {# rows}}",
  encodings: {
    "utf-8": "UTF-8",
    "utf-8-bom": "UTF-8 with BOM",
    "windows-1252": "Windows-1252 (as German Excel saves CSV files)",
  },
  column: "Column",
  header: "Heading in the file",
  field: "Field",
  notImported: "do not import",
  auto: "recognised automatically",
  readOnly: "not imported (follows from other data)",
  refreshPreview: "Use this mapping and show the preview",
  summary:
    "{create, plural, one {# new} other {# new}}, {change, plural, one {# changed} other {# changed}}, {unchanged, plural, one {# unchanged} other {# unchanged}}, {conflict, plural, one {# conflict} other {# conflicts}}, {refuse, plural, one {# refused} other {# refused}}",
  created: "Will be created",
  changed: "Will be changed",
  conflicts: "Conflicts – not applied",
  refused: "Refused – not applied",
  line: "Line",
  record: "Record",
  reason: "Reason",
  before: "Before",
  after: "After",
  conflictText:
    "Version {yours} in the file, now version {current}: last changed by {by} on {at}. Please export again and make the change there.",
  conflictUnknown: "Version {yours} in the file, now version {current}.",
  more: "… and {count, number} more",
  empty: "(empty)",
  apply: "{count, plural, one {Apply # record} other {Apply # records}}",
  applying: "Applying …",
  nothingToApply: "Nothing to apply.",
  applied:
    "Import {id} applied: {created, plural, one {# record created} other {# records created}}, {changed} changed.",
  applyNote: "All or nothing: either every new and changed record shown is applied, or none is.",
  again: "Import another file",
  version: "Version",
  yes: "Yes",
  no: "No",
  fileErrors: {
    empty: "The file is empty.",
    tooLarge: "The file is larger than {max, number} MB.",
    notASpreadsheet: "This is not a spreadsheet: please choose an XLSX or CSV file.",
    zipBomb: "The XLSX file unpacks to more than {max, number} MB and is not read.",
    unknownEncoding: "The character encoding is neither UTF-8 nor Windows-1252.",
    formula:
      "Line {line}, column {column}: formulas are not imported. Please paste the values (“Paste special → Values”).",
    cellTooLong: "Line {line}, column {column}: a cell has more than {max, number} characters.",
    tooManyRows: "The file has more than {max, number} rows.",
    tooManyColumns: "The file has {count, number} columns; at most {max, number} are allowed.",
    duplicateColumn: "The column “{name}” appears twice (columns {first} and {second}).",
    emptyHeader: "The first row holds no column headings.",
    brokenCsv: "The CSV file cannot be read at line {line} (e.g. a quotation mark that is not closed).",
  },
  reasons: {
    notANumber: "“{value}” is not a number",
    unknownRecord: "there is no record no. {id}",
    duplicateId: "no. {id} is already in line {line}",
    notAValue: "“{value}” is none of the possible values",
    notABoolean: "“{value}” is neither yes nor no",
    unknownPartner: "no partner is called “{name}”",
    unknownPartnerIn: "no partner in {country} is called “{name}”",
    ambiguousPartner:
      "“{name}” matches {count, plural, one {# partner} other {# partners}} (no. {ids}); please give the country code",
    versionMissing: "the version is missing (the export writes it beside the number)",
    versionUnknown: "there is no version {version} (current: {current})",
    statusByTransition: "the status is changed through “Change status” with a reason, not by an import",
    existsAlready:
      "an agreement with this title and partner exists already (no. {id}); give its number and version to change it",
    duplicateRow: "the same new agreement is already in line {line}",
    partnerExists:
      "a partner of this name in this country exists already (no. {id}); give its number and version to change it",
    duplicatePartner: "the same new partner is already in line {line}",
    personExists:
      "a person of this name, organisation and partner exists already (no. {id}); give their number and version to change them",
    duplicatePerson: "the same new person is already in line {line}",
    erased: "the data of no. {id} was erased (GDPR Art. 17) and is not entered again",
    unknownCountry: "“{value}” is not a known country",
    activityExists:
      "an activity with this title and start exists already (no. {id}); give its number and version to change it",
    duplicateActivity: "the same new activity is already in line {line}",
    unknownAgreement: "no agreement is called “{name}”",
    ambiguousAgreement: "“{name}” matches several agreements (no. {ids}); please give its number",
    unknownPerson: "no person is called “{name}”",
    ambiguousPerson:
      "“{name}” matches {count, plural, one {one person} other {# people}} (no. {ids}); please give the person's number",
    oneAgreement: "“{value}”: please name exactly one agreement",
    workingGroupExists:
      "this agreement has a working group of this name already (no. {id}); to change it, give its number and version",
    duplicateWorkingGroup: "the same new working group is in line {line} already",
    groupDiffers:
      "the same working group is in line {line} already, with other values there; every row of a working group needs the same",
    parentRefused: "the milestone is not taken because its working group (line {line}) is refused",
    parentConflict: "the milestone is not taken because its working group (line {line}) was changed since the export",
    milestoneExists:
      "this working group has a milestone of this title already (no. {id}); to change it, give its number and version",
    duplicateMilestone: "the same new milestone is in line {line} already",
    milestoneOfOtherGroup: "a milestone stays in its working group; it cannot be moved to another one",
    commitmentExists:
      "this agreement has a commitment of this title already (no. {id}); to change it, give its number and version",
    duplicateCommitment: "the same new commitment is in line {line} already",
  },
};

export default dataImport;
