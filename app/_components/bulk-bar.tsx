"use client";
// A list's bulk change, the parts every list shares: what is selected (rows of this page with the versions shown, or
// every match of the filter), the change form (its fields come from the list), its preview ("12 will change, 2
// refused: …", conflicts naming who changed a record since it was chosen) and the apply of exactly what the preview
// accepted. Shown to editors and admins only; the server checks everything again and writes all or nothing.
import { type FetchQueryOptions, type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { createContext, type FormEvent, type ReactNode, useContext, useEffect, useId, useRef, useState } from "react";
import type { z } from "zod";
import { fmt, formatDateTime } from "@/server/i18n/format";
import type { Messages } from "@/server/i18n/messages";
import { BULK_LIMIT, VERIFIED_VALUES } from "@/server/lists/bulk";
import { useI18n } from "../_i18n/client";
import type { FieldErrors } from "./errors";
import { ErrorAlert } from "./errors";
import { FormErrorSummary, useFormErrors } from "./form-parts";
import { usePermissions } from "./session-context";

/** The rows chosen on this page (id → version as shown), or every match of the list's filter. */
export type Selection<V> = { kind: "rows"; rows: ReadonlyMap<number, V> } | { kind: "filter" };

/** A list's selection, started afresh whenever its URL (filter, sort, page) changes. */
export function useBulkSelection<V>(urlKey: string) {
  const [selection, setSelection] = useState<Selection<V>>({ kind: "rows", rows: new Map() });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection belongs to one URL
  useEffect(() => setSelection({ kind: "rows", rows: new Map() }), [urlKey]);
  return {
    selection,
    toggle(id: number, version: V, on: boolean) {
      setSelection((current) => {
        const rows = new Map(current.kind === "rows" ? current.rows : []);
        if (on) rows.set(id, version);
        else rows.delete(id);
        return { kind: "rows", rows };
      });
    },
    selectPage(rows: readonly { id: number; version: V }[], all: boolean) {
      setSelection({ kind: "rows", rows: all ? new Map(rows.map((row) => [row.id, row.version])) : new Map() });
    },
    selectAllMatching: () => setSelection({ kind: "filter" }),
    clear: () => setSelection({ kind: "rows", rows: new Map() }),
    isSelected: (id: number) => selection.kind === "filter" || selection.rows.has(id),
  };
}

/**
 * A list's bulk selection, for editors and admins only: the bar's props, the selection column and each row's
 * checkbox cell (each row with the version the change must find, `versionOf`).
 */
export function useListBulk<V, F, R extends { id: number }>(
  filter: F,
  data: { items: readonly R[]; total: number; totalCapped: boolean } | undefined,
  versionOf: (row: R) => V,
) {
  const { m } = useI18n();
  const { edit } = usePermissions();
  const bulk = useBulkSelection<V>(useSearchParams().toString());
  const pageRows = (data?.items ?? []).map((row) => ({ id: row.id, version: versionOf(row) }));
  const bar: ListBulkProps<V, F> = {
    selection: bulk.selection,
    filter,
    pageRows,
    total: data?.total ?? 0,
    totalCapped: data?.totalCapped ?? false,
    onSelectPage: (all) => bulk.selectPage(pageRows, all),
    onSelectAllMatching: bulk.selectAllMatching,
    onClear: bulk.clear,
  };
  return {
    enabled: edit,
    bar,
    columns: edit ? [{ label: m.bulk.selectColumn, hiddenLabel: true }] : [],
    cell: (row: R, title: string) =>
      edit ? (
        <SelectCell
          title={title}
          checked={bulk.isSelected(row.id)}
          disabled={bulk.selection.kind === "filter"}
          onChange={(on) => bulk.toggle(row.id, versionOf(row), on)}
        />
      ) : null,
  };
}

/** A row's checkbox cell (on a phone's card list: above the card's title). */
export function SelectCell({
  title,
  checked,
  disabled,
  onChange,
  "data-label": dataLabel,
}: {
  title: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  "data-label"?: string;
}) {
  const { m, locale } = useI18n();
  return (
    <td className="list-table__select" data-label={dataLabel}>
      <input
        type="checkbox"
        aria-label={fmt(m.bulk.selectRow, { title }, locale)}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
    </td>
  );
}

/** A preview as the server gives it (the refused list only where a change can be refused). */
export interface PreviewLike {
  matched: number;
  exceeded: boolean;
  changes: { id: number; version: unknown; title: string; before: string | null; after: string | null }[];
  unchanged: unknown[];
  refused?: { id: number; title: string; refusal: unknown }[];
  conflicts: { id: number; title: string; by: string | null; at: string | null }[];
}

/** What a list gives its bulk bar: the selection, the list's filter, this page's rows and the selection's handlers. */
export interface ListBulkProps<V, F> {
  selection: Selection<V>;
  /** The list's input (its filter) as the URL gives it. */
  filter: F;
  pageRows: readonly { id: number; version: V }[];
  total: number;
  totalCapped: boolean;
  onSelectPage: (all: boolean) => void;
  onSelectAllMatching: () => void;
  onClear: () => void;
}

/** A record kind's bulk procedures and path key, as tRPC's options proxy gives them (e.g. `trpc.partner`). */
export interface BulkProcedures {
  bulkPreview: { queryOptions: (input: never) => unknown };
  bulkApply: { mutationOptions: () => unknown };
  pathKey: () => QueryKey;
}

/** The change's form fields of these names, as text. */
function readNamed(data: FormData, names: readonly string[]) {
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? "")]));
}

export function BulkBar<V, F>({
  list: { selection, filter, pageRows, total, totalCapped, onSelectPage, onSelectAllMatching, onClear },
  procedures,
  alsoRefresh = [],
  schema,
  names,
  fields,
  messages,
  value,
  refusal,
  recordPath,
}: {
  list: ListBulkProps<V, F>;
  procedures: BulkProcedures;
  /** After a change: the path keys to refresh besides the kind's own. */
  alsoRefresh?: readonly QueryKey[];
  /** The change's schema (checked in the browser before the preview). */
  schema: z.ZodType;
  /** The names of the change form's fields (the change is read from them). */
  names: readonly string[];
  /** The change form's fields (BulkSelect, BulkInput, DateField), given the errors to show. */
  fields: (errors: FieldErrors) => ReactNode;
  /** "Change {count} agreements", "{count} agreements were changed.", "{matched} agreements match …, at most {limit}" */
  messages: { apply: string; applied: string; exceeded: string };
  /** A record's value before or after, as the list says it (null is "none"). */
  value: (value: string) => string;
  /** Why a record was refused. */
  refusal?: (refusal: never) => string;
  /** The records' pages, e.g. "/partners". */
  recordPath: string;
}) {
  const { m, locale } = useI18n();
  const barId = useId();
  const [shown, setShown] = useState<{ data: PreviewLike; change: unknown } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [previewing, setPreviewing] = useState(false);
  const [applied, setApplied] = useState<number | null>(null);
  const [formKey, setFormKey] = useState(0);
  const previewRef = useRef<HTMLElement>(null);
  const appliedRef = useRef<HTMLDivElement>(null);

  const count = selection.kind === "filter" ? total : selection.rows.size;
  const pageAllSelected =
    selection.kind === "filter" || (pageRows.length > 0 && pageRows.every((row) => selection.rows.has(row.id)));
  const selectionKey =
    selection.kind === "filter" ? "filter" : [...selection.rows.entries()].map((entry) => entry.join(":")).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new selection makes the last preview stale
  useEffect(() => {
    setShown(null);
    setPreviewError(null);
  }, [selectionKey]);

  const queryClient = useQueryClient();
  const applyOptions = procedures.bulkApply.mutationOptions() as {
    mutationFn?: (input: { items: { id: number; version: unknown }[]; change: unknown }) => Promise<unknown>;
  };
  const applying = useMutation({
    mutationFn: applyOptions.mutationFn,
    onSuccess: async (result) => {
      setApplied((result as { changed: number }).changed);
      setShown(null);
      onClear();
      for (const queryKey of [procedures.pathKey(), ...alsoRefresh]) await queryClient.invalidateQueries({ queryKey });
    },
  });
  const texts = {
    apply: (count: number) => fmt(messages.apply, { count }, locale),
    applied: (count: number) => fmt(messages.applied, { count }, locale),
    exceeded: (matched: number) => fmt(messages.exceeded, { matched, limit: BULK_LIMIT }, locale),
    value: (shown: string | null) => (shown === null ? m.bulk.none : value(shown)),
    href: (id: number) => `${recordPath}/${id}`,
  };
  /** The preview of the change for what is selected: the rows with the versions shown, or the list's filter. */
  function preview(change: unknown) {
    const input = {
      selection:
        selection.kind === "filter"
          ? { filter: { ...filter, page: undefined } }
          : { items: [...selection.rows].map(([id, version]) => ({ id, version })) },
      change,
    };
    const options = procedures.bulkPreview.queryOptions(input as never) as FetchQueryOptions<PreviewLike>;
    return queryClient.fetchQuery({ ...options, staleTime: 0 });
  }
  const { errors, summary, validate } = useFormErrors(previewError);

  useEffect(() => {
    if (shown) previewRef.current?.focus();
  }, [shown]);
  useEffect(() => {
    if (applied !== null) appliedRef.current?.focus();
  }, [applied]);

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = readNamed(new FormData(event.currentTarget), names);
    if (!validate(schema, raw)) return;
    setApplied(null);
    applying.reset();
    setPreviewError(null);
    setPreviewing(true);
    try {
      setShown({ data: await preview(raw), change: raw });
    } catch (error) {
      setPreviewError(error);
    } finally {
      setPreviewing(false);
    }
  }

  const data = shown?.data;
  return (
    <section className="card bulk-bar" aria-labelledby={`${barId}-title`}>
      <h2 id={`${barId}-title`} className="bulk-bar__title">
        {m.bulk.barTitle}
      </h2>
      <div className="bulk-bar__selection">
        <div className="field field--checkbox">
          <input
            id={`${barId}-page`}
            type="checkbox"
            checked={pageAllSelected}
            disabled={selection.kind === "filter" || pageRows.length === 0}
            onChange={(event) => onSelectPage(event.target.checked)}
          />
          <label htmlFor={`${barId}-page`}>{m.bulk.selectPage}</label>
        </div>
        <p className="bulk-bar__count" aria-live="polite">
          {selection.kind === "filter"
            ? `${m.bulk.allMatchingSelected} ${fmt(m.bulk.selected, { count: total }, locale)}`
            : fmt(m.bulk.selected, { count }, locale)}
        </p>
        {selection.kind === "rows" && total > pageRows.length && !totalCapped ? (
          <button className="button button--secondary" type="button" onClick={onSelectAllMatching}>
            {fmt(m.bulk.selectAllMatching, { count: total }, locale)}
          </button>
        ) : null}
        {count > 0 ? (
          <button className="button button--secondary" type="button" onClick={onClear}>
            {m.bulk.clearSelection}
          </button>
        ) : null}
      </div>

      {applied !== null ? (
        <div className="alert alert--success" role="status" ref={appliedRef} tabIndex={-1}>
          {texts.applied(applied)}
        </div>
      ) : null}

      {count > 0 ? (
        <form
          key={formKey}
          className="form bulk-bar__form"
          onSubmit={onPreview}
          onChange={() => shown && setShown(null)}
          noValidate
          aria-label={m.bulk.barTitle}
        >
          <FormErrorSummary {...summary} />
          <BulkFormContext.Provider value={{ id: barId, errors }}>{fields(errors)}</BulkFormContext.Provider>
          <div className="actions">
            <button className="button button--secondary" type="submit" disabled={previewing}>
              {m.bulk.preview}
            </button>
          </div>
        </form>
      ) : null}

      {data ? (
        <section className="bulk-preview" ref={previewRef} tabIndex={-1} aria-labelledby={`${barId}-preview`}>
          <h3 id={`${barId}-preview`}>{m.bulk.previewTitle}</h3>
          {data.exceeded ? (
            <div className="alert alert--error" role="alert">
              {texts.exceeded(data.matched)}
            </div>
          ) : (
            <>
              <p role="status">
                {fmt(
                  m.bulk.summary,
                  {
                    changes: data.changes.length,
                    refused: data.refused?.length ?? 0,
                    unchanged: data.unchanged.length,
                    conflicts: data.conflicts.length,
                  },
                  locale,
                )}
              </p>
              {data.conflicts.length ? (
                <>
                  <h4>{m.bulk.conflictsTitle}</h4>
                  <ul className="bulk-preview__list">
                    {data.conflicts.map((row) => (
                      <li key={row.id}>
                        <a href={texts.href(row.id)}>{row.title}</a>:{" "}
                        {row.by && row.at
                          ? fmt(m.bulk.conflictBy, { by: row.by, at: formatDateTime(new Date(row.at), locale) }, locale)
                          : m.bulk.conflictUnknown}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {data.refused?.length ? (
                <>
                  <h4>{m.bulk.refusedTitle}</h4>
                  <ul className="bulk-preview__list">
                    {data.refused.map((row) => (
                      <li key={row.id}>
                        <a href={texts.href(row.id)}>{row.title}</a>: {refusal?.(row.refusal as never)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {data.changes.length ? (
                <>
                  <details className="bulk-preview__changes">
                    <summary>
                      {m.bulk.changesTitle} ({data.changes.length})
                    </summary>
                    <ul className="bulk-preview__list">
                      {data.changes.map((row) => (
                        <li key={row.id}>
                          {row.title}: {texts.value(row.before)} → {texts.value(row.after)}
                        </li>
                      ))}
                    </ul>
                  </details>
                  <ErrorAlert error={applying.error} />
                  <div className="actions">
                    <button
                      className="button"
                      type="button"
                      disabled={applying.isPending}
                      onClick={() =>
                        applying.mutate(
                          {
                            items: data.changes.map(({ id, version }) => ({ id, version })),
                            change: shown?.change,
                          },
                          { onSuccess: () => setFormKey((key) => key + 1) },
                        )
                      }
                    >
                      {applying.isPending ? m.common.saving : texts.apply(data.changes.length)}
                    </button>
                  </div>
                </>
              ) : null}
            </>
          )}
        </section>
      ) : null}
    </section>
  );
}

/** What the change form's fields take from their bar: the bar's id (their ids start with it) and the errors. */
const BulkFormContext = createContext<{ id: string; errors: FieldErrors }>({ id: "bulk", errors: {} });

/** A field of a bulk change's form: its label, its control and its error. */
function BulkField({ name, label, control }: { name: string; label: string; control: (props: object) => ReactNode }) {
  const { id: barId, errors } = useContext(BulkFormContext);
  const id = `${barId}-${name}`;
  const error = errors[name]?.[0];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control({
        id,
        name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? `${id}-error` : undefined,
      })}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A required select of a bulk change's form, with its error. Without a `value` it starts on "Choose…".
 */
export function BulkSelect({
  name,
  label,
  options,
  value,
  onChange,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  value?: string;
  onChange?: (value: string) => void;
}) {
  const { m } = useI18n();
  return (
    <BulkField
      name={name}
      label={label}
      control={(props) => (
        <select
          {...props}
          {...(value !== undefined ? { value } : { defaultValue: "" })}
          onChange={onChange ? (event) => onChange(event.target.value) : undefined}
          required
        >
          {value === undefined ? <option value="">{m.common.choose}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A text input of a bulk change's form, with its error. */
export function BulkInput({
  name,
  label,
  maxLength,
  multiline,
}: {
  name: string;
  label: string;
  maxLength: number;
  multiline?: boolean;
}) {
  return (
    <BulkField
      name={name}
      label={label}
      control={(props) =>
        multiline ? <textarea {...props} maxLength={maxLength} /> : <input {...props} maxLength={maxLength} />
      }
    />
  );
}

/** The change form's first select: which kind of change (the kind's own fields follow it). */
export function BulkKindSelect<K extends string>({
  kinds,
  labels,
  value,
  onChange,
}: {
  kinds: readonly K[];
  labels: Readonly<Record<K, string>>;
  value: K;
  onChange: (kind: K) => void;
}) {
  const { m } = useI18n();
  return (
    <BulkSelect
      name="kind"
      label={m.bulk.changeKind}
      value={value}
      onChange={(kind) => onChange(kind as K)}
      options={kinds.map((kind) => ({ value: kind, label: labels[kind] }))}
    />
  );
}

/** A verified value of a preview (VERIFIED or UNVERIFIED) as the user reads it. */
export function verifiedText(m: Messages, value: string): string {
  return m.bulk.verifiedValues[value as (typeof VERIFIED_VALUES)[number]] ?? value;
}

/** Verified (confirmed by the source) or not, for every chosen record (its field is `value`). */
export function BulkVerifiedSelect() {
  const { m } = useI18n();
  return (
    <BulkSelect
      name="value"
      label={m.bulk.verifiedValue}
      options={VERIFIED_VALUES.map((value) => ({ value, label: m.bulk.verifiedValues[value] }))}
    />
  );
}
