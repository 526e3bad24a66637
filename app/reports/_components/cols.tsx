// Column widths of a report table (percentages): tables are laid out fixed, so long names wrap inside their column
// instead of squeezing the others or widening the table beyond the page.
export function Cols({ widths }: { widths: readonly number[] }) {
  return (
    <colgroup>
      {widths.map((width, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
        <col key={index} style={{ width: `${width}%` }} />
      ))}
    </colgroup>
  );
}
