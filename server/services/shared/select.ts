// Prisma selects of plain columns, written as a list of names: pick("id", "title") is { id: true, title: true }.

export function pick<const K extends string>(...fields: K[]): { [P in K]: true } {
  return Object.fromEntries(fields.map((field) => [field, true])) as { [P in K]: true };
}
