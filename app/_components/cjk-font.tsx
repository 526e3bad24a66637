"use client";
// Loads the @font-face rules of the self-hosted Noto Sans SC (app/_components/cjk-font-faces.ts) once the page is up,
// not in its first stylesheet: they are ~100 KB (35 KB gzip), which would hold back every page's first paint, and a
// page needs them only where it shows characters the reader's system fonts lack (重庆 on a machine without a CJK
// font). The browser then fetches only the font files for the characters on the page. The report pages load them
// at once (app/reports/layout.tsx): a PDF must not be printed before its fonts are there.
import { useEffect } from "react";

export function CjkFont() {
  useEffect(() => {
    // Not where the page brought the rules itself (the report pages): a second set of the same faces would load
    // again, perhaps while the page is being printed.
    if ([...document.fonts].some((face) => face.family.replaceAll('"', "") === "Noto Sans SC")) return;
    void import("./cjk-font-faces");
  }, []);
  return null;
}
