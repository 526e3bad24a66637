// The dashboard's front-end benchmark (issue 6): first-load JavaScript and Lighthouse, against a running production
// server (`npm run demo` / `npm start`). Used by bench/run.ts; also a CLI for a quick look:
//
//   npx tsx bench/frontend.ts --url http://127.0.0.1:3610 --cookie 'partnerschaften.session_token=…'
//   npx tsx bench/frontend.ts --url http://127.0.0.1:3610 --email admin@stadt-koeln.example --password …
//     [--path /] [--runs 3] [--presets mobile,desktop] [--no-lighthouse] [--json] [--report-dir DIR]
//
// Targets (issue 6) for the dashboard (`/`): first-load JS ≤ 250 KB gzip; Lighthouse performance ≥ 90 and
// accessibility 100 with Debian's Chromium, signed in. KB here are 1,000 bytes (the stricter reading of the target).

import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { median } from "./measure";

export const FRONTEND_TARGETS = { firstLoadJsGzipKB: 250, performance: 90, accessibility: 100 } as const;

const KB = 1000;
const round1 = (value: number) => Math.round(value * 10) / 10;

// ── HTTP with the bytes as sent ───────────────────────────────────────────────────────────────────────────────────

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body exactly as it came over the wire (still compressed if the server compressed it). */
  wire: Buffer;
}

/** A GET that keeps the body as transferred (Node's fetch would decompress it and hide the size on the wire). */
function getRaw(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(target, { method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, wire: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${url}: no answer within 30 s`)));
    req.on("error", reject);
    req.end();
  });
}

function decode(response: RawResponse): Buffer {
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return gunzipSync(response.wire);
  if (encoding === "br") return brotliDecompressSync(response.wire);
  if (encoding === "deflate") return inflateSync(response.wire);
  return response.wire;
}

const gzip6 = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

// ── First-load JavaScript ─────────────────────────────────────────────────────────────────────────────────────────

export interface ScriptAsset {
  url: string;
  /**
   * How it was referenced: a <script src>, a <link rel=modulepreload> or a <link rel=preload as=script>; "nomodule"
   * is a <script nomodule src> (legacy polyfills), which browsers with ES modules never download.
   */
  via: "script" | "modulepreload" | "preload" | "nomodule";
  rawBytes: number;
  /** Bytes on the wire with `Accept-Encoding: gzip` (or zlib level 6 of the raw bytes if the server sent it plain). */
  gzipBytes: number;
  /** The Content-Encoding the server answered with ("identity" when none). */
  encoding: string;
}

export interface FirstLoadJs {
  url: string;
  /** Number of distinct script files of the first load (without the nomodule ones). */
  files: number;
  /** Sum of the files' transferred bytes (gzip), without the nomodule ones. The target applies to this. */
  gzipBytes: number;
  gzipKB: number;
  rawBytes: number;
  rawKB: number;
  /** "server" if the server gzipped every file; otherwise the plain files were gzipped here with zlib level 6. */
  gzipSource: "server" | "zlib-level-6" | "mixed";
  note?: string;
  /**
   * <script nomodule> files (Next.js's legacy polyfills): only browsers without ES modules load them, so they are
   * listed here and not counted in gzipBytes/rawBytes/files.
   */
  noModule: { files: number; gzipBytes: number; rawBytes: number };
  /** Inline <script> elements in the HTML (mostly the RSC flight data, self.__next_f.push(…)); not in gzipBytes. */
  inlineScripts: { count: number; rawBytes: number; gzipBytes: number };
  /** The HTML document itself (which carries the inline scripts). */
  html: { rawBytes: number; transferBytes: number; encoding: string };
  target: { maxGzipKB: number; met: boolean };
  assets: ScriptAsset[];
}

const attr = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const value = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  return value
    ?.replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
};

/** The scripts a page's HTML loads (src, modulepreload, preload as=script) and its inline scripts. */
export function scriptsOf(html: string): {
  external: { src: string; via: ScriptAsset["via"] }[];
  inline: string[];
} {
  const external: { src: string; via: ScriptAsset["via"] }[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = match[1] ?? "";
    const src = attr(` ${attrs}`, "src");
    if (src) external.push({ src, via: /\snomodule(?:[\s=>]|$)/i.test(` ${attrs}`) ? "nomodule" : "script" });
    else if (!/\stype\s*=\s*["']?application\/(ld\+)?json/i.test(` ${attrs}`)) inline.push(match[2] ?? "");
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel.includes("modulepreload")) external.push({ src: href, via: "modulepreload" });
    else if (rel.includes("preload") && (attr(tag, "as") ?? "").toLowerCase() === "script")
      external.push({ src: href, via: "preload" });
  }
  return { external, inline };
}

function assertSignedIn(pageUrl: string, response: RawResponse): void {
  const location = response.headers.location;
  if (response.status >= 300 && response.status < 400) {
    const target = location ? new URL(location, pageUrl) : undefined;
    throw new Error(
      target?.pathname.startsWith("/sign-in")
        ? `${pageUrl} redirected to ${target.pathname}${target.search}: the cookie is not a valid session`
        : `${pageUrl} answered ${response.status} (redirect to ${location ?? "?"})`,
    );
  }
  if (response.status !== 200) throw new Error(`${pageUrl} answered ${response.status}`);
}

/**
 * Fetches the page's HTML with the session cookie, then every script of its first load with `Accept-Encoding: gzip`,
 * and sums the bytes. Fails if the page is not served (e.g. redirected to /sign-in).
 */
export async function measureFirstLoadJs(baseUrl: string, cookie: string, path = "/"): Promise<FirstLoadJs> {
  const pageUrl = new URL(path, baseUrl).href;
  const page = await getRaw(pageUrl, { cookie, accept: "text/html", "accept-encoding": "gzip" });
  assertSignedIn(pageUrl, page);
  const htmlBuffer = decode(page);
  const html = htmlBuffer.toString("utf8");
  const { external, inline } = scriptsOf(html);

  const seen = new Map<string, ScriptAsset["via"]>();
  for (const { src, via } of external) {
    const url = new URL(src, pageUrl).href;
    if (!seen.has(url) || via === "script") seen.set(url, via);
  }
  const assets = await Promise.all(
    [...seen].map(async ([url, via]): Promise<ScriptAsset> => {
      const response = await getRaw(url, { cookie, "accept-encoding": "gzip" });
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
      const raw = decode(response);
      const gzipBytes = encoding === "gzip" || encoding === "x-gzip" ? response.wire.length : gzip6(raw);
      return { url, via, rawBytes: raw.length, gzipBytes, encoding };
    }),
  );
  assets.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const noModule = assets.filter((asset) => asset.via === "nomodule");
  const firstLoad = assets.filter((asset) => asset.via !== "nomodule");

  const serverGzipped = assets.filter((asset) => asset.encoding === "gzip" || asset.encoding === "x-gzip").length;
  const gzipSource = serverGzipped === assets.length ? "server" : serverGzipped === 0 ? "zlib-level-6" : "mixed";
  const uncompressedBytes = assets
    .filter((asset) => asset.encoding !== "gzip" && asset.encoding !== "x-gzip")
    .reduce((sum, asset) => sum + asset.rawBytes, 0);
  const gzipBytes = firstLoad.reduce((sum, asset) => sum + asset.gzipBytes, 0);
  const rawBytes = firstLoad.reduce((sum, asset) => sum + asset.rawBytes, 0);
  const inlineText = inline.join("\n");
  return {
    url: pageUrl,
    files: firstLoad.length,
    gzipBytes,
    gzipKB: round1(gzipBytes / KB),
    rawBytes,
    rawKB: round1(rawBytes / KB),
    gzipSource,
    ...(gzipSource === "server"
      ? {}
      : {
          note:
            gzipSource === "mixed"
              ? `the server sent ${assets.length - serverGzipped} of ${assets.length} scripts uncompressed (${uncompressedBytes} bytes; e.g. below its compression threshold); those were gzipped here with zlib level 6`
              : "the server sent the scripts uncompressed; their sizes were gzipped here with zlib level 6",
        }),
    noModule: {
      files: noModule.length,
      gzipBytes: noModule.reduce((sum, asset) => sum + asset.gzipBytes, 0),
      rawBytes: noModule.reduce((sum, asset) => sum + asset.rawBytes, 0),
    },
    inlineScripts: {
      count: inline.length,
      rawBytes: Buffer.byteLength(inlineText),
      gzipBytes: inline.length ? gzip6(inlineText) : 0,
    },
    html: {
      rawBytes: htmlBuffer.length,
      transferBytes: page.wire.length,
      encoding: String(page.headers["content-encoding"] ?? "identity"),
    },
    target: {
      maxGzipKB: FRONTEND_TARGETS.firstLoadJsGzipKB,
      met: gzipBytes <= FRONTEND_TARGETS.firstLoadJsGzipKB * KB,
    },
    assets,
  };
}

// ── Lighthouse ────────────────────────────────────────────────────────────────────────────────────────────────────

export type LighthousePreset = "mobile" | "desktop";

export interface LighthouseOptions {
  /** Runs per preset; the performance score (and each metric) is the median over them. Default 3. */
  runs?: number;
  /** Which presets to run. Default both: Lighthouse's default (mobile, simulated throttling) and desktop. */
  presets?: LighthousePreset[];
  /** Default /usr/bin/chromium (or CHROMIUM_PATH). */
  chromePath?: string;
  /** Progress lines (e.g. console.error); default silent. */
  log?: (line: string) => void;
  /** If set, each run's full Lighthouse result is written there as <preset>-<run>.json (for diagnosis). */
  reportDir?: string;
}

export interface LighthouseMetrics {
  /** Milliseconds. */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  /** Unitless. */
  cls: number;
}

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  metrics: LighthouseMetrics;
  failingAccessibilityAudits: string[];
  finalUrl: string;
  runWarnings: string[];
}

export interface LighthousePresetResult {
  preset: LighthousePreset;
  runs: number;
  /** Median over the runs, 0–100. */
  performance: number;
  /** Median over the runs, 0–100. */
  accessibility: number;
  /** Each metric's median over the runs. */
  metrics: LighthouseMetrics;
  /** Ids of accessibility audits that failed in any run. */
  failingAccessibilityAudits: string[];
  meetsTarget: { performance: boolean; accessibility: boolean; both: boolean };
  perRun: LighthouseRun[];
}

export interface LighthouseResult {
  url: string;
  targets: { performance: number; accessibility: number };
  mobile?: LighthousePresetResult;
  desktop?: LighthousePresetResult;
  /** The presets whose medians met both targets. */
  metBy: LighthousePreset[];
}

export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"] as const;

/**
 * Lighthouse 12 (performance + accessibility) on `url` with the session cookie sent as a request header, N runs per
 * preset, each in a fresh headless Chromium. Fails if a run ends on /sign-in (the cookie did not sign in) or errors.
 */
/** Lighthouse's errors for a trace it could not record, which it says to answer by running again. */
const TRANSIENT_LIGHTHOUSE_ERRORS = new Set(["NO_NAVSTART", "NO_TRACING_STARTED", "NO_DCL", "NO_RESOURCE_REQUEST"]);

export async function runLighthouse(
  url: string,
  cookie: string,
  options: LighthouseOptions = {},
): Promise<LighthouseResult> {
  const runs = Math.max(1, Math.floor(options.runs ?? 3));
  const presets = options.presets ?? ["mobile", "desktop"];
  const chromePath = options.chromePath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const log = options.log ?? (() => {});
  if (!existsSync(chromePath)) {
    throw new Error(`No Chromium at ${chromePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  // Loaded here, so that importing this module for measureFirstLoadJs alone stays cheap.
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");

  const result: LighthouseResult = {
    url,
    targets: { performance: FRONTEND_TARGETS.performance, accessibility: FRONTEND_TARGETS.accessibility },
    metBy: [],
  };
  for (const preset of presets) {
    const perRun: LighthouseRun[] = [];
    for (let index = 0, attempt = 1; index < runs; attempt++) {
      const chrome = await launch({ chromePath, chromeFlags: [...CHROME_FLAGS], logLevel: "error" });
      try {
        const outcome = await lighthouse(
          url,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility"],
            extraHeaders: { Cookie: cookie },
          },
          preset === "desktop" ? desktopConfig : undefined,
        );
        if (!outcome) throw new Error("Lighthouse returned no result");
        const lhr = outcome.lhr;
        if (options.reportDir) {
          await mkdir(options.reportDir, { recursive: true });
          await writeFile(join(options.reportDir, `${preset}-${index + 1}.json`), JSON.stringify(lhr));
        }
        if (lhr.runtimeError) {
          const { code, message } = lhr.runtimeError;
          // Lighthouse's own advice for a trace it failed to record ("Please run Lighthouse again"): the run is
          // repeated, at most twice; its result is never used.
          if (TRANSIENT_LIGHTHOUSE_ERRORS.has(code) && attempt < 3) {
            log(`lighthouse ${preset} run ${index + 1}/${runs}: ${code}, run again`);
            continue;
          }
          throw new Error(`Lighthouse: ${code}: ${message}`);
        }
        const finalUrl = lhr.finalDisplayedUrl;
        if (new URL(finalUrl).pathname.startsWith("/sign-in")) {
          throw new Error(`Lighthouse ended on ${finalUrl}: the cookie did not sign in, the page was not measured`);
        }
        const score = (id: string) => {
          const value = lhr.categories[id]?.score;
          if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${id} score`);
          return Math.round(value * 100);
        };
        const numeric = (id: string) => {
          const value = lhr.audits[id]?.numericValue;
          if (value === undefined) throw new Error(`Lighthouse gave no value for ${id}`);
          return value;
        };
        const failing = (lhr.categories.accessibility?.auditRefs ?? [])
          .filter((ref) => {
            const audit = lhr.audits[ref.id];
            return audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative";
          })
          .map((ref) => ref.id);
        const run: LighthouseRun = {
          performance: score("performance"),
          accessibility: score("accessibility"),
          metrics: {
            fcpMs: Math.round(numeric("first-contentful-paint")),
            lcpMs: Math.round(numeric("largest-contentful-paint")),
            tbtMs: Math.round(numeric("total-blocking-time")),
            speedIndexMs: Math.round(numeric("speed-index")),
            cls: Math.round(numeric("cumulative-layout-shift") * 1000) / 1000,
          },
          failingAccessibilityAudits: failing,
          finalUrl,
          runWarnings: lhr.runWarnings,
        };
        perRun.push(run);
        log(`lighthouse ${preset} run ${index + 1}/${runs}: performance ${run.performance}, a11y ${run.accessibility}`);
        index++;
        attempt = 0;
      } finally {
        chrome.kill();
      }
    }
    const performance = median(perRun.map((run) => run.performance));
    const accessibility = median(perRun.map((run) => run.accessibility));
    const metric = (key: keyof LighthouseMetrics) => median(perRun.map((run) => run.metrics[key]));
    const meets = {
      performance: performance >= FRONTEND_TARGETS.performance,
      accessibility: accessibility >= FRONTEND_TARGETS.accessibility,
    };
    result[preset] = {
      preset,
      runs,
      performance,
      accessibility,
      metrics: {
        fcpMs: metric("fcpMs"),
        lcpMs: metric("lcpMs"),
        tbtMs: metric("tbtMs"),
        speedIndexMs: metric("speedIndexMs"),
        cls: metric("cls"),
      },
      failingAccessibilityAudits: [...new Set(perRun.flatMap((run) => run.failingAccessibilityAudits))].sort(),
      meetsTarget: { ...meets, both: meets.performance && meets.accessibility },
      perRun,
    };
    if (meets.performance && meets.accessibility) result.metBy.push(preset);
  }
  return result;
}

// ── Signing in (for the CLI and bench/run.ts) ─────────────────────────────────────────────────────────────────────

/** Signs in with email and password and returns the Cookie header value of the new session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const origin = new URL(baseUrl).origin;
  const response = await fetch(new URL("/api/auth/sign-in/email", origin), {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password }),
    redirect: "manual",
  });
  if (!response.ok) throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
  const cookie = cookies.filter((pair) => pair.includes("=") && !pair.endsWith("=")).join("; ");
  if (!cookie) throw new Error(`sign-in as ${email} set no cookie`);
  return cookie;
}

// ── CLI ───────────────────────────────────────────────────────────────────────────────────────────────────────────

function printFirstLoad(result: FirstLoadJs): void {
  const mark = result.target.met ? "meets" : "MISSES";
  console.log(`First-load JS of ${result.url}: ${result.gzipKB} KB gzip (${mark} ≤ ${result.target.maxGzipKB} KB)`);
  console.log(`  ${result.files} files, ${result.rawKB} KB raw, gzip from: ${result.gzipSource}`);
  if (result.note) console.log(`  note: ${result.note}`);
  if (result.noModule.files)
    console.log(
      `  not counted: ${result.noModule.files} nomodule script(s) (legacy polyfills, not loaded by modern browsers), ${round1(result.noModule.gzipBytes / KB)} KB gzip`,
    );
  console.log(
    `  inline scripts (RSC flight data): ${result.inlineScripts.count}, ${round1(result.inlineScripts.rawBytes / KB)} KB raw, ${round1(result.inlineScripts.gzipBytes / KB)} KB gzip`,
  );
  console.log(
    `  HTML: ${round1(result.html.rawBytes / KB)} KB raw, ${round1(result.html.transferBytes / KB)} KB transferred (${result.html.encoding})`,
  );
  for (const asset of result.assets) {
    console.log(
      `    ${String(round1(asset.gzipBytes / KB)).padStart(7)} KB gzip ${String(round1(asset.rawBytes / KB)).padStart(7)} KB raw  ${new URL(asset.url).pathname}${asset.via === "script" ? "" : ` (${asset.via}${asset.via === "nomodule" ? ", not counted" : ""})`}`,
    );
  }
}

function printLighthouse(result: LighthouseResult): void {
  console.log(`Lighthouse of ${result.url} (targets: performance ≥ ${result.targets.performance}, accessibility 100)`);
  for (const preset of ["mobile", "desktop"] as const) {
    const r = result[preset];
    if (!r) continue;
    const m = r.metrics;
    console.log(
      `  ${preset.padEnd(7)} performance ${r.performance} (runs: ${r.perRun.map((run) => run.performance).join(", ")}), accessibility ${r.accessibility}${r.meetsTarget.both ? "  ✓ target met" : "  ✗ target missed"}`,
    );
    console.log(
      `          FCP ${m.fcpMs} ms, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, CLS ${m.cls}, Speed Index ${m.speedIndexMs} ms`,
    );
    if (r.failingAccessibilityAudits.length)
      console.log(`          failing accessibility audits: ${r.failingAccessibilityAudits.join(", ")}`);
  }
  console.log(`  met by: ${result.metBy.length ? result.metBy.join(", ") : "none"}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      cookie: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      path: { type: "string", default: "/" },
      runs: { type: "string", default: "3" },
      presets: { type: "string", default: "mobile,desktop" },
      "report-dir": { type: "string" },
      "no-lighthouse": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  });
  if (!values.url) throw new Error("--url http://127.0.0.1:PORT is required");
  let cookie = values.cookie;
  if (!cookie && values.email && values.password) cookie = await signIn(values.url, values.email, values.password);
  if (!cookie) throw new Error("--cookie '…' (or --email and --password) is required");
  const firstLoad = await measureFirstLoadJs(values.url, cookie, values.path);
  if (!values.json) printFirstLoad(firstLoad);
  let lighthouse: LighthouseResult | undefined;
  if (!values["no-lighthouse"]) {
    const presets = values.presets.split(",").map((preset) => preset.trim());
    for (const preset of presets) {
      if (preset !== "mobile" && preset !== "desktop") throw new Error(`unknown preset ${preset}`);
    }
    lighthouse = await runLighthouse(new URL(values.path, values.url).href, cookie, {
      runs: Number(values.runs),
      presets: presets as LighthousePreset[],
      log: (line) => console.error(line),
      ...(values["report-dir"] ? { reportDir: values["report-dir"] } : {}),
    });
    if (!values.json) printLighthouse(lighthouse);
  }
  if (values.json) console.log(JSON.stringify({ firstLoad, lighthouse }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
