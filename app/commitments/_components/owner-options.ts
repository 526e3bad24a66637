"use client";
// The options of a commitment's owner picker: Cologne-side people who are not erased, searched on the server
// (commitment.ownerOptions) once the user pauses typing, the last answer kept on screen meanwhile — like the
// other server-searched pickers (app/_components/pickers.tsx), whose person search would also offer erased people.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type OptionSource, useDebounced } from "../../_components/combobox";
import { personOption } from "../../_components/pickers";
import { useTRPC } from "../../_lib/trpc/client";

const SEARCH_LIMIT = 20;
const SEARCH_PAUSE = 150;

export function useCommitmentOwnerOptions(text: string): OptionSource {
  const trpc = useTRPC();
  const q = useDebounced(text.trim(), SEARCH_PAUSE);
  const query = useQuery({
    ...trpc.commitment.ownerOptions.queryOptions({ q, limit: SEARCH_LIMIT }),
    placeholderData: keepPreviousData,
  });
  return { options: (query.data ?? []).map(personOption), loading: query.isFetching || q !== text.trim() };
}
