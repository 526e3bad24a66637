// One fact of a description list (a detail page's, a report's): its label and its value.
import type { ReactNode } from "react";

export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
