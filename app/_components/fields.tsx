"use client";
// Form fields with a label, a hint and the error the server or the shared zod schema reported.
import { createContext, type ReactNode, useContext, useId } from "react";

export interface FieldProps {
  label: string;
  name: string;
  errors?: Record<string, string[] | undefined>;
  hint?: string;
  required?: boolean;
  wide?: boolean;
}

/** The field errors of the form around a field (a record form provides them), for fields not given their own. */
export const FormErrors = createContext<FieldProps["errors"]>(undefined);

/** The first error of a field: from its `errors`, or else from the form's. */
export function useFieldError({ errors, name }: Pick<FieldProps, "errors" | "name">): string | undefined {
  const formErrors = useContext(FormErrors);
  return (errors ?? formErrors)?.[name]?.[0];
}

export function FieldShell({
  id,
  labelId,
  label,
  name,
  errors,
  hint,
  wide,
  children,
}: FieldProps & { id: string; labelId?: string; children: ReactNode }) {
  const error = useFieldError({ errors, name });
  return (
    <div className={wide ? "field wide" : "field"}>
      <label htmlFor={id} id={labelId}>
        {label}
      </label>
      {children}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A field's hint and error, with the ids its control's aria-describedby names (describedBy). */
function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}

export function describedBy(id: string, hint?: string, error?: string, ...more: (string | null)[]) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...more].filter(Boolean).join(" ") || undefined;
}

/** A field's control: its id, name, whether it is required, and its hint and error as the control's description. */
function useControl(props: FieldProps) {
  const id = useId();
  const error = useFieldError(props);
  const control = {
    id,
    name: props.name,
    required: props.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, props.hint, error),
  } as const;
  return { id, control };
}

export function TextField(
  props: FieldProps & {
    defaultValue?: string | null;
    type?: string;
    placeholder?: string;
    maxLength?: number;
    autoComplete?: string;
  },
) {
  const { id, control } = useControl(props);
  return (
    <FieldShell {...props} id={id}>
      <input
        {...control}
        type={props.type ?? "text"}
        defaultValue={props.defaultValue ?? ""}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { defaultValue?: string | null; maxLength?: number }) {
  const { id, control } = useControl(props);
  return (
    <FieldShell {...props} id={id}>
      <textarea {...control} defaultValue={props.defaultValue ?? ""} maxLength={props.maxLength} />
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps & {
    defaultValue?: string | number | null;
    options: readonly { value: string | number; label: string }[];
    emptyLabel?: string;
    /** Told the chosen value (a form whose other options depend on it). */
    onChange?: (value: string) => void;
  },
) {
  const { id, control } = useControl(props);
  return (
    <FieldShell {...props} id={id}>
      <select
        {...control}
        defaultValue={props.defaultValue == null ? "" : String(props.defaultValue)}
        onChange={props.onChange ? (event) => props.onChange?.(event.target.value) : undefined}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField(props: { label: string; name: string; defaultChecked?: boolean }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} name={props.name} type="checkbox" defaultChecked={props.defaultChecked} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/**
 * Several choices as checkboxes under one legend (a fieldset), each sending its value under `name`; the error is
 * the group's, and the first checkbox is where the error summary leads.
 */
export function CheckboxGroup(
  props: FieldProps & {
    options: readonly { value: number | string; label: string; detail?: string }[];
    defaultValues?: readonly (number | string)[];
    empty: string;
  },
) {
  const id = useId();
  const error = useFieldError(props);
  const chosen = new Set((props.defaultValues ?? []).map(String));
  return (
    <fieldset
      className={props.wide ? "field checkbox-group wide" : "field checkbox-group"}
      aria-describedby={describedBy(id, props.options.length ? props.hint : undefined, error)}
    >
      <legend>{props.label}</legend>
      {props.options.length === 0 ? <p className="field__hint">{props.empty}</p> : null}
      {props.options.map((option, index) => (
        <div className="field field--checkbox" key={option.value}>
          <input
            id={`${id}-${index}`}
            name={props.name}
            type="checkbox"
            value={option.value}
            defaultChecked={chosen.has(String(option.value))}
            {...(index === 0 ? { "data-field": props.name } : {})}
          />
          <label htmlFor={`${id}-${index}`}>
            {option.label}
            {option.detail ? <span className="small muted"> · {option.detail}</span> : null}
          </label>
        </div>
      ))}
      {/* Without options the sentence saying so stands in for the hint. */}
      <FieldMessages id={id} hint={props.options.length ? props.hint : undefined} error={error} />
    </fieldset>
  );
}
