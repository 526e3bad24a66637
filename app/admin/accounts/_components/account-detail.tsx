"use client";
// One account for admins: its details; a form for name, e-mail address and role (sent with the version it was
// opened with, so a change made meanwhile is refused with CONFLICT and the input stays); deactivating or
// reactivating it and ending its sessions, each after a confirmation; a new password; and its own history.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useRef, useState } from "react";
import type { z } from "zod";
import { fmt, formatDateTime } from "@/server/i18n/format";
import { ZAccountSetPasswordInput, ZAccountUpdateInput } from "@/server/schemas/account";
import type { getAccount } from "@/server/services/account/accounts";
import { ErrorAlert, fieldErrorsOf } from "../../../_components/errors";
import { Fact } from "../../../_components/fact";
import { FormActions, FormErrorSummary, StatusMessage, useFormErrors } from "../../../_components/form-parts";
import { RecordHistory } from "../../../_components/record-history";
import { useSessionUser } from "../../../_components/session-context";
import { useI18n } from "../../../_i18n/client";
import { useTRPC } from "../../../_lib/trpc/client";
import { AccountFields, AccountStateBadge, ConfirmButton, PasswordField, readAccountFields } from "./account-parts";

type Account = Awaited<ReturnType<typeof getAccount>>;

/** After any change: the account's queries (list, this one) and the audit trail are fetched again. */
function useAfterChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
  };
}

function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

export function AccountDetail({ id, created }: { id: string; created: boolean }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const me = useSessionUser();
  const query = useQuery(trpc.account.byId.queryOptions({ id }));
  // The edit form is mounted afresh (with the current values and version) after a change made here.
  const [formKey, setFormKey] = useState(0);
  const [savedMessage, setSavedMessage] = useState("");
  const savedRef = useRef<HTMLParagraphElement>(null);
  const account = query.data;
  if (!account) return <ErrorAlert error={query.error} />;
  const own = account.id === me?.id;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/accounts">{m.admin.accountsTitle}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>
            {account.name}
            {own ? <span className="small muted"> {m.admin.you}</span> : null}
          </h1>
          <p className="actions">
            <span className="badge badge--outline">{m.auth.roles[account.role]}</span>
            <AccountStateBadge active={account.active} />
          </p>
        </div>
      </div>
      {created ? <StatusMessage message={m.admin.accountCreated} /> : null}

      <div className="grid grid--two">
        <section className="card" aria-labelledby="account-facts-title">
          <h2 id="account-facts-title">{m.admin.accountFacts}</h2>
          <dl className="facts">
            <dt>{m.admin.email}</dt>
            <dd style={{ overflowWrap: "anywhere" }}>{account.email}</dd>
            <Fact label={m.admin.role}>
              {m.auth.roles[account.role]}
              <div className="small muted">{m.auth.roleHints[account.role]}</div>
            </Fact>
            <Fact label={m.admin.state}>{account.active ? m.admin.stateActive : m.admin.stateDeactivated}</Fact>
            <Fact label={m.admin.createdAt}>{formatDateTime(account.createdAt, locale)}</Fact>
            <Fact label={m.admin.updatedAt}>{formatDateTime(account.updatedAt, locale)}</Fact>
          </dl>
          <p className="small" style={{ marginTop: "1rem" }}>
            <Link href={`/admin/audit?entity=USER&record=${encodeURIComponent(account.id)}`}>
              {m.admin.auditOfAccount}
            </Link>
          </p>
        </section>

        <section className="card" aria-labelledby="account-edit-title">
          <h2 id="account-edit-title">{m.admin.editAccount}</h2>
          <StatusMessage message={savedMessage} focusRef={savedRef} />
          <AccountEditForm
            key={formKey}
            account={account}
            onSubmit={() => setSavedMessage("")}
            onReload={async () => {
              await query.refetch();
              setFormKey((key) => key + 1);
            }}
            onSaved={() => {
              // Mounted afresh: the button that had the focus is gone, so the message takes it.
              setSavedMessage(m.admin.accountSaved);
              setFormKey((key) => key + 1);
              requestAnimationFrame(() => savedRef.current?.focus());
            }}
          />
        </section>

        <section className="card" aria-labelledby="account-access-title">
          <h2 id="account-access-title">{m.admin.access}</h2>
          <ActiveControl account={account} onChanged={() => setFormKey((key) => key + 1)} />
          <EndSessionsControl account={account} own={own} />
          <h3 style={{ marginTop: "1.5rem" }}>{m.admin.setPassword}</h3>
          {own ? (
            <p>
              <Link href="/account">{m.admin.ownPasswordElsewhere}</Link>
            </p>
          ) : (
            <SetPasswordForm account={account} />
          )}
        </section>
      </div>

      <RecordHistory entityType="USER" entityId={account.id} />
    </>
  );
}

function AccountEditForm({
  account,
  onSubmit: onSubmitStart,
  onSaved,
  onReload,
}: {
  account: Account;
  onSubmit: () => void;
  onSaved: () => void;
  onReload: () => Promise<void>;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const afterChange = useAfterChange();
  // The version this form was opened with: a save is refused if the account changed since.
  const [version] = useState(account.version);
  const update = useMutation(
    trpc.account.update.mutationOptions({
      onSuccess: async () => {
        await afterChange();
        onSaved();
      },
    }),
  );
  const { errors, summary, validate } = useFormErrors(update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmitStart();
    const data = new FormData(event.currentTarget);
    const input = {
      id: account.id,
      version,
      ...readAccountFields(data),
    };
    if (!validate(ZAccountUpdateInput, input)) return;
    update.mutate(input as z.input<typeof ZAccountUpdateInput>);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="account-edit-title">
      <FormErrorSummary {...summary} />
      {isConflict(update.error) ? (
        <p>
          <button className="button button--secondary" type="button" onClick={onReload}>
            {m.auth.reloadCurrent}
          </button>
        </p>
      ) : null}
      <fieldset>
        <legend className="visually-hidden">{m.admin.editAccount}</legend>
        <AccountFields account={account} errors={errors} />
      </fieldset>
      <FormActions pending={update.isPending} />
    </form>
  );
}

function ActiveControl({ account, onChanged }: { account: Account; onChanged: () => void }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const afterChange = useAfterChange();
  const [message, setMessage] = useState("");
  const setActive = useMutation(trpc.account.setActive.mutationOptions());
  const fieldError = fieldErrorsOf(setActive.error, locale).active?.[0];
  const deactivating = account.active;

  async function confirm() {
    setMessage("");
    try {
      await setActive.mutateAsync({ id: account.id, version: account.version, active: !account.active });
    } catch (error) {
      // Changed meanwhile: fetch the current state, so that the next attempt starts from it.
      if (isConflict(error)) await afterChange();
      return false;
    }
    await afterChange();
    onChanged();
    setMessage(deactivating ? m.admin.deactivated : m.admin.reactivated);
    return true;
  }

  return (
    <div className="access-control">
      <p className="small muted">{m.admin.deactivateHint}</p>
      <ConfirmButton
        label={deactivating ? m.admin.deactivate : m.admin.reactivate}
        question={fmt(
          deactivating ? m.admin.confirmDeactivate : m.admin.confirmReactivate,
          { name: account.name },
          locale,
        )}
        confirmLabel={deactivating ? m.admin.confirmDeactivateButton : m.admin.confirmReactivateButton}
        pending={setActive.isPending}
        onConfirm={confirm}
      >
        {fieldError ? (
          <p className="field__error" role="alert">
            {fieldError}
          </p>
        ) : (
          <ErrorAlert error={setActive.error} />
        )}
      </ConfirmButton>
      <StatusMessage message={message} />
    </div>
  );
}

function EndSessionsControl({ account, own }: { account: Account; own: boolean }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const afterChange = useAfterChange();
  const [message, setMessage] = useState("");
  const endSessions = useMutation(trpc.account.endSessions.mutationOptions());

  async function confirm() {
    setMessage("");
    let ended: number;
    try {
      ended = (await endSessions.mutateAsync({ id: account.id })).ended;
    } catch {
      return false;
    }
    if (own) {
      // This session has ended too.
      window.location.assign("/sign-in");
      return true;
    }
    await afterChange();
    setMessage(fmt(m.admin.sessionsEnded, { count: ended }, locale));
    return true;
  }

  return (
    <div className="access-control">
      <p className="small muted">{m.admin.endSessionsHint}</p>
      <ConfirmButton
        label={m.admin.endSessions}
        question={own ? m.admin.confirmEndSessionsOwn : fmt(m.admin.confirmEndSessions, { name: account.name }, locale)}
        confirmLabel={m.admin.confirmEndSessionsButton}
        pending={endSessions.isPending}
        onConfirm={confirm}
      >
        <ErrorAlert error={endSessions.error} />
      </ConfirmButton>
      <StatusMessage message={message} />
    </div>
  );
}

function SetPasswordForm({ account }: { account: Account }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const afterChange = useAfterChange();
  const [message, setMessage] = useState("");
  const [formKey, setFormKey] = useState(0);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const setPassword = useMutation(
    trpc.account.setPassword.mutationOptions({
      onSuccess: async (result) => {
        setFormKey((key) => key + 1);
        setMessage(fmt(m.admin.passwordSet, { count: result.sessionsEnded }, locale));
        requestAnimationFrame(() => messageRef.current?.focus());
        await afterChange();
      },
    }),
  );
  const { errors, summary, validate } = useFormErrors(setPassword.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    const data = new FormData(event.currentTarget);
    const input = { id: account.id, password: String(data.get("password") ?? "") };
    if (!validate(ZAccountSetPasswordInput, input)) return;
    setPassword.mutate(input);
  }

  return (
    <>
      <StatusMessage message={message} focusRef={messageRef} />
      <form key={formKey} className="form" onSubmit={onSubmit} noValidate aria-label={m.admin.setPassword}>
        <FormErrorSummary {...summary} />
        <PasswordField
          label={m.admin.ownAccount.newPassword}
          name="password"
          hint={m.admin.setPasswordHint}
          errors={errors}
        />
        <FormActions pending={setPassword.isPending} submitLabel={m.admin.setPasswordButton} />
      </form>
    </>
  );
}
