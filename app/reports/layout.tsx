// The print pages of the PDF reports (server/services/export/pdf-kinds.ts prints them in headless Chromium as the
// requesting user). The root layout still draws the site header; report.css hides it, and everything else that is
// not for paper, in print media.
import type { ReactNode } from "react";
import "./report.css";

export default function ReportsLayout({ children }: { children: ReactNode }) {
  return children;
}
