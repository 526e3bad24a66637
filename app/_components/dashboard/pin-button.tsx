"use client";
// "Pin to dashboard" / "Unpin" for editors: on an agreement's page and beside each pinned agreement on the dashboard.
// A toggle button (aria-pressed on the agreement's page), its outcome announced in a status region.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { ErrorAlert } from "../errors";
import styles from "./dashboard.module.css";

function usePinToggle(id: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [said, setSaid] = useState("");
  const options = {
    onSuccess: async ({ pinned }: { pinned: boolean }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.agreement.pinned.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.agreement.isPinned.queryKey({ id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
      ]);
      setSaid(pinned ? "pinned" : "unpinned");
    },
  };
  const pin = useMutation(trpc.agreement.pin.mutationOptions(options));
  const unpin = useMutation(trpc.agreement.unpin.mutationOptions(options));
  return { pin, unpin, said, error: pin.error ?? unpin.error, pending: pin.isPending || unpin.isPending };
}

/** On an agreement's page: shows whether it is pinned and switches it. */
export function PinToggle({ id }: { id: number }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const state = useQuery(trpc.agreement.isPinned.queryOptions({ id }));
  const { pin, unpin, said, error, pending } = usePinToggle(id);
  const pinned = state.data === true;
  return (
    <span className={styles.pinActions}>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={state.data === undefined ? undefined : pinned}
        disabled={pending || state.data === undefined}
        onClick={() => (pinned ? unpin.mutate({ id }) : pin.mutate({ id }))}
      >
        {pinned ? m.attention.unpin : m.attention.pin}
      </button>
      <span role="status" className="small">
        {said ? m.attention[said as "pinned" | "unpinned"] : ""}
      </span>
      <ErrorAlert error={error} />
    </span>
  );
}

/** On the dashboard, beside a pinned agreement: unpins it (the card announces it). */
export function UnpinButton({ id, title, onUnpinned }: { id: number; title: string; onUnpinned: () => void }) {
  const { m, locale } = useI18n();
  const { unpin, error, pending } = usePinToggle(id);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={pending}
        onClick={() => unpin.mutate({ id }, { onSuccess: onUnpinned })}
        aria-label={fmt(m.attention.unpinNamed, { title }, locale)}
      >
        {m.attention.unpin}
      </button>
      <ErrorAlert error={error} />
    </>
  );
}
