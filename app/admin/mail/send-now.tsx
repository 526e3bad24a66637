"use client";
// "Send now": a button, then a confirmation (the focus moves to it; Cancel brings it back), then the jobs' progress
// read every second until both have finished — the runs' counts, in a live region — and the page's tables reloaded.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { fmt } from "@/server/i18n/format";
import type { JobProgress, SendNowResult } from "@/server/services/mail/send-now";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import styles from "./mail.module.css";

const FINISHED = new Set(["completed", "failed", "cancelled"]);
const finished = (jobs: readonly JobProgress[] | undefined) =>
  !!jobs?.length && jobs.every((job) => job.state === null || FINISHED.has(job.state));

export function SendNow({ configured }: { configured: boolean }) {
  const { m, locale } = useI18n();
  const t = m.mail.admin.sendNow;
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [jobs, setJobs] = useState<SendNowResult["jobs"] | null>(null);
  const open = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const send = useMutation(
    trpc.mail.sendNow.mutationOptions({
      onSuccess: (result) => {
        setJobs(result.jobs);
        setConfirming(false);
      },
    }),
  );
  const progress = useQuery({
    ...trpc.mail.sendNowProgress.queryOptions({ jobs: jobs ?? [] }),
    enabled: jobs !== null && jobs.length > 0,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1_000),
  });
  const done = finished(progress.data);
  useEffect(() => {
    if (done) router.refresh();
  }, [done, router]);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  const kindOf = (queue: JobProgress["queue"]) => m.mail.admin.kinds[queue === "digest" ? "DIGEST" : "OVERDUE"];
  const stateOf = (state: string | null) =>
    t.states[(state && state in t.states ? state : "unknown") as keyof typeof t.states];
  const error = send.error
    ? send.error.data?.code === "CONFLICT"
      ? t.busy
      : fmt(t.failed, { message: send.error.message }, locale)
    : null;

  return (
    <section className="card" aria-labelledby="mail-send-now-title" data-send-now>
      <h2 id="mail-send-now-title">{t.title}</h2>
      <p className="small">{t.intro}</p>
      {!configured ? (
        <p>{t.off}</p>
      ) : confirming ? (
        <fieldset className={styles.confirm}>
          <legend>
            <strong>{t.confirm}</strong>
          </legend>
          <div className="actions">
            <button
              ref={yes}
              type="button"
              className="button"
              disabled={send.isPending}
              onClick={() => send.mutate({})}
            >
              {t.yes}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => open.current?.focus());
              }}
            >
              {m.common.cancel}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          ref={open}
          type="button"
          className="button"
          disabled={jobs !== null && !done}
          onClick={() => {
            send.reset();
            setConfirming(true);
          }}
        >
          {t.button}
        </button>
      )}
      <div role="status" aria-live="polite" className={styles.status}>
        {jobs ? (
          <>
            <p>{t.queued}</p>
            <ul className={styles.results}>
              {(progress.data ?? jobs.map((job) => ({ ...job, state: "created", runs: [] }))).map((job) => {
                const run = job.runs[0];
                return (
                  <li key={job.jobId} data-job-queue={job.queue} data-job-state={job.state ?? "unknown"}>
                    {run?.finishedAt
                      ? fmt(
                          t.result,
                          {
                            kind: kindOf(job.queue),
                            state: stateOf(job.state),
                            sent: run.sent,
                            skipped: run.skipped,
                            failed: run.failed,
                          },
                          locale,
                        )
                      : fmt(t.waiting, { kind: kindOf(job.queue), state: stateOf(job.state) }, locale)}
                    {run?.error ? <div className={`small ${styles.wrap}`}>{run.error}</div> : null}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
      </div>
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
