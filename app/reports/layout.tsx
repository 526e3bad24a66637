// The print pages of the PDF reports (server/export/pdf-kinds.ts prints them in headless Chromium as the
// requesting user). The root layout still draws the site header; report.css hides it, and everything else that is
// not for paper, in print media. The reports are set in self-hosted fonts, so a PDF looks the same whichever
// machine prints it and shows 重庆 without a CJK font installed there: Noto Sans (Latin, Cyrillic, Greek) and, for
// what it lacks, Noto Sans SC (all of the package's 400.css and 700.css: its per-subset files such as latin-700.css
// have no unicode-range, and a bold 重 would find no face). Loaded with the page, not later as on the other pages
// (app/_components/cjk-font.tsx): the printer waits for the fonts the page has asked for.
// Noto Sans SC alone would not do for Latin text: its quotation marks, dashes and ellipsis are full-width.
import type { ReactNode } from "react";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "./report.css";

export default function ReportsLayout({ children }: { children: ReactNode }) {
  return children;
}
