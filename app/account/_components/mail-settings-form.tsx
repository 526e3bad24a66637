"use client";
// The own e-mail reminders: the daily digest (opt-in) and what it holds, the mails' language, and the immediate
// notice when a commitment or milestone one is responsible for becomes overdue. Checked by the shared schema before
// it is sent; the server writes one audit event per save.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { AGENDA_KINDS } from "@/server/domain/agenda";
import { fmt } from "@/server/i18n/format";
import { LOCALES } from "@/server/i18n/locales";
import { ZMailSettingsInput } from "@/server/schemas/mail";
import { describedBy, SelectField } from "../../_components/fields";
import { FormActions, FormErrorSummary, StatusMessage, useFormErrors } from "../../_components/form-parts";
import { enumOptions } from "../../_components/list-controls";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import styles from "./mail-settings.module.css";

export function MailSettingsForm() {
  const { m, locale } = useI18n();
  const t = m.mail.settings;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Prefetched by the page: there at the first render.
  const settings = useQuery(trpc.mail.settings.queryOptions()).data;
  const [message, setMessage] = useState("");
  const messageRef = useRef<HTMLParagraphElement>(null);
  const save = useMutation(
    trpc.mail.updateSettings.mutationOptions({
      onSuccess: async () => {
        setMessage(t.saved);
        await queryClient.invalidateQueries({ queryKey: trpc.mail.pathKey() });
        requestAnimationFrame(() => messageRef.current?.focus());
      },
    }),
  );
  const { errors, summary, validate } = useFormErrors(save.error);
  const legendId = useId();
  const kindsId = useId();
  const kindsError = errors.kinds?.[0];
  const digestId = useId();
  const noticesId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    save.reset();
    const data = new FormData(event.currentTarget);
    const input = {
      digest: data.get("digest") === "on",
      kinds: data.getAll("kinds").map(String),
      language: String(data.get("language") ?? ""),
      ownerNotices: data.get("ownerNotices") === "on",
    };
    if (validate(ZMailSettingsInput, input)) save.mutate(ZMailSettingsInput.parse(input));
  }

  if (!settings) return null;
  return (
    <section className="card" aria-labelledby="mail-settings-title">
      <h2 id="mail-settings-title">{t.title}</h2>
      <p className="small">{t.intro}</p>
      {settings.smtpConfigured ? null : <p className="alert alert--info">{t.disabled}</p>}
      <p className="small">{fmt(t.address, { email: settings.email }, locale)}</p>
      <StatusMessage message={message} focusRef={messageRef} />
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="mail-settings-title">
        <FormErrorSummary {...summary} />
        <div className="field field--checkbox">
          <input id={digestId} name="digest" type="checkbox" defaultChecked={settings.digest} />
          <label htmlFor={digestId}>{t.digest}</label>
        </div>
        <fieldset aria-describedby={describedBy(kindsId, t.kindsHint, kindsError)}>
          <legend id={legendId}>{t.kinds}</legend>
          {AGENDA_KINDS.map((kind, index) => (
            <div className="field field--checkbox" key={kind}>
              <input
                id={`${kindsId}-${kind}`}
                name="kinds"
                value={kind}
                type="checkbox"
                defaultChecked={settings.kinds.includes(kind)}
                aria-invalid={kindsError ? true : undefined}
                // The error summary names the group by its legend.
                aria-labelledby={index === 0 ? `${legendId} ${kindsId}-${kind}-label` : undefined}
              />
              <label htmlFor={`${kindsId}-${kind}`} id={`${kindsId}-${kind}-label`}>
                {m.agenda.kinds[kind]}
              </label>
            </div>
          ))}
          <span className="field__hint wide" id={`${kindsId}-hint`}>
            {t.kindsHint}
          </span>
          {kindsError ? (
            <span className="field__error wide" id={`${kindsId}-error`}>
              {kindsError}
            </span>
          ) : null}
        </fieldset>
        <SelectField
          label={t.language}
          name="language"
          defaultValue={settings.language}
          options={enumOptions(LOCALES, t.languages)}
          errors={errors}
        />
        <div className="field">
          <div className={styles.notice}>
            <input
              id={noticesId}
              name="ownerNotices"
              type="checkbox"
              defaultChecked={settings.ownerNotices}
              aria-describedby={`${noticesId}-hint`}
            />
            <label htmlFor={noticesId}>{t.ownerNotices}</label>
          </div>
          <span className="field__hint" id={`${noticesId}-hint`}>
            {t.ownerNoticesHint}
          </span>
        </div>
        <FormActions pending={save.isPending} />
      </form>
    </section>
  );
}
