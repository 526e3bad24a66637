// The record kinds an import knows, by the DataImport's kind.
import { activityImport } from "./activities";
import { agreementImport } from "./agreements";
import { commitmentImport } from "./commitments";
import { type ImportDefinition, singleImport } from "./engine";
import type { ImplementedImportKind } from "./fields";
import { partnerImport } from "./partners";
import { personImport } from "./people";
import { workingGroupImport } from "./working-groups";

export const IMPORT_SPECS: Readonly<Record<ImplementedImportKind, ImportDefinition>> = {
  AGREEMENTS: singleImport(agreementImport),
  PARTNERS: singleImport(partnerImport),
  PEOPLE: singleImport(personImport),
  ACTIVITIES: singleImport(activityImport),
  WORKING_GROUPS: workingGroupImport,
  COMMITMENTS: singleImport(commitmentImport),
};

export function importSpec(kind: string): ImportDefinition | null {
  return Object.hasOwn(IMPORT_SPECS, kind) ? IMPORT_SPECS[kind as ImplementedImportKind] : null;
}
