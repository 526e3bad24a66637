// An import whose rows hold two records: a parent and one of its children (a working group and one of its
// milestones), as the export writes them in one table: one row per child, the parent's columns repeated in front.
//
// How the rows are grouped: rows with the same parent number are one parent; rows without one, alike in the parent's
// `groupBy` fields (a working group's agreement and name), are one new parent, created once. The parent is planned
// from its first row (the kind's own plan: its version, its rules, its copy check); every later row of it must
// repeat the same parent cells, or that row is refused ("differs from line N"). Each row's child is planned by the
// child's kind, its parent named as "id:<number>" or, for a parent this file creates, "new:<line of its first row>";
// a row whose parent is refused has its child refused too. Apply writes the parents first, then the children (a new
// parent's id known by then). Nothing is deleted: a child missing from the file stays as it is.
import type { Tx } from "../../db/prisma";
import type { MessagePath } from "../../i18n/messages";
import { type ImportDefinition, type ImportKindSpec, idsOf, lockRows, planImport } from "./engine";
import type { ImportTable } from "./file";
import { type ImportPlan, nameConflictAuthors, type PlannedRow, refusal } from "./plan";
import { cellText, normalName } from "./values";

export interface GroupedImport<P extends string, C extends string> {
  kind: ImportDefinition["kind"];
  parent: ImportKindSpec<P, never, unknown>;
  child: ImportKindSpec<C, never, unknown>;
  /** The child's columns in the file: their field names there (e.g. milestoneTitle), their headers and child fields. */
  childColumns: Readonly<Record<string, { field: C; label: MessagePath }>>;
  /** The child's field that names its parent ("id:12", "new:7"); not a column of the file. */
  parentField: C;
  /** The property of the child's input that holds its parent's id (for a new parent "new:<line>" until it exists). */
  parentInput: string;
  /** The parent's fields that tell new parents apart (rows without a number alike in them are one parent). */
  groupBy: readonly P[];
}

/** The definition of a parent-and-child import (see the top of this file). */
export function groupedImport<P extends string, C extends string>(def: GroupedImport<P, C>): ImportDefinition {
  const { parent, child, childColumns } = def;
  const childLabels = Object.fromEntries(Object.entries(childColumns).map(([name, column]) => [name, column.label]));
  // The child's field names back to the file's (a refusal or change names the column as the user knows it).
  const fileField = new Map(Object.entries(childColumns).map(([name, column]) => [column.field as string, name]));
  const rename = (field: string | null) => (field === null ? null : (fileField.get(field) ?? field));
  const parentMapping = (mapping: readonly (string | null)[]) =>
    mapping.map((field) => (field && parent.fields.includes(field as P) ? field : null));
  const childMapping = (mapping: readonly (string | null)[]) =>
    mapping.map((field) => (field && Object.hasOwn(childColumns, field) ? (childColumns[field]?.field ?? null) : null));

  async function plan(tx: Tx, table: ImportTable, mapping: readonly (string | null)[]): Promise<ImportPlan> {
    const ofParent = parentMapping(mapping);
    const ofChild = childMapping(mapping);
    const parentColumns = ofParent.flatMap((field, index) => (field ? [index] : []));
    const childColumnIndexes = ofChild.flatMap((field, index) => (field ? [index] : []));
    const idColumn = ofParent.indexOf("id");
    const keyColumns = def.groupBy.map((field) => ofParent.indexOf(field)).filter((index) => index >= 0);
    const lineOf = (rowIndex: number) => table.lines[rowIndex] ?? rowIndex + 2;

    // Rows grouped by their parent: its number, or (a new one) its agreement and name.
    const firstOf = new Map<string, number>();
    const keyOf: string[] = [];
    const differs = new Map<number, PlannedRow>();
    for (const [rowIndex, cells] of table.rows.entries()) {
      const id = idColumn >= 0 ? cellText(cells[idColumn] ?? null) : "";
      const key = id
        ? `id:${id}`
        : `new:${keyColumns.map((index) => normalName(cellText(cells[index] ?? null))).join("\u0000")}`;
      keyOf.push(key);
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(key, rowIndex);
        continue;
      }
      const firstCells = table.rows[first] as ImportTable["rows"][number];
      const column = parentColumns.find(
        (index) => cellText(cells[index] ?? null) !== cellText(firstCells[index] ?? null),
      );
      if (column !== undefined) {
        const reason = { key: "dataImport.reasons.groupDiffers", params: { line: lineOf(first) } };
        differs.set(
          rowIndex,
          refusal(lineOf(rowIndex), { index: column, header: table.headers[column] ?? "" }, ofParent[column] ?? null, {
            ...reason,
          }),
        );
      }
    }

    // The parents, each from its first row.
    const firstRows = [...firstOf.values()];
    const parentPlan = await planImport(
      tx,
      parent,
      { ...table, rows: firstRows.map((index) => table.rows[index] ?? []), lines: firstRows.map(lineOf) },
      ofParent,
    );
    await nameConflictAuthors(tx, parent.entity, parentPlan);
    const parentOf = new Map<string, PlannedRow>();
    for (const [index, row] of parentPlan.rows.entries()) parentOf.set(keyOf[firstRows[index] as number] ?? "", row);

    // The children: rows with a child cell, their parent named in a column of its own at the end.
    const childRows: number[] = [];
    const refusedChildren: PlannedRow[] = [];
    const parentRefs: string[] = [];
    const parentByLine = new Map<number, PlannedRow>();
    for (const [rowIndex, cells] of table.rows.entries()) {
      if (!childColumnIndexes.some((index) => cellText(cells[index] ?? null) !== "")) continue;
      const parentRow = parentOf.get(keyOf[rowIndex] ?? "") as PlannedRow;
      if (differs.has(rowIndex) || parentRow.action === "refuse") {
        refusedChildren.push(
          refusal(lineOf(rowIndex), null, null, {
            key: "dataImport.reasons.parentRefused",
            params: { line: differs.has(rowIndex) ? lineOf(rowIndex) : parentRow.line },
          }),
        );
        continue;
      }
      childRows.push(rowIndex);
      parentByLine.set(lineOf(rowIndex), parentRow);
      parentRefs.push(parentRow.action === "create" ? `new:${parentRow.line}` : `id:${parentRow.id}`);
    }
    const childPlan = await planImport(
      tx,
      child,
      {
        ...table,
        headers: [...table.headers, ""],
        rows: childRows.map((rowIndex, index) => [...(table.rows[rowIndex] ?? []), parentRefs[index] ?? null]),
        lines: childRows.map(lineOf),
      },
      [...ofChild, def.parentField],
    );
    await nameConflictAuthors(tx, child.entity, childPlan);

    const rows: PlannedRow[] = [
      ...parentPlan.rows.map((row) => ({ ...row, entity: parent.entity })),
      ...differs.values(),
      ...[...childPlan.rows.map((row) => notUnderStaleParent(row, parentByLine.get(row.line))), ...refusedChildren].map(
        (row) => childRow(row),
      ),
    ];
    // By line, a row's parent before its child (a stable sort keeps that order).
    rows.sort((a, b) => a.line - b.line);
    return { kind: def.kind, rows };
  }

  /**
   * A child that would be written under a parent changed since the export is refused: its line was edited from a
   * stale copy of the parent. A child that is itself stale stays the conflict it is (it names who changed it).
   */
  function notUnderStaleParent(row: PlannedRow, parentRow: PlannedRow | undefined): PlannedRow {
    if (parentRow?.action !== "conflict" || (row.action !== "create" && row.action !== "change")) return row;
    return refusal(row.line, null, null, {
      key: "dataImport.reasons.parentConflict",
      params: { line: parentRow.line },
    });
  }

  /** A child's planned row under the file's names of its fields. */
  function childRow(row: PlannedRow): PlannedRow {
    const entity = child.entity;
    if (row.action === "refuse") {
      const reason = row.reason.field ? { ...row.reason, field: rename(row.reason.field) ?? undefined } : row.reason;
      return { ...row, entity, field: rename(row.field), reason };
    }
    if (row.action === "change" || row.action === "conflict") {
      const changes = row.changes.map((change) => ({ ...change, field: rename(change.field) ?? change.field }));
      return { ...row, entity, changes };
    }
    return { ...row, entity };
  }

  return {
    kind: def.kind,
    entity: parent.entity,
    fields: [...parent.fields, ...Object.keys(childColumns)],
    labels: { ...parent.labels, ...childLabels },
    aliases: parent.aliases,
    readOnly: (m) => [...parent.readOnly(m), ...child.readOnly(m)],
    plan,
    async lock(tx, table, mapping) {
      await lockRows(tx, parent.table, idsOf(table, parentMapping(mapping)));
      await lockRows(tx, child.table, idsOf(table, childMapping(mapping)));
    },
    async apply(tx, actor, result, importId) {
      const parents = await parent.apply(
        tx,
        actor,
        { kind: def.kind, rows: result.rows.filter((row) => row.entity === parent.entity) },
        importId,
      );
      // A new parent's children: its id, now that it is written.
      const children = result.rows.filter((row) => row.entity === child.entity);
      for (const row of children) {
        if (row.action !== "create" && row.action !== "change") continue;
        const input = row.input as Record<string, unknown>;
        const ref = /^new:(\d+)$/.exec(String(input[def.parentInput]));
        if (ref) input[def.parentInput] = parents.ids?.get(Number(ref[1]));
      }
      const written = await child.apply(tx, actor, { kind: def.kind, rows: children }, importId);
      return { created: parents.created + written.created, changed: parents.changed + written.changed };
    },
  };
}
