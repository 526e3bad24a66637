"use client";
// The dashboard's charts, kept out of the first load (issue 6: first-load JS ≤ 250 KB gzip; Recharts alone is about
// 105 KB gzip). The drawings are client-only anyway (Recharts 3 does not render on the server), and they sit below
// the figures and lists: each chart is mounted when its box comes near the viewport, and the chart module is
// fetched then (one chunk for all five). Until then the box keeps its fixed height (.chart-box), so nothing
// shifts. The same data is always there as the ChartCard's table, rendered on the server.
// A print page is printed as a whole and never scrolled: inside <DrawAllCharts> every chart is mounted at once.
import dynamic from "next/dynamic";
import { createContext, type ReactNode, startTransition, useContext, useEffect, useRef, useState } from "react";

export const StatusChart = dynamic(() => import("./dashboard-charts").then((mod) => mod.StatusChart), {
  ssr: false,
});
export const AreaStatusChart = dynamic(() => import("./dashboard-charts").then((mod) => mod.AreaStatusChart), {
  ssr: false,
});
export const DecadeChart = dynamic(() => import("./dashboard-charts").then((mod) => mod.DecadeChart), {
  ssr: false,
});
export const ContinentChart = dynamic(() => import("./dashboard-charts").then((mod) => mod.ContinentChart), {
  ssr: false,
});
export const MilestoneChart = dynamic(() => import("./dashboard-charts").then((mod) => mod.MilestoneChart), {
  ssr: false,
});

/** How far below the viewport a chart starts loading, so it is usually drawn before it is scrolled into view. */
const ROOT_MARGIN = "100px 0px";

// Each chart is mounted when its own box comes near the viewport (or is found already scrolled past when the page
// opens, e.g. at #quiet), so the rendering work is spread out as the user scrolls: mounting all five at once made
// one long task that Lighthouse counted as blocking time. A chart jumped past (End key) is drawn when scrolled back
// to; its data is in the table below it all the time.

const DrawAllContext = createContext(false);

/** Every chart inside is mounted at once, wherever it is on the page (the report pages that are printed to PDF). */
export function DrawAllCharts({ children }: { children: ReactNode }) {
  return <DrawAllContext value={true}>{children}</DrawAllContext>;
}

/** Renders its children only once its box is in or near the viewport (then for good), or at once in DrawAllCharts. */
export function WhenNearViewport({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(useContext(DrawAllContext));
  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
    // A transition: the chart renders at a lower priority than input.
    const show = () => startTransition(() => setNear(true));
    if (typeof IntersectionObserver === "undefined") {
      show();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting || entry.boundingClientRect.bottom < 0)) show();
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={box} style={{ width: "100%", height: "100%" }}>
      {near ? children : null}
    </div>
  );
}
