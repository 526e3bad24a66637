"use client";
// The user's own calendar feed: make a secret address (shown once, to copy into Outlook or Thunderbird), revoke it,
// or make a new one (the old address stops working at once).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { fmt, formatDateTime } from "@/server/i18n/format";
import { ErrorAlert } from "../../_components/errors";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

export function CalendarFeedCard() {
  const { m, locale } = useI18n();
  const c = m.agenda.feed;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feed = useQuery(trpc.calendar.feed.queryOptions());
  const [address, setAddress] = useState<string | null>(null);
  const addressId = useId();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.pathKey() });
  const create = useMutation(
    trpc.calendar.create.mutationOptions({
      onSuccess: async ({ token }) => {
        setAddress(`${window.location.origin}/api/calendar/${token}.ics?lang=${locale}`);
        await refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.calendar.revoke.mutationOptions({
      onSuccess: async () => {
        setAddress(null);
        await refresh();
      },
    }),
  );
  const active = feed.data ?? null;

  return (
    <section className="card" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{c.title}</h2>
      <p className="small">{c.intro}</p>
      <ErrorAlert error={create.error ?? revoke.error ?? feed.error} />
      <p role="status">{active ? fmt(c.active, { date: formatDateTime(active.createdAt, locale) }, locale) : c.none}</p>
      {address ? (
        <div className="field wide">
          <label htmlFor={addressId}>{c.address}</label>
          <input id={addressId} type="text" readOnly value={address} aria-describedby={`${addressId}-hint`} />
          <span className="field__hint" id={`${addressId}-hint`}>
            {c.copyHint}
          </span>
        </div>
      ) : null}
      <div className="actions">
        <button className="button" type="button" onClick={() => create.mutate()} disabled={create.isPending}>
          {active ? c.recreate : c.create}
        </button>
        {active ? (
          <button
            className="button button--secondary"
            type="button"
            onClick={() => revoke.mutate()}
            disabled={revoke.isPending}
          >
            {c.revoke}
          </button>
        ) : null}
      </div>
    </section>
  );
}
