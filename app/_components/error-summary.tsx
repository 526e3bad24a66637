"use client";
// The error summary at the top of a refused form (the gov.uk and KERN pattern): after a refused save it takes the
// focus, says how many errors there are and links to each field, by the field's own label; a link moves the focus
// into the field. Every error is listed, the form's own checks and the server's alike.
import { type MouseEvent, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import styles from "./error-summary.module.css";
import type { FieldErrors } from "./errors";

/** The element a field's error leads to: a picker's visible input (data-field), else the named form control. */
export function fieldElement(form: HTMLFormElement, name: string): HTMLElement | null {
  const marked = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
  if (marked) return marked;
  const named = form.elements.namedItem(name);
  if (named instanceof RadioNodeList) return (named[0] as HTMLElement | undefined) ?? null;
  return named instanceof HTMLElement && !(named instanceof HTMLInputElement && named.type === "hidden") ? named : null;
}

/** What the summary calls a field: the text of its label (or of its group's legend), without the hint. */
function labelOf(element: HTMLElement): string | null {
  const labelled = element.getAttribute("aria-labelledby");
  const byId = labelled ? document.getElementById(labelled.split(" ")[0] ?? "") : null;
  const label =
    byId ?? (element as HTMLInputElement).labels?.[0] ?? element.closest("fieldset")?.querySelector("legend");
  return label?.textContent?.trim() || element.getAttribute("aria-label");
}

interface Target {
  id: string | null;
  label: string | null;
  /** Where the field stands in the form: the summary lists the errors in the fields' order. */
  position: number;
}

export function ErrorSummary({ errors, attempt }: { errors: FieldErrors; attempt: number }) {
  const { m, locale } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [targets, setTargets] = useState<Record<string, Target>>({});
  const entries = Object.entries(errors)
    .filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length))
    .sort(([a], [b]) => (targets[a]?.position ?? -1) - (targets[b]?.position ?? -1));
  const names = entries
    .map(([name]) => name)
    .sort()
    .join(" ");

  // The fields are in the page already when errors arrive: their ids and labels are read from it.
  useLayoutEffect(() => {
    const form = ref.current?.closest("form");
    if (!form || names === "") return;
    const found: Record<string, Target> = {};
    const controls = Array.from(form.querySelectorAll("input, select, textarea"));
    for (const name of names.split(" ")) {
      const element = name === "" ? null : fieldElement(form, name);
      const position = element ? controls.indexOf(element) : -1;
      found[name] = { id: element?.id || null, label: element ? labelOf(element) : null, position };
    }
    setTargets(found);
  }, [names]);

  // Each refused save (the form's own check or the server's answer) brings the focus here.
  useEffect(() => {
    if (attempt > 0 && ref.current) ref.current.focus();
  }, [attempt]);

  if (entries.length === 0) return null;
  const count = entries.reduce((sum, [, messages]) => sum + messages.length, 0);

  function go(event: MouseEvent<HTMLAnchorElement>, name: string) {
    const form = ref.current?.closest("form");
    const element = form ? fieldElement(form, name) : null;
    if (!element) return;
    event.preventDefault();
    element.scrollIntoView({ block: "center" });
    element.focus();
  }

  return (
    <div className={styles.summary} role="alert" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <h2 className={styles.title} id={titleId}>
        {fmt(m.form.errorSummaryTitle, { count }, locale)}
      </h2>
      <p className={styles.intro}>{m.form.errorSummaryIntro}</p>
      <ul className={styles.list}>
        {entries.flatMap(([name, messages]) =>
          messages.map((message) => {
            const target = targets[name];
            const label = target?.label ?? (name === "" ? m.form.wholeForm : name);
            const text = `${label}: ${message}`;
            return (
              <li key={`${name}:${message}`}>
                {target?.id ? (
                  <a href={`#${target.id}`} onClick={(event) => go(event, name)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          }),
        )}
      </ul>
    </div>
  );
}
