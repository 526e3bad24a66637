// The web pages draw 重庆 and 京都市 with the app's own Noto Sans SC on a machine that has no CJK font (this one, on
// purpose), at desktop and phone width: Chromium's own account of the fonts it drew a node's text with
// (DevTools' CSS.getPlatformFontsForNode), not just that the text is there.
import { expect, type Page, test } from "@playwright/test";

async function fontsDrawing(
  page: Page,
  text: string,
): Promise<{ familyName: string; postScriptName: string; isCustomFont: boolean; glyphCount: number }[]> {
  // The element whose own text holds `text`, marked so DevTools can find it.
  const marked = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.includes(wanted) && node.parentElement) {
        node.parentElement.dataset.fontProbe = wanted;
        return true;
      }
    }
    return false;
  }, text);
  expect(marked, `${text} on the page`).toBe(true);
  // The font's rules come after the first paint (app/_components/cjk-font.tsx); then its files for these characters.
  await page.waitForFunction(
    (wanted) =>
      [...document.fonts].some((face) => face.family.replaceAll('"', "") === "Noto Sans SC") &&
      document.fonts.check('16px "Noto Sans SC"', wanted),
    text,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", {
    nodeId: root.nodeId,
    selector: `[data-font-probe="${text}"]`,
  });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts;
}

for (const [name, width] of [
  ["desktop", 1280],
  ["phone", 390],
] as const) {
  test(`重庆 and 京都市 are drawn with the self-hosted Noto Sans SC (${name})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [query, text] of [
      ["Chongqing", "重庆"],
      ["Kyoto", "京都市"],
    ] as const) {
      await page.goto(`/agreements?q=${query}`);
      const fonts = await fontsDrawing(page, text);
      // The files name their family "Noto Sans SC Thin" (the subsets are cut from the variable font), PostScript
      // name NotoSansSCThin-Regular; the web font, not an installed one.
      const cjk = fonts.find((font) => font.postScriptName.startsWith("NotoSansSC") && font.isCustomFont);
      // Every one of its characters, with the web font: no other font drew any of them.
      expect(cjk?.glyphCount, JSON.stringify(fonts)).toBe([...text].length);
    }
  });
}
