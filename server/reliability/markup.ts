// Text with markup that users might type (or paste) into titles, names and notes. It must be stored as typed and
// shown as text everywhere: never run, never turned into elements or attributes. Shared by the markup test here,
// the hostile-input test and the browser tests (import it from e2e/ as "../server/reliability/markup").

/** Each string is a complete attack on its own; together they cover elements, attributes, URLs and entities. */
export const MARKUP_STRINGS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  "</textarea></title><script>alert(document.cookie)</script>",
  '<a href="javascript:alert(1)">klick</a>',
  "<style>*{display:none}</style>",
  "&lt;b&gt;schon maskiert&lt;/b&gt; &amp; &#60;script&#62;",
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder typed as text is the point
  "${alert(1)}",
  "]]><!--<script>alert(1)</script>-->",
  '=HYPERLINK("http://evil.example","klick")',
] as const;

/** The three the issue names, for tests that only need the classic cases. */
export const CLASSIC_MARKUP = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
] as const;

/**
 * The elements and attributes in a rendered HTML fragment (e.g. renderToString of a component) that could run
 * script: <script>, <iframe>, <object>, <embed> elements, on…= event attributes and javascript: addresses. Text
 * that only shows such characters (`&lt;script&gt;`, or `onerror=` inside an attribute's escaped value) is not
 * counted. Meant for fragments: a whole Next.js page has its own <script> elements. In the browser, check instead
 * that no dialog opens and that the text shows as typed.
 */
export function liveMarkup(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const [tag, name = "", rest = ""] = match;
    // Attribute values as React writes them are quoted, with " inside them escaped: drop them before looking for
    // attribute names, so that text inside a value cannot look like an attribute.
    const names = rest.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/^(script|iframe|object|embed)$/i.test(name)) found.push(tag);
    else if (/\son[a-z]+\s*=/i.test(names)) found.push(tag);
    else if (/\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(rest)) found.push(tag);
  }
  return found;
}
