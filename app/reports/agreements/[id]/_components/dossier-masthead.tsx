// The dossier's head: city and office, "Dossier", the agreement's title, its status and type, the date and reader.
import { AgreementStatusBadge, UnverifiedBadge } from "@/app/_components/badges";
import type { DossierSectionProps } from "./dossier-parts";

export function DossierMasthead({
  dossier: { agreement: a },
  m,
  r,
  asOf,
  preparedFor,
}: Omit<DossierSectionProps, "locale"> & { asOf: string; preparedFor: string }) {
  return (
    <div className="report-masthead">
      <p className="report-masthead__city">
        {r.city} · {r.office}
      </p>
      <p className="report-masthead__kind">{r.dossier}</p>
      <h1>{a.title}</h1>
      <p className="actions">
        <AgreementStatusBadge status={a.status} />
        <span>{m.enums.agreementType[a.type]}</span>
        <UnverifiedBadge verified={a.verified} />
      </p>
      <p className="small muted">
        {asOf} · {preparedFor}
      </p>
    </div>
  );
}
