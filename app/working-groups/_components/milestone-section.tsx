"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { z } from "zod";
import { MILESTONE_STATUSES, type MilestoneStatus } from "@/server/domain/enums";
import { fmt, formatDate } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import { formatPartialDate } from "@/server/schemas/common";
// A working group's milestones: the table, a form to add one, and per milestone an edit form (status, done date…)
// and a remove button with a confirmation. The rows come from the server-rendered page; after each change the
// queries are invalidated and the page is refreshed.
import { MILESTONE_FIELDS, ZMilestoneAddInput, ZMilestoneUpdateInput } from "@/server/schemas/working-group";
import type { WorkingGroupDetail } from "@/server/services/working-group/detail";
import { LabelBadge } from "../../_components/badges";
import { ErrorAlert, type FieldErrors } from "../../_components/errors";
import { FormActions, FormErrorSummary, useFormErrors } from "../../_components/form-parts";
import { useLeaveGuard } from "../../_components/leave-guard";
import { FieldInputs } from "../../_components/record-fields";
import { usePermissions } from "../../_components/session-context";
import { TableHead } from "../../_components/table-head";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

type Milestone = WorkingGroupDetail["milestones"][number];

const PENDING: readonly MilestoneStatus[] = ["OPEN", "IN_PROGRESS"];

function useAfterChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.workingGroup.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.statistics.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
    router.refresh();
  };
}

interface MilestoneFormProps {
  workingGroupId: number;
  milestone?: Milestone;
  onSaved: () => void;
  onCancel?: () => void;
}

/** The form, mounted afresh after each milestone added (empty again, and its leave guard with it). */
function MilestoneForm(props: MilestoneFormProps) {
  const [formKey, setFormKey] = useState(0);
  return <MilestoneFormBody key={formKey} {...props} onAdded={() => setFormKey((key) => key + 1)} />;
}

function MilestoneFormBody({
  workingGroupId,
  milestone,
  onSaved,
  onCancel,
  onAdded,
}: MilestoneFormProps & { onAdded: () => void }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const afterChange = useAfterChange();
  const [status, setStatus] = useState<MilestoneStatus>(milestone?.status ?? "OPEN");
  // Typed and not yet saved: asked about before leaving.
  const formRef = useRef<HTMLFormElement>(null);
  const guard = useLeaveGuard(formRef, m.form.unsavedChanges);
  const afterSave = async () => {
    await afterChange();
    guard.release();
    onSaved();
  };
  const add = useMutation(
    trpc.workingGroup.addMilestone.mutationOptions({
      onSuccess: async () => {
        await afterSave();
        onAdded();
      },
    }),
  );
  const update = useMutation(trpc.workingGroup.updateMilestone.mutationOptions({ onSuccess: afterSave }));
  const mutation = milestone ? update : add;
  const { errors, summary, validate } = useFormErrors(mutation.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const values = {
      title: text("title"),
      dueOn: text("dueOn"),
      status,
      doneOn: status === "DONE" ? text("doneOn") : "",
      notes: text("notes"),
    };
    const input = milestone
      ? { ...values, id: milestone.id, version: milestone.version }
      : { ...values, workingGroupId };
    if (!validate(milestone ? ZMilestoneUpdateInput : ZMilestoneAddInput, input)) return;
    if (milestone) update.mutate(input as z.input<typeof ZMilestoneUpdateInput>);
    else add.mutate(input as z.input<typeof ZMilestoneAddInput>);
  }

  const label = milestone
    ? fmt(m.workingGroup.editMilestone, { title: milestone.title }, locale)
    : m.workingGroup.addMilestone;
  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-label={label}>
      <FormErrorSummary {...summary} />
      <fieldset>
        {/* Adding: the section's h3 names the form already. */}
        <legend className={milestone ? undefined : "visually-hidden"}>{label}</legend>
        <FieldInputs fields={MILESTONE_FIELDS} section="title" record={milestone} m={m} errors={errors} />
        <FieldInputs fields={MILESTONE_FIELDS} section="due" record={milestone} m={m} errors={errors} />
        <StatusSelect value={status} onChange={setStatus} errors={errors} />
        {status === "DONE" ? (
          <FieldInputs fields={MILESTONE_FIELDS} section="done" record={milestone} m={m} errors={errors} />
        ) : null}
        <FieldInputs fields={MILESTONE_FIELDS} section="notes" record={milestone} m={m} errors={errors} />
      </fieldset>
      <FormActions
        pending={mutation.isPending}
        submitLabel={milestone ? m.common.save : m.workingGroup.addMilestone}
        onCancel={onCancel}
      />
    </form>
  );
}

function StatusSelect({
  value,
  onChange,
  errors,
}: {
  value: MilestoneStatus;
  onChange: (status: MilestoneStatus) => void;
  errors: FieldErrors;
}) {
  const { m } = useI18n();
  const id = useId();
  const error = errors.status?.[0];
  return (
    <div className="field">
      <label htmlFor={id}>{m.common.status}</label>
      <select
        id={id}
        name="status"
        value={value}
        onChange={(event) => onChange(event.target.value as MilestoneStatus)}
        aria-invalid={error ? true : undefined}
      >
        {MILESTONE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {m.enums.milestoneStatus[status]}
          </option>
        ))}
      </select>
      {error ? <span className="field__error">{error}</span> : null}
    </div>
  );
}

function RemoveConfirm({ milestone, onDone }: { milestone: Milestone; onDone: (removed: boolean) => void }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const afterChange = useAfterChange();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const remove = useMutation(
    trpc.workingGroup.removeMilestone.mutationOptions({
      onSuccess: async () => {
        await afterChange();
        onDone(true);
      },
    }),
  );
  useEffect(() => confirmRef.current?.focus(), []);
  const question = fmt(m.workingGroup.confirmRemove, { title: milestone.title }, locale);
  return (
    <div>
      <ErrorAlert error={remove.error} />
      <p className="small" style={{ fontWeight: 600 }}>
        {question}
      </p>
      <span className="actions">
        <button
          ref={confirmRef}
          className="button"
          type="button"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ id: milestone.id, version: milestone.version })}
        >
          {m.workingGroup.confirmRemoveButton}
        </button>
        <button className="button button--secondary" type="button" onClick={() => onDone(false)}>
          {m.common.cancel}
        </button>
      </span>
    </div>
  );
}

export function MilestoneSection({
  workingGroupId,
  milestones,
  today,
}: {
  workingGroupId: number;
  milestones: Milestone[];
  today: Date;
}) {
  const { m, locale } = useI18n();
  // Adding, editing and removing milestones is for roles that may edit; the others only read.
  const { edit: canEdit } = usePermissions();
  const [editing, setEditing] = useState<number | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const done = milestones.filter((milestone) => milestone.status === "DONE").length;
  const isOverdue = (milestone: Milestone) =>
    PENDING.includes(milestone.status) && milestone.dueOn !== null && milestone.dueOn < today;

  return (
    <section className="card" aria-labelledby="milestones-title" style={{ marginTop: "1rem" }}>
      <h2 id="milestones-title" ref={headingRef} tabIndex={-1}>
        {m.workingGroup.milestones}{" "}
        <span className="small muted">
          ({fmt(m.workingGroup.milestoneCount, { done, total: milestones.length }, locale)})
        </span>
      </h2>
      <div role="status">{message ? <p className="alert alert--success">{message}</p> : null}</div>
      {milestones.length ? (
        <div className="table-wrap">
          <table>
            <TableHead
              heads={[
                m.workingGroup.milestoneTitle,
                m.workingGroup.dueOn,
                m.common.status,
                m.workingGroup.doneOn,
                ...(canEdit ? [m.common.actions] : []),
              ]}
            />
            <tbody>
              {milestones.map((milestone) => (
                <MilestoneRows
                  key={milestone.id}
                  milestone={milestone}
                  overdue={isOverdue(milestone)}
                  editing={editing === milestone.id}
                  removing={removing === milestone.id}
                  onEdit={() => {
                    setMessage("");
                    setRemoving(null);
                    setEditing(milestone.id);
                  }}
                  onRemove={() => {
                    setMessage("");
                    setEditing(null);
                    setRemoving(milestone.id);
                  }}
                  onEditDone={(saved) => {
                    setEditing(null);
                    if (saved) setMessage(m.workingGroup.milestoneSaved);
                  }}
                  onRemoveDone={(removed) => {
                    setRemoving(null);
                    if (removed) {
                      setMessage(m.workingGroup.milestoneRemoved);
                      headingRef.current?.focus();
                    }
                  }}
                  workingGroupId={workingGroupId}
                  locale={locale}
                  canEdit={canEdit}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{m.workingGroup.noMilestones}</p>
      )}
      {canEdit ? (
        <>
          <h3 style={{ marginTop: "1.5rem" }}>{m.workingGroup.addMilestone}</h3>
          <MilestoneForm workingGroupId={workingGroupId} onSaved={() => setMessage(m.workingGroup.milestoneAdded)} />
        </>
      ) : null}
    </section>
  );
}

function MilestoneRows({
  milestone,
  overdue,
  editing,
  removing,
  onEdit,
  onRemove,
  onEditDone,
  onRemoveDone,
  workingGroupId,
  locale,
  canEdit,
}: {
  milestone: Milestone;
  overdue: boolean;
  editing: boolean;
  removing: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onEditDone: (saved: boolean) => void;
  onRemoveDone: (removed: boolean) => void;
  workingGroupId: number;
  locale: Locale;
  canEdit: boolean;
}) {
  const { m } = useI18n();
  const editRef = useRef<HTMLButtonElement>(null);
  const closeEditor = (saved: boolean) => {
    onEditDone(saved);
    requestAnimationFrame(() => editRef.current?.focus());
  };
  return (
    <>
      <tr>
        <td>
          {milestone.title}
          {milestone.notes ? (
            <div className="small muted" style={{ whiteSpace: "pre-wrap" }}>
              {milestone.notes}
            </div>
          ) : null}
        </td>
        <td>
          {milestone.dueOn ? (
            <time dateTime={formatPartialDate(milestone.dueOn)}>{formatDate(milestone.dueOn, locale)}</time>
          ) : (
            m.common.none
          )}
          {overdue ? (
            <div className="small" style={{ color: "var(--danger)", fontWeight: 600 }}>
              {m.workingGroup.overdue}
            </div>
          ) : null}
        </td>
        <td>
          <LabelBadge>{m.enums.milestoneStatus[milestone.status]}</LabelBadge>
        </td>
        <td>
          {milestone.doneOn ? (
            <time dateTime={formatPartialDate(milestone.doneOn)}>{formatDate(milestone.doneOn, locale)}</time>
          ) : (
            m.common.none
          )}
        </td>
        {canEdit ? (
          <td>
            {removing ? (
              <RemoveConfirm milestone={milestone} onDone={onRemoveDone} />
            ) : (
              <span className="actions">
                <button
                  ref={editRef}
                  className="button button--secondary"
                  type="button"
                  aria-label={fmt(m.workingGroup.editMilestone, { title: milestone.title }, locale)}
                  aria-expanded={editing}
                  onClick={editing ? () => closeEditor(false) : onEdit}
                >
                  {m.common.edit}
                </button>
                <button
                  className="button button--secondary"
                  type="button"
                  aria-label={fmt(m.workingGroup.removeMilestone, { title: milestone.title }, locale)}
                  onClick={onRemove}
                >
                  {m.common.remove}
                </button>
              </span>
            )}
          </td>
        ) : null}
      </tr>
      {canEdit && editing ? (
        <tr>
          <td colSpan={5}>
            <MilestoneForm
              workingGroupId={workingGroupId}
              milestone={milestone}
              onSaved={() => closeEditor(true)}
              onCancel={() => closeEditor(false)}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
