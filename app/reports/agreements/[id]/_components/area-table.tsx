// The agreement's cooperation areas with the state of each and its notes.
import { TableSection } from "../../../_components/report-table";
import type { DossierSectionProps } from "./dossier-parts";

export function AreaTable({ dossier: { agreement: a }, locale, m }: Omit<DossierSectionProps, "r">) {
  return (
    <TableSection
      id="areas"
      title={m.agreement.areas}
      rows={a.areas}
      empty={m.agreement.noAreas}
      widths={[30, 20, 50]}
      heads={[m.agreement.area, m.agreement.areaStatus, m.common.notes]}
      row={(link) => (
        <tr key={link.area.code}>
          <td>{locale === "de" ? link.area.nameDe : link.area.nameEn}</td>
          <td>{m.enums.areaLinkStatus[link.status]}</td>
          <td className="small">{link.notes ?? ""}</td>
        </tr>
      )}
    />
  );
}
