"use client";
// Tells the PDF printer that the report is drawn: once no query is loading any more, every chart (Recharts draws
// after it has measured its box) has its SVG and the fonts are loaded, it opens the charts' data tables and sets
// <html data-report-ready>. The printer waits for that attribute; after 10 s it is set anyway ("incomplete"), so a
// broken chart cannot stall it.
import { useIsFetching } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

const GIVE_UP_AFTER_MS = 10_000;

export function ReportReady({ charts = 0 }: { charts?: number }) {
  const fetching = useIsFetching();
  const mounted = useRef(0);
  useEffect(() => {
    mounted.current ||= Date.now();
    const started = mounted.current;
    const root = document.documentElement;
    delete root.dataset.reportReady;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const check = () => {
      if (cancelled) return;
      const boxes = [...document.querySelectorAll(".report .chart-box")];
      const drawn = boxes.filter((box) => box.querySelector("svg.recharts-surface")).length;
      const complete = fetching === 0 && boxes.length >= charts && drawn === boxes.length;
      if (!complete && Date.now() - started < GIVE_UP_AFTER_MS) {
        timer = setTimeout(check, 50);
        return;
      }
      for (const details of document.querySelectorAll<HTMLDetailsElement>(".report details.chart-table")) {
        details.open = true;
      }
      void document.fonts.ready.then(() =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (!cancelled) root.dataset.reportReady = complete ? "ready" : "incomplete";
          }),
        ),
      );
    };
    check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [charts, fetching]);
  return null;
}
