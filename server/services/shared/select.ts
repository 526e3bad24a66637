// Prisma selects of plain columns, written as a list of names: pick("id", "title") is { id: true, title: true }.

export function pick<const K extends string>(...fields: K[]): { [P in K]: true } {
  return Object.fromEntries(fields.map((field) => [field, true])) as { [P in K]: true };
}

/** A partner as a record's page names it (linked, in both languages and its own script, with its country). */
export const partnerSummary = pick("id", "nameDe", "nameEn", "nameLocal", "countryCode");

/** A person as a record's page names them (linked, with their role and organisation). */
export const personSummary = pick("id", "name", "role", "organisation");
