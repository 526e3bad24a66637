// A table's head: one row of column headers.
import type { ReactNode } from "react";

export function TableHead({ heads }: { heads: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {heads.map((head, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
          <th key={index} scope="col">
            {head}
          </th>
        ))}
      </tr>
    </thead>
  );
}
