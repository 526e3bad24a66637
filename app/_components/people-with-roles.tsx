"use client";
// People chosen for a record (an activity's participants, a working group's members), each with the role typed
// beside their name.
import { useId, useState } from "react";
import { MultiComboBox, type PickerOption } from "./combobox";
import type { FieldErrors } from "./errors";
import { personOption, usePersonOptions } from "./pickers";

/** The people chosen and their roles, from the record's (person, role) pairs. */
export function usePeopleWithRoles(
  initial: readonly { person: Parameters<typeof personOption>[0]; role: string | null }[] | undefined,
) {
  const [people, setPeople] = useState<PickerOption[]>(() =>
    (initial ?? []).map((entry) => personOption(entry.person)),
  );
  const [roles, setRoles] = useState<Record<string, string>>(() =>
    Object.fromEntries((initial ?? []).map((entry) => [String(entry.person.id), entry.role ?? ""])),
  );
  return {
    people,
    setPeople,
    roles,
    setRoles,
    /** What the form sends: each person's id with the role typed (empty if none). */
    entries: () => people.map(({ value }) => ({ personId: Number(value), role: roles[value] ?? "" })),
  };
}

export function PeopleWithRoles({
  label,
  name,
  roleLabel,
  state: { people, setPeople, roles, setRoles },
  errors,
}: {
  label: string;
  name: string;
  /** A role's label, given the person's name. */
  roleLabel: (name: string) => string;
  state: ReturnType<typeof usePeopleWithRoles>;
  errors?: FieldErrors;
}) {
  const idPrefix = useId();
  return (
    <>
      <MultiComboBox
        label={label}
        name={name}
        useOptions={usePersonOptions}
        selected={people}
        onChange={setPeople}
        errors={errors}
      />
      {people.map(({ value: personId, label: personName }) => (
        <div key={personId} className="field">
          <label htmlFor={`${idPrefix}-role-${personId}`}>{roleLabel(personName)}</label>
          <input
            id={`${idPrefix}-role-${personId}`}
            type="text"
            maxLength={200}
            value={roles[personId] ?? ""}
            onChange={(event) => setRoles({ ...roles, [personId]: event.target.value })}
          />
        </div>
      ))}
    </>
  );
}
