// What the import walkthroughs share: axe at each step, the step's pictures at desktop and phone width, and an
// export read back as cells the test's own XLSX writer writes again (not the app's writer).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { readXlsx, serialToDate } from "../server/export/test-readers";
import type { WriterCell } from "../server/test/xlsx-writer";
import { ORIGIN } from "./auth";

export async function axeClean(page: Page, step: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    result.violations.map((violation) => `${step}: ${violation.id} ${violation.nodes.map((n) => n.target).join(", ")}`),
  ).toEqual([]);
}

/** The step as the user sees it, at desktop and phone width (test-results/…/<name>-1366.png, -390.png). */
export async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
    // Nothing wider than the window: wide tables scroll inside their own box.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `${name} at ${width} px`,
    ).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** An XLSX export of the app (its path and query), its first sheet's rows as cells for the test's own writer. */
export async function exportedCells(page: Page, path: string) {
  const response = await page.request.get(`${ORIGIN}${path}`);
  expect(response.status()).toBe(200);
  const sheet = readXlsx(new Uint8Array(await response.body())).sheets[0];
  if (!sheet) throw new Error("no sheet");
  const header = (sheet.rows[0] ?? []).map((cell) => String(cell?.value ?? ""));
  const rows: WriterCell[][] = sheet.rows.map((row) =>
    header.map((_, index) => {
      const cell = row[index];
      if (!cell || cell.value === null || cell.value === "") return null;
      if (typeof cell.value === "number" && cell.numFmt && /y/.test(cell.numFmt))
        return { day: serialToDate(cell.value) };
      return cell.value as string | number | boolean;
    }),
  );
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`no column ${name} in ${header.join(" | ")}`);
    return index;
  };
  return { header, rows, col };
}
