// The agreement's cooperation areas with the state of each and its notes.
import { Cols } from "../../../_components/cols";
import type { DossierSectionProps } from "./dossier-parts";

export function AreaTable({ dossier: { agreement: a }, locale, m }: Omit<DossierSectionProps, "r">) {
  return (
    <section aria-labelledby="areas-title">
      <h2 id="areas-title">{m.agreement.areas}</h2>
      {a.areas.length ? (
        <table className="report-table">
          <caption className="visually-hidden">{m.agreement.areas}</caption>
          <Cols widths={[30, 20, 50]} />
          <thead>
            <tr>
              <th scope="col">{m.agreement.area}</th>
              <th scope="col">{m.agreement.areaStatus}</th>
              <th scope="col">{m.common.notes}</th>
            </tr>
          </thead>
          <tbody>
            {a.areas.map((link) => (
              <tr key={link.area.code}>
                <td>{locale === "de" ? link.area.nameDe : link.area.nameEn}</td>
                <td>{m.enums.areaLinkStatus[link.status]}</td>
                <td className="small">{link.notes ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{m.agreement.noAreas}</p>
      )}
    </section>
  );
}
