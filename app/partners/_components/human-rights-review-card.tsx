"use client";
// A partnership's human-rights review on the partner's page: its state for everybody, a form for editors. "Not
// reviewed" is what a partner without a recorded review shows (nothing is assumed).
import type { FormEvent } from "react";
import { HUMAN_RIGHTS_REVIEW_STATUSES, type HumanRightsReviewStatus } from "@/server/domain/enums";
import { formatDate } from "@/server/i18n/format";
import { formatPartialDate } from "@/server/schemas/common";
import { ZHumanRightsReviewInput } from "@/server/schemas/human-rights-review";
import { Fact } from "../../_components/fact";
import { SelectField, TextArea, TextField } from "../../_components/fields";
import { FormActions, FormErrorSummary, useSaveInPlace } from "../../_components/form-parts";
import { enumOptions } from "../../_components/list-controls";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

interface Review {
  status: HumanRightsReviewStatus;
  lastReviewedOn: Date | null;
  nextDueOn: Date | null;
  note: string | null;
  version: number;
}

export function HumanRightsReviewCard({
  partnerId,
  review,
  canEdit,
}: {
  partnerId: number;
  review: Review | null;
  canEdit: boolean;
}) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  // Unsaved changes are asked about before leaving.
  const { mutation, formRef, saved, setSaved, errors, summary, validate } = useSaveInPlace(
    trpc.partner.setHumanRightsReview.mutationOptions,
    [trpc.partner.pathKey(), trpc.agenda.pathKey(), trpc.audit.pathKey()],
  );
  const r = m.humanRightsReview;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const input = {
      partnerId,
      version: review?.version ?? null,
      status: text("status") as HumanRightsReviewStatus,
      lastReviewedOn: text("lastReviewedOn"),
      nextDueOn: text("nextDueOn"),
      note: text("note"),
    };
    if (validate(ZHumanRightsReviewInput, input)) mutation.mutate(input);
  }

  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{r.title}</h2>
      <p className="small muted">{r.intro}</p>
      <dl className="facts">
        <Fact label={r.statusLabel}>{r.status[review?.status ?? "NOT_REVIEWED"]}</Fact>
        <Fact label={r.lastReviewedOn}>
          {review?.lastReviewedOn ? formatDate(review.lastReviewedOn, locale) : r.none}
        </Fact>
        <Fact label={r.nextDueOn}>{review?.nextDueOn ? formatDate(review.nextDueOn, locale) : r.none}</Fact>
        <dt>{r.note}</dt>
        <dd style={{ whiteSpace: "pre-wrap" }}>{review?.note ?? r.none}</dd>
      </dl>
      {canEdit ? (
        <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-label={r.save}>
          <FormErrorSummary {...summary} />
          {saved ? (
            <p className="alert alert--success" role="status">
              {r.saved}
            </p>
          ) : null}
          <SelectField
            label={r.statusLabel}
            name="status"
            required
            defaultValue={review?.status ?? "NOT_REVIEWED"}
            options={enumOptions(HUMAN_RIGHTS_REVIEW_STATUSES, r.status)}
            errors={errors}
          />
          {(["lastReviewedOn", "nextDueOn"] as const).map((name) => (
            <TextField
              key={name}
              label={r[name]}
              name={name}
              hint={r.dateHint}
              maxLength={10}
              defaultValue={formatPartialDate(review?.[name])}
              errors={errors}
            />
          ))}
          <TextArea label={r.note} name="note" wide maxLength={4000} defaultValue={review?.note} errors={errors} />
          <FormActions pending={mutation.isPending} submitLabel={r.save} />
        </form>
      ) : null}
    </section>
  );
}
