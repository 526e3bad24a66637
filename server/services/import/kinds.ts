// The record kinds an import knows, by the DataImport's kind.
import { activityImport } from "./activities";
import { agreementImport } from "./agreements";
import type { ImportKindSpec } from "./engine";
import type { ImplementedImportKind } from "./fields";
import { partnerImport } from "./partners";
import { personImport } from "./people";

export const IMPORT_SPECS: Readonly<Record<ImplementedImportKind, ImportKindSpec<string, never, unknown>>> = {
  AGREEMENTS: agreementImport as never,
  PARTNERS: partnerImport as never,
  PEOPLE: personImport as never,
  ACTIVITIES: activityImport as never,
};

export function importSpec(kind: string): ImportKindSpec<string, never, unknown> | null {
  return Object.hasOwn(IMPORT_SPECS, kind) ? IMPORT_SPECS[kind as ImplementedImportKind] : null;
}
