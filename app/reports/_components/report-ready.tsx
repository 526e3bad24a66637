"use client";
// Tells the PDF printer that the report is drawn. Ready means: no query is loading, the page has at least `charts`
// chart boxes and every one of them holds a drawn chart (each chart marks itself data-chart-drawn once its bars are
// in the document; app/_components/dashboard/dashboard-charts.tsx). Then it opens the charts' data tables, lets the
// browser lay them out, waits for the fonts those need, and sets <html data-report-ready>, which the printer waits
// for (server/export/pdf-print.ts). There is no timeout here: a chart that is never drawn keeps the page
// not ready, and the printer gives up with an error naming it (<html data-report-pending>), never a PDF with an
// empty box.
import { useIsFetching } from "@tanstack/react-query";
import { useEffect } from "react";

/** The charts not drawn yet, by their card's heading id (e.g. "by-status-title"), or a count if there are too few. */
function pendingCharts(charts: number): string[] {
  const boxes = [...document.querySelectorAll(".report .chart-box")];
  const missing = boxes
    .filter((box) => !box.querySelector("[data-chart-drawn]"))
    .map((box, index) => box.closest("section")?.getAttribute("aria-labelledby") ?? `chart ${index + 1}`);
  // For the 504's diagnosis (developers), never shown in the interface.
  if (boxes.length < charts) missing.push(`${charts - boxes.length} of ${charts} charts not on the page`); // i18n-exempt
  return missing;
}

export function ReportReady({ charts = 0 }: { charts?: number }) {
  const fetching = useIsFetching();
  useEffect(() => {
    const root = document.documentElement;
    delete root.dataset.reportReady;
    if (fetching > 0) {
      root.dataset.reportPending = "data";
      return;
    }
    let cancelled = false;
    let drawn = false;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const finish = async () => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>(".report details.chart-table")) {
        details.open = true;
      }
      // Two frames: the opened tables are laid out, so the fonts their text needs have started loading.
      await frame();
      await frame();
      await document.fonts.ready;
      if (cancelled) return;
      delete root.dataset.reportPending;
      root.dataset.reportReady = "ready";
    };
    const check = () => {
      if (drawn || cancelled) return;
      const pending = pendingCharts(charts);
      if (pending.length) {
        root.dataset.reportPending = pending.join(", ");
        return;
      }
      drawn = true;
      observer.disconnect();
      void finish();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.querySelector(".report") ?? document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-chart-drawn"],
    });
    check();
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [charts, fetching]);
  return null;
}
