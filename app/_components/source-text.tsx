/** A source citation; shown as a link when it is a web address. Text only, never markup. */
export function SourceText({ source }: { source: string | null }) {
  if (!source) return <>—</>;
  if (/^https?:\/\/\S+$/.test(source)) {
    return (
      <a href={source} rel="noreferrer noopener" target="_blank">
        {source}
      </a>
    );
  }
  return <>{source}</>;
}
