"use client";
// GDPR Art. 17 on a person's page, for admins: erase the person's personal data after a confirmation.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { fmt } from "@/server/i18n/format";
import { ErrorAlert } from "../../_components/errors";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { ConfirmButton } from "../../admin/accounts/_components/account-parts";

export function PersonErasure({ id, version, name }: { id: number; version: number; name: string }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState("");
  const erase = useMutation(trpc.person.erase.mutationOptions());

  async function confirm() {
    try {
      await erase.mutateAsync({ id, version });
    } catch {
      return false;
    }
    setMessage(m.erasure.done);
    await queryClient.invalidateQueries();
    router.refresh();
    return true;
  }

  return (
    <section className="card" aria-labelledby="erasure-title">
      <h2 id="erasure-title">{m.erasure.title}</h2>
      <p className="small muted">{m.erasure.hint}</p>
      <ConfirmButton
        label={m.erasure.button}
        question={fmt(m.erasure.question, { name }, locale)}
        confirmLabel={m.erasure.confirm}
        pending={erase.isPending}
        onConfirm={confirm}
      >
        <ErrorAlert error={erase.error} />
      </ConfirmButton>
      <p role="status" className="small">
        {message}
      </p>
    </section>
  );
}
