"use client";
// The commitment list's filter by owner person (?ownerPerson=<id>): the same server-searching picker as the form
// (Cologne-side people, not erased). Choosing applies at once; clearing the field removes the filter. The chosen
// person's name comes from person.byId (prefetched by the page, so the field shows it at first paint); the picker
// is mounted afresh only when the URL changes from elsewhere (reset, a chip removed), so the focus stays in it.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ComboBox } from "../../_components/combobox";
import type { ChipSourcesOf } from "../../_components/list-controls";
import { personOption } from "../../_components/pickers";
import { useUrlParam } from "../../_components/url-state";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { useCommitmentOwnerOptions } from "./owner-options";

export const OWNER_PERSON_PARAM = "ownerPerson";

/** `ownerName`: the chosen person's name, for the filter's chip (the list reads it with the page). */
export function OwnerPersonFilter(_props: { ownerName: string | null }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const [values, setValue] = useUrlParam(OWNER_PERSON_PARAM);
  const current = values[0] ?? null;
  const id = current && /^\d{1,9}$/.test(current) ? Number(current) : null;
  const person = useQuery({
    ...trpc.person.byId.queryOptions({ id: id ?? 0 }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
  const named = id !== null && person.data?.id === id ? person.data : null;
  const label = m.commitment.ownerPersonFilter;

  // What this picker last set: a URL change to anything else came from elsewhere and remounts the picker. So does
  // the name arriving for a person the picker was mounted without (never after a choice made in it: the focus stays).
  const own = useRef<string | null>(current);
  const shownNamed = useRef(id === null || named !== null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (current !== own.current) {
      own.current = current;
      shownNamed.current = current === null || named !== null;
      setGeneration((g) => g + 1);
    } else if (!shownNamed.current && named) {
      shownNamed.current = true;
      setGeneration((g) => g + 1);
    }
  }, [current, named]);

  return (
    <ComboBox
      key={generation}
      label={label}
      name={OWNER_PERSON_PARAM}
      useOptions={useCommitmentOwnerOptions}
      defaultSelected={named ? personOption(named) : null}
      onSelect={(option) => {
        const value = option?.value ?? null;
        if (value === own.current) return;
        own.current = value;
        shownNamed.current = true;
        setValue(value);
      }}
    />
  );
}

// Its chip, for the filter form to render with the page: the person named, or the id until the name has arrived.
OwnerPersonFilter.chipSources = (({ ownerName }, { m }) => [
  [
    OWNER_PERSON_PARAM,
    { label: m.commitment.ownerPersonFilter, kind: "select", labelOf: (value) => ownerName ?? value },
  ],
]) satisfies ChipSourcesOf<Parameters<typeof OwnerPersonFilter>[0]>;
