// Where to go after signing in: only a path of this app. Anything else (another site, a scheme, `//host`, `/\\host`,
// control characters that browsers drop from URLs, e.g. "/\t/evil.example") goes to the dashboard instead.
const BASE = "http://app.invalid";

export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith("/")) return "/";
  // Browsers strip tab, CR and LF from URLs and treat "\" like "/": refuse them outright.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/";
  }
  // "/..//host" normalises to the path "//host", which a browser would read as another host.
  if (url.origin !== BASE || url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
