// The front-end figures of a benchmark run (bench/run.ts): the dashboard's and the map's first-load JavaScript and the
// dashboard's Lighthouse scores, measured by bench/frontend.ts against the running production server, as table rows.
import { FRONTEND_TARGETS, measureFirstLoadJs, runLighthouse } from "./frontend";
import type { Row } from "./run";

export async function frontendRows(
  origin: string,
  cookie: string,
  options: { lighthouse: boolean; log: (line: string) => void },
): Promise<{ rows: Row[]; raw: unknown }> {
  const { log } = options;
  log("Measuring: dashboard first-load JavaScript");
  const js = await measureFirstLoadJs(origin, cookie, "/");
  const rows: Row[] = [
    {
      figure: `Dashboard first-load JavaScript (${js.files} files, gzip${js.gzipSource === "server" ? "" : `: ${js.gzipSource}`})`,
      unit: "KB",
      ours: js.gzipKB,
      floor: null,
      ratio: null,
      target: `≤ ${FRONTEND_TARGETS.firstLoadJsGzipKB} KB`,
      met: js.gzipKB <= FRONTEND_TARGETS.firstLoadJsGzipKB,
      note: `raw ${js.rawKB.toFixed(0)} KB; inline flight data ${(js.inlineScripts.gzipBytes / 1024).toFixed(1)} KB gzip`,
    },
  ];
  // The partner map (issue 21): drawn on the server, only its tooltip and the filter panel run in the browser.
  log("Measuring: map (/map) first-load JavaScript");
  const mapJs = await measureFirstLoadJs(origin, cookie, "/map");
  rows.push({
    figure: `Map (/map) first-load JavaScript (${mapJs.files} files, gzip${mapJs.gzipSource === "server" ? "" : `: ${mapJs.gzipSource}`})`,
    unit: "KB",
    ours: mapJs.gzipKB,
    floor: null,
    ratio: null,
    target: `≤ ${FRONTEND_TARGETS.firstLoadJsGzipKB} KB`,
    met: mapJs.gzipKB <= FRONTEND_TARGETS.firstLoadJsGzipKB,
    note: `raw ${mapJs.rawKB.toFixed(0)} KB; inline flight data ${(mapJs.inlineScripts.gzipBytes / 1024).toFixed(1)} KB gzip`,
  });
  // The timeline (issue 21): its chart is drawn into the HTML on the server and taken over in the browser from the
  // page's lines, sent once as data (the table alternative is built from them when opened).
  log("Measuring: timeline first-load JavaScript and HTML");
  const timeline = await measureFirstLoadJs(origin, cookie, "/timeline");
  rows.push({
    figure: `Timeline first-load JavaScript (${timeline.files} files, gzip${timeline.gzipSource === "server" ? "" : `: ${timeline.gzipSource}`})`,
    unit: "KB",
    ours: timeline.gzipKB,
    floor: null,
    ratio: null,
    target: `≤ ${FRONTEND_TARGETS.firstLoadJsGzipKB} KB`,
    met: timeline.gzipKB <= FRONTEND_TARGETS.firstLoadJsGzipKB,
    note: `HTML ${(timeline.html.rawBytes / 1000).toFixed(0)} KB (${(timeline.html.transferBytes / 1000).toFixed(0)} KB ${timeline.html.encoding}); inline flight data ${(timeline.inlineScripts.gzipBytes / 1024).toFixed(1)} KB gzip`,
  });
  if (!options.lighthouse) {
    return { rows, raw: { firstLoadJs: js, mapFirstLoadJs: mapJs, timelineFirstLoadJs: timeline } };
  }

  // The dashboard, the map and the timeline (issue 21), 3 runs of each preset: one run of the timeline on a phone
  // ranged from 70 to 91 on this shared machine, so a single run says little.
  const pages = [
    { path: "/", name: "dashboard", runs: 3 },
    { path: "/map", name: "map", runs: 3 },
    { path: "/timeline", name: "timeline", runs: 3 },
  ] as const;
  const lighthouseOf: Record<string, Awaited<ReturnType<typeof runLighthouse>>> = {};
  for (const page of pages) {
    log(`Measuring: Lighthouse of ${page.path} (mobile and desktop, ${page.runs} run(s) each, Debian's Chromium)`);
    const lighthouse = await runLighthouse(`${origin}${page.path}`, cookie, {
      runs: page.runs,
      log: (line) => log(`  ${line}`),
    });
    lighthouseOf[page.name] = lighthouse;
    for (const result of [lighthouse.mobile, lighthouse.desktop]) {
      if (!result) continue;
      const name = result.preset === "mobile" ? "mobile, simulated throttling" : "desktop preset";
      rows.push(
        {
          figure: `Lighthouse performance, ${page.name} (${name}; median of ${result.runs})`,
          unit: "score",
          ours: result.performance,
          floor: null,
          ratio: null,
          target: `≥ ${FRONTEND_TARGETS.performance}`,
          met: result.meetsTarget.performance,
          note: `LCP ${result.metrics.lcpMs.toFixed(0)} ms, TBT ${result.metrics.tbtMs.toFixed(0)} ms, CLS ${result.metrics.cls.toFixed(3)}`,
        },
        {
          figure: `Lighthouse accessibility, ${page.name} (${name})`,
          unit: "score",
          ours: result.accessibility,
          floor: null,
          ratio: null,
          target: `= ${FRONTEND_TARGETS.accessibility}`,
          met: result.meetsTarget.accessibility,
          note: result.failingAccessibilityAudits.length
            ? `failing: ${result.failingAccessibilityAudits.join(", ")}`
            : undefined,
        },
      );
    }
  }
  const lighthouse = lighthouseOf.dashboard;
  return {
    rows,
    raw: { firstLoadJs: js, mapFirstLoadJs: mapJs, timelineFirstLoadJs: timeline, lighthouse, lighthouseOf },
  };
}
