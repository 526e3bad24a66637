// Everyone the agreement's activities and working groups name, with what they took part in (no contact data).
import { TableSection } from "../../../_components/report-table";
import type { DossierSectionProps } from "./dossier-parts";

export function PeopleTable({ dossier: { people }, m, r }: Omit<DossierSectionProps, "locale">) {
  return (
    <TableSection
      id="people"
      title={m.agreement.people}
      rows={people}
      empty={m.common.noEntries}
      widths={[20, 23, 23, 34]}
      heads={[m.common.name, m.common.role, m.common.organisation, r.involvedIn]}
      row={(person) => (
        <tr key={person.id}>
          <td>{person.name}</td>
          <td>{person.role ?? m.common.none}</td>
          <td>{person.organisation ?? m.common.none}</td>
          <td className="small">{person.involvedIn.join("; ")}</td>
        </tr>
      )}
    />
  );
}
