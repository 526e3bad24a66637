"use client";
// The agreement list's bulk change: what is selected (rows of this page, or every match of the filter), the change
// (a status with one reason and date, the responsible unit, or an area's link status), its preview ("12 will
// change, 2 refused: …") and then its application to exactly what the preview accepted. Editors and admins only;
// the server checks every agreement again (lifecycle table, versions) and writes all or nothing.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { AGREEMENT_STATUSES, type AgreementStatus, AREA_LINK_STATUSES } from "@/server/domain/enums";
import { fmt, formatDateTime } from "@/server/i18n/format";
import type { TAgreementListInput } from "@/server/lists/agreements";
import { BULK_LIMIT, type TBulkChange, ZBulkChange } from "@/server/lists/bulk";
import type { BulkPreview, BulkRefusal } from "@/server/services/agreement/bulk";
import { DateField } from "../../_components/date-input";
import { ErrorAlert } from "../../_components/errors";
import { FormErrorSummary, useFormErrors } from "../../_components/form-parts";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

/** The rows chosen on this page (id → version as shown), or every match of the list's filter. */
export type Selection = { kind: "rows"; rows: ReadonlyMap<number, number> } | { kind: "filter" };

type Kind = TBulkChange["kind"];

export function AgreementBulkBar({
  selection,
  filter,
  pageRows,
  total,
  totalCapped,
  onSelectPage,
  onSelectAllMatching,
  onClear,
}: {
  selection: Selection;
  /** The list's input (its filter) as the URL gives it. */
  filter: TAgreementListInput;
  /** This page's agreements (id, version). */
  pageRows: readonly { id: number; version: number }[];
  total: number;
  totalCapped: boolean;
  onSelectPage: (all: boolean) => void;
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const barId = useId();
  const [kind, setKind] = useState<Kind>("status");
  /** The preview and the change as the form gave it (sent again, unchanged, to apply). */
  const [preview, setPreview] = useState<{ data: BulkPreview; change: unknown } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [previewing, setPreviewing] = useState(false);
  const [applied, setApplied] = useState<number | null>(null);
  const previewRef = useRef<HTMLElement>(null);
  const appliedRef = useRef<HTMLDivElement>(null);
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());

  const count = selection.kind === "filter" ? total : selection.rows.size;
  const pageAllSelected =
    selection.kind === "filter" || (pageRows.length > 0 && pageRows.every((row) => selection.rows.has(row.id)));

  // A new selection or change makes the last preview stale.
  const selectionKey =
    selection.kind === "filter" ? "filter" : [...selection.rows.entries()].map((entry) => entry.join(":")).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the preview belongs to one selection and one kind
  useEffect(() => {
    setPreview(null);
    setPreviewError(null);
  }, [selectionKey, kind]);

  const apply = useMutation(
    trpc.agreement.bulkApply.mutationOptions({
      onSuccess: async (result) => {
        setApplied(result.changed);
        setPreview(null);
        onClear();
        await queryClient.invalidateQueries({ queryKey: trpc.agreement.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.statistics.pathKey() });
      },
    }),
  );
  const { errors, summary, validate } = useFormErrors(previewError);

  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (applied !== null) appliedRef.current?.focus();
  }, [applied]);

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const raw =
      kind === "status"
        ? { kind, to: text("to"), reason: text("reason"), effectiveOn: text("effectiveOn") }
        : kind === "responsibleUnit"
          ? { kind, value: text("value") }
          : { kind, area: text("area"), status: text("status") };
    if (!validate(ZBulkChange, raw)) return;
    setApplied(null);
    apply.reset();
    setPreviewError(null);
    setPreviewing(true);
    try {
      const input = {
        selection:
          selection.kind === "filter"
            ? { filter: { ...filter, page: undefined } }
            : { items: [...selection.rows].map(([id, version]) => ({ id, version })) },
        change: raw as never,
      };
      const data = await queryClient.fetchQuery({ ...trpc.agreement.bulkPreview.queryOptions(input), staleTime: 0 });
      setPreview({ data, change: raw });
    } catch (error) {
      setPreviewError(error);
    } finally {
      setPreviewing(false);
    }
  }

  function refusalText(refusal: BulkRefusal) {
    switch (refusal.reason) {
      case "transition":
        return fmt(m.bulk.refusals.transition, { from: m.enums.agreementStatus[refusal.from] }, locale);
      case "beforeCurrentStatus":
        return fmt(m.bulk.refusals.beforeCurrentStatus, { date: refusal.date }, locale);
      case "noAreaLink":
        return m.bulk.refusals.noAreaLink;
      case "unchanged":
        return m.bulk.refusals.unchanged;
    }
  }

  const valueText = (value: string | null) => {
    if (value === null) return m.bulk.none;
    if (kind === "status" && (AGREEMENT_STATUSES as readonly string[]).includes(value)) {
      return m.enums.agreementStatus[value as AgreementStatus];
    }
    if (kind === "areaStatus" && (AREA_LINK_STATUSES as readonly string[]).includes(value)) {
      return m.enums.areaLinkStatus[value as (typeof AREA_LINK_STATUSES)[number]];
    }
    return value;
  };

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
          {fmt(m.bulk.applied, { count: applied }, locale)}
        </div>
      ) : null}

      {count > 0 ? (
        <form className="form bulk-bar__form" onSubmit={onPreview} noValidate aria-label={m.bulk.barTitle}>
          <FormErrorSummary {...summary} />
          <div className="field">
            <label htmlFor={`${barId}-kind`}>{m.bulk.changeKind}</label>
            <select id={`${barId}-kind`} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
              {(["status", "responsibleUnit", "areaStatus"] as const).map((value) => (
                <option key={value} value={value}>
                  {m.bulk.kinds[value]}
                </option>
              ))}
            </select>
          </div>
          {kind === "status" ? (
            <>
              <Select
                id={`${barId}-to`}
                name="to"
                label={m.bulk.newStatus}
                error={errors.to?.[0]}
                emptyLabel={m.common.choose}
                options={AGREEMENT_STATUSES.map((value) => ({ value, label: m.enums.agreementStatus[value] }))}
              />
              <div className="field">
                <label htmlFor={`${barId}-reason`}>{m.bulk.reason}</label>
                <textarea
                  id={`${barId}-reason`}
                  name="reason"
                  maxLength={2000}
                  required
                  aria-invalid={errors.reason ? true : undefined}
                  aria-describedby={errors.reason ? `${barId}-reason-error` : undefined}
                />
                {errors.reason?.[0] ? (
                  <span className="field__error" id={`${barId}-reason-error`}>
                    {errors.reason[0]}
                  </span>
                ) : null}
              </div>
              <DateField label={m.bulk.effectiveOn} name="effectiveOn" dayOnly errors={errors} />
            </>
          ) : kind === "responsibleUnit" ? (
            <div className="field">
              <label htmlFor={`${barId}-value`}>{m.bulk.responsibleUnit}</label>
              <input
                id={`${barId}-value`}
                name="value"
                maxLength={200}
                aria-invalid={errors.value ? true : undefined}
                aria-describedby={errors.value ? `${barId}-value-error` : undefined}
              />
              {errors.value?.[0] ? (
                <span className="field__error" id={`${barId}-value-error`}>
                  {errors.value[0]}
                </span>
              ) : null}
            </div>
          ) : (
            <>
              <Select
                id={`${barId}-area`}
                name="area"
                label={m.bulk.area}
                error={errors.area?.[0]}
                emptyLabel={m.common.choose}
                options={(areas.data ?? []).map((area) => ({
                  value: area.code,
                  label: locale === "de" ? area.nameDe : area.nameEn,
                }))}
              />
              <Select
                id={`${barId}-status`}
                name="status"
                label={m.bulk.areaStatus}
                error={errors.status?.[0]}
                emptyLabel={m.common.choose}
                options={AREA_LINK_STATUSES.map((value) => ({ value, label: m.enums.areaLinkStatus[value] }))}
              />
            </>
          )}
          <div className="actions">
            <button className="button button--secondary" type="submit" disabled={previewing}>
              {m.bulk.preview}
            </button>
          </div>
        </form>
      ) : null}

      {preview ? (
        <section className="bulk-preview" ref={previewRef} tabIndex={-1} aria-labelledby={`${barId}-preview`}>
          <h3 id={`${barId}-preview`}>{m.bulk.previewTitle}</h3>
          {preview.data.exceeded ? (
            <div className="alert alert--error" role="alert">
              {fmt(m.bulk.exceeded, { matched: preview.data.matched, limit: BULK_LIMIT }, locale)}
            </div>
          ) : (
            <>
              <p role="status">
                {fmt(
                  m.bulk.summary,
                  {
                    changes: preview.data.changes.length,
                    refused: preview.data.refused.length,
                    unchanged: preview.data.unchanged.length,
                    conflicts: preview.data.conflicts.length,
                  },
                  locale,
                )}
              </p>
              {preview.data.conflicts.length ? (
                <>
                  <h4>{m.bulk.conflictsTitle}</h4>
                  <ul className="bulk-preview__list">
                    {preview.data.conflicts.map((row) => (
                      <li key={row.id}>
                        <a href={`/agreements/${row.id}`}>{row.title}</a>:{" "}
                        {row.by && row.at
                          ? fmt(m.bulk.conflictBy, { by: row.by, at: formatDateTime(new Date(row.at), locale) }, locale)
                          : m.bulk.conflictUnknown}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {preview.data.refused.length ? (
                <>
                  <h4>{m.bulk.refusedTitle}</h4>
                  <ul className="bulk-preview__list">
                    {preview.data.refused.map((row) => (
                      <li key={row.id}>
                        <a href={`/agreements/${row.id}`}>{row.title}</a>: {refusalText(row.refusal)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {preview.data.changes.length ? (
                <>
                  <details className="bulk-preview__changes">
                    <summary>
                      {m.bulk.changesTitle} ({preview.data.changes.length})
                    </summary>
                    <ul className="bulk-preview__list">
                      {preview.data.changes.map((row) => (
                        <li key={row.id}>
                          {row.title}: {valueText(row.before)} → {valueText(row.after)}
                        </li>
                      ))}
                    </ul>
                  </details>
                  <ErrorAlert error={apply.error} />
                  <div className="actions">
                    <button
                      className="button"
                      type="button"
                      disabled={apply.isPending}
                      onClick={() =>
                        apply.mutate({
                          items: preview.data.changes.map(({ id, version }) => ({ id, version })),
                          change: preview.change as never,
                        })
                      }
                    >
                      {apply.isPending
                        ? m.common.saving
                        : fmt(m.bulk.apply, { count: preview.data.changes.length }, locale)}
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

function Select({
  id,
  name,
  label,
  error,
  emptyLabel,
  options,
}: {
  id: string;
  name: string;
  label: string;
  error?: string;
  emptyLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue=""
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
