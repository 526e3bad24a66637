// The agreement's cooperation areas with the state of each and its notes.
import { ReportSection, ReportTable } from "../../../_components/report-table";
import type { DossierSectionProps } from "./dossier-parts";

export function AreaTable({ dossier: { agreement: a }, locale, m }: Omit<DossierSectionProps, "r">) {
  return (
    <ReportSection id="areas" title={m.agreement.areas}>
      {a.areas.length ? (
        <ReportTable
          caption={m.agreement.areas}
          widths={[30, 20, 50]}
          heads={[m.agreement.area, m.agreement.areaStatus, m.common.notes]}
        >
          {a.areas.map((link) => (
            <tr key={link.area.code}>
              <td>{locale === "de" ? link.area.nameDe : link.area.nameEn}</td>
              <td>{m.enums.areaLinkStatus[link.status]}</td>
              <td className="small">{link.notes ?? ""}</td>
            </tr>
          ))}
        </ReportTable>
      ) : (
        <p>{m.agreement.noAreas}</p>
      )}
    </ReportSection>
  );
}
