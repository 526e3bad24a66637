// A commitment's Cologne-side owner in one line, for lists, exports and reports: the person and the unit beside
// it ("Anna Beispiel (Amt für Internationales)"), one of them, or null where the source names nobody. An erased
// person shows as their erasure marker, as everywhere else.
export function cologneOwnerText(commitment: {
  ownerCologne: string | null;
  ownerPerson: { name: string } | null;
}): string | null {
  const person = commitment.ownerPerson?.name ?? null;
  const unit = commitment.ownerCologne;
  if (person && unit) return `${person} (${unit})`;
  return person ?? unit ?? null;
}
