// Everyone the agreement's activities and working groups name, with what they took part in (no contact data).
import { Cols } from "../../../_components/cols";
import type { DossierSectionProps } from "./dossier-parts";

export function PeopleTable({ dossier: { people }, m, r }: Omit<DossierSectionProps, "locale">) {
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{m.agreement.people}</h2>
      {people.length ? (
        <table className="report-table">
          <caption className="visually-hidden">{m.agreement.people}</caption>
          <Cols widths={[20, 23, 23, 34]} />
          <thead>
            <tr>
              <th scope="col">{m.common.name}</th>
              <th scope="col">{m.common.role}</th>
              <th scope="col">{m.common.organisation}</th>
              <th scope="col">{r.involvedIn}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>{person.name}</td>
                <td>{person.role ?? m.common.none}</td>
                <td>{person.organisation ?? m.common.none}</td>
                <td className="small">{person.involvedIn.join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{m.common.noEntries}</p>
      )}
    </section>
  );
}
