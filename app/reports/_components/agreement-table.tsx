// The agreements of a report as a table: partner (with its name in its own script), title and type; status (since
// when); signed; cooperation areas with the state of each.
import { countryName, fmt, formatDate, partnerName } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages, ReportMessages } from "@/server/i18n/messages";
import type { AgreementListItem } from "@/server/services/agreement/list";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { ReportTable } from "./report-table";

export function AgreementTable({
  items,
  caption,
  locale,
  m,
  r,
}: {
  items: readonly AgreementListItem[];
  caption: string;
  locale: Locale;
  m: Messages;
  r: ReportMessages;
}) {
  return (
    <ReportTable
      caption={caption}
      widths={[37, 17, 19, 27]}
      heads={[r.colPartner, m.common.status, r.colSince, m.agreement.areas]}
    >
      {items.map((a) => (
        <tr key={a.id}>
          <td>
            <strong>{partnerName(a.partner, locale)}</strong>
            {a.partner.nameLocal ? <span className="local-name"> · {a.partner.nameLocal}</span> : null}
            <span className="muted"> · {countryName(a.partner.countryCode, locale)}</span>
            <div className="small">
              {a.title} <UnverifiedBadge verified={a.verified} />
            </div>
            <div className="small muted">{m.enums.agreementType[a.type]}</div>
          </td>
          <td>
            <AgreementStatusBadge status={a.status} />
            {a.statusSince ? (
              <div className="small muted">
                {fmt(r.since, { date: formatDate(a.statusSince, locale, a.statusSincePrecision) }, locale)}
              </div>
            ) : null}
            {a.statusScope ? <div className="small">{a.statusScope}</div> : null}
          </td>
          <td>{formatDate(a.signedOn, locale, a.signedOnPrecision)}</td>
          <td className="small">
            {a.areas.length
              ? a.areas
                  .map(
                    (link) =>
                      `${locale === "de" ? link.area.nameDe : link.area.nameEn} (${m.enums.areaLinkStatus[link.status]})`,
                  )
                  .join(", ")
              : m.common.none}
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
