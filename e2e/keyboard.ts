// Keyboard moves for the browser tests: real key presses, so what a test reaches this way a keyboard user reaches.
import type { Locator, Page } from "@playwright/test";

/**
 * Moves the keyboard focus to `target` as a user would: Tab if it comes later in the page than the focused element,
 * Shift+Tab if earlier, one press at a time; fails if it is not reached (not reachable by keyboard).
 */
export async function tabTo(page: Page, target: Locator, max = 200) {
  await target.waitFor();
  for (let presses = 0; presses < max; presses++) {
    const where = await target.evaluate((element) => {
      const active = document.activeElement;
      if (active === element) return "here";
      if (!active || active === document.body) return "later";
      return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING ? "later" : "earlier";
    });
    if (where === "here") return;
    await page.keyboard.press(where === "later" ? "Tab" : "Shift+Tab");
  }
  throw new Error(`${target} was not reached by Tab or Shift+Tab in ${max} presses`);
}
