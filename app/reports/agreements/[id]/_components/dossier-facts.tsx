// The dossier's key facts: partner, status, the agreement's dates, responsible unit, predecessor and successors,
// source, last change; then its notes.
import { Fragment } from "react";
import { UnverifiedBadge } from "@/app/_components/badges";
import { countryName, formatDate, formatDateTime, partnerName } from "@/server/i18n/format";
import { Fact } from "../../../../_components/fact";
import { ReportSection } from "../../../_components/report-table";
import type { DossierSectionProps } from "./dossier-parts";

export function DossierFacts({ dossier: { agreement: a }, locale, m, r }: DossierSectionProps) {
  const dates = [
    [m.agreement.councilDecisionOn, a.councilDecisionOn, a.councilDecisionOnPrecision],
    [m.agreement.signedOn, a.signedOn, a.signedOnPrecision],
    [m.agreement.countersignedOn, a.countersignedOn, a.countersignedOnPrecision],
    [m.agreement.validFrom, a.validFrom, a.validFromPrecision],
    [m.agreement.validUntil, a.validUntil, a.validUntilPrecision],
  ] as const;
  return (
    <ReportSection id="facts" title={r.facts}>
      <dl className="facts">
        <Fact label={m.common.partner}>
          <strong>{partnerName(a.partner, locale)}</strong>
          {a.partner.nameLocal ? <span className="local-name"> · {a.partner.nameLocal}</span> : null}
          <div className="small muted">
            {m.enums.partnerKind[a.partner.kind]} · {countryName(a.partner.countryCode, locale)} ·{" "}
            {m.enums.continent[a.partner.continent]}
          </div>
        </Fact>
        <Fact label={m.common.status}>
          {m.enums.agreementStatus[a.status]}
          {a.statusSince
            ? ` · ${m.agreement.statusSince} ${formatDate(a.statusSince, locale, a.statusSincePrecision)}`
            : ""}
          {a.statusScope ? <div className="small">{a.statusScope}</div> : null}
        </Fact>
        {dates.map(([label, date, precision]) =>
          date ? (
            <Fragment key={label}>
              <Fact label={label}>{formatDate(date, locale, precision)}</Fact>
            </Fragment>
          ) : null,
        )}
        <Fact label={m.agreement.responsibleUnit}>{a.responsibleUnit ?? m.common.none}</Fact>
        {a.predecessor ? <Fact label={m.agreement.predecessor}>{a.predecessor.title}</Fact> : null}
        {a.successors.length ? (
          <Fact label={m.agreement.successors}>
            {a.successors.map((s) => (
              <div key={s.id}>{s.title}</div>
            ))}
          </Fact>
        ) : null}
        <dt>{m.common.source}</dt>
        <dd className="report-wrap">
          {a.source ?? m.common.none} <UnverifiedBadge verified={a.verified} />
        </dd>
        <Fact label={m.agreement.lastUpdated}>{formatDateTime(a.updatedAt, locale)}</Fact>
      </dl>
      {a.notes ? (
        <>
          <h3>{m.common.notes}</h3>
          <p className="report-pre">{a.notes}</p>
        </>
      ) : null}
    </ReportSection>
  );
}
