import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { PinToggle } from "../../_components/dashboard/pin-button";
import { DetailHeader } from "../../_components/detail";
import { DocumentsSection } from "../../_components/documents-section";
import { RecordHistorySection } from "../../_components/record-history-section";
import { agreementExports } from "../../_lib/agreement-exports";
import { type IdPageProps, loadAgreement, recordTitle, viewRecord } from "../../_lib/records";
import {
  AgreementActivitiesCard,
  AgreementAreasCard,
  AgreementCommitmentsCard,
  AgreementFactsCard,
  AgreementPeopleCard,
  AgreementStatusCard,
  AgreementWorkingGroupsCard,
} from "../_components/agreement-sections";

export const dynamic = "force-dynamic";

export const generateMetadata = recordTitle(loadAgreement, (a) => a.title);

export default async function AgreementPage(page: IdPageProps) {
  const { record: a, m, locale, can } = await viewRecord(loadAgreement, page);
  const props = { a, m, locale, can };

  return (
    <>
      <DetailHeader
        crumbs={[{ href: "/agreements", label: m.agreement.listTitle }]}
        title={a.title}
        facts={
          <>
            <AgreementStatusBadge status={a.status} />
            <span>{m.enums.agreementType[a.type]}</span>
            <UnverifiedBadge verified={a.verified} />
            {can.edit ? <PinToggle id={a.id} /> : null}
          </>
        }
        exports={agreementExports(a.id, ["working-groups", "commitments", "activities"], m, locale)}
        editHref={can.edit ? `/agreements/${a.id}/edit` : null}
        editLabel={m.common.edit}
      />

      <div className="grid grid--two">
        <AgreementFactsCard {...props} />
        <AgreementStatusCard {...props} />
        <AgreementAreasCard {...props} />
        <AgreementWorkingGroupsCard {...props} />
        <AgreementCommitmentsCard {...props} />
        <AgreementActivitiesCard {...props} />
        <AgreementPeopleCard {...props} />
      </div>

      <DocumentsSection record={{ type: "agreement", id: a.id }} />

      <RecordHistorySection entityType="AGREEMENT" entityId={a.id} />
    </>
  );
}
