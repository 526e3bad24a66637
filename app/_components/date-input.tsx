"use client";
// The one date input of the forms: a year, a month or a day typed as people write them ("1958", "06/1988",
// "1988-06", "27.06.1984", "27.6.1984", "1984-06-27"), read by the same parser the server uses
// (parsePartialDate), with what it understood shown beside it as the user types ("Monat: Juni 1988"), said by
// screen readers politely. Where only a day will do (`dayOnly`), a year or a month is pointed out at once.
import { useId, useState } from "react";
import type { DatePrecision } from "@/server/domain/enums";
import { fmt, formatDate } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import { parsePartialDate } from "@/server/schemas/common";
import { useI18n } from "../_i18n/client";
import styles from "./date-input.module.css";
import { describedBy, type FieldProps, FieldShell, useFieldError } from "./fields";

const UNDERSTOOD: Record<DatePrecision, "understoodYear" | "understoodMonth" | "understoodDay"> = {
  YEAR: "understoodYear",
  MONTH: "understoodMonth",
  DAY: "understoodDay",
};

/** What a typed date was understood as, in words, or why it was not; null while there is nothing to say. */
export function understoodDate(
  text: string,
  options: { dayOnly?: boolean; finished: boolean },
  m: Messages,
  locale: Locale,
): { ok: boolean; text: string } | null {
  if (text.trim() === "") return null;
  const parsed = parsePartialDate(text);
  if (parsed && (!options.dayOnly || parsed.precision === "DAY")) {
    const date = formatDate(parsed.date, locale, parsed.precision);
    return { ok: true, text: fmt(m.form[UNDERSTOOD[parsed.precision]], { date }, locale) };
  }
  // While the user is still typing ("27.0"), a half-typed date is not yet wrong.
  if (!options.finished && text.trim().length < 10) return null;
  return { ok: false, text: parsed ? m.form.notADay : m.form.notUnderstood };
}

export function DateField(
  props: FieldProps & {
    defaultValue?: string | null;
    /** Only a day is a valid answer (a calendar date, not a partial one). */
    dayOnly?: boolean;
  },
) {
  const { m, locale } = useI18n();
  const id = useId();
  const [text, setText] = useState(props.defaultValue ?? "");
  const [finished, setFinished] = useState(Boolean(props.defaultValue));
  const error = useFieldError(props);
  const hint = props.hint ?? (props.dayOnly ? m.form.dayHint : m.form.dateHint);
  const understood = understoodDate(text, { dayOnly: props.dayOnly, finished }, m, locale);
  return (
    <FieldShell {...props} hint={hint} id={id}>
      <div className={styles.row}>
        <input
          id={id}
          name={props.name}
          type="text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => setFinished(true)}
          onFocus={() => setFinished(false)}
          maxLength={10}
          autoComplete="off"
          spellCheck={false}
          required={props.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error, `${id}-understood`)}
        />
        <span
          id={`${id}-understood`}
          className={understood ? (understood.ok ? styles.understood : styles.unknown) : undefined}
          aria-live="polite"
          data-understood=""
        >
          {understood?.text}
        </span>
      </div>
    </FieldShell>
  );
}
