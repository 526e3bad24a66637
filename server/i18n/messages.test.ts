// The one catalogue: every message is valid ICU MessageFormat, English has the same keys and arguments as German, and
// counts read as the languages say them (no "1 results", no "10000 Treffer").
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { fmt, formatNumber } from "./format";
import { LOCALES } from "./locales";
import { messagesFor } from "./messages";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue section as [dotted key, text]. */
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The names of a message's arguments ({name}, {count, plural, …}), sorted. */
function argumentsOf(text: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (node.type !== 0 && node.type !== 7 && typeof node.value === "string") names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, "en", undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

describe("message catalogue", () => {
  const de = new Map(leaves(messagesFor("de") as unknown as Tree));
  const en = new Map(leaves(messagesFor("en") as unknown as Tree));

  it("has every German key in English and no other, each text not empty", () => {
    expect([...en.keys()].sort()).toEqual([...de.keys()].sort());
    for (const [key, text] of [...de, ...en]) expect(text.trim(), key).not.toBe("");
  });

  it("parses every message as ICU, with the same arguments in both languages", () => {
    for (const [key, text] of de) {
      expect(() => argumentsOf(text), key).not.toThrow();
      expect(argumentsOf(en.get(key) ?? ""), key).toEqual(argumentsOf(text));
    }
  });

  it("says counts as each language does: plurals by ICU, numbers grouped", () => {
    const results = (count: number, locale: "de" | "en") => fmt(messagesFor(locale).common.results, { count }, locale);
    expect(results(1, "en")).toBe("1 result");
    expect(results(2, "en")).toBe("2 results");
    expect(results(10_000, "en")).toBe("10,000 results");
    expect(results(1, "de")).toBe("1 Treffer");
    expect(results(10_000, "de")).toBe("10.000 Treffer");
    expect(fmt(messagesFor("de").common.resultsMore, { count: 1250 }, "de")).toBe("Mehr als 1.250 Treffer");
    expect(fmt(messagesFor("en").report.agreementCount, { count: 1 }, "en")).toBe("1 agreement");
    expect(fmt(messagesFor("de").report.agreementCount, { count: 1 }, "de")).toBe("1 Vereinbarung");
    expect(fmt(messagesFor("de").agreement.milestones, { done: 0, total: 1 }, "de")).toBe(
      "0 von 1 Meilenstein erledigt",
    );
    expect(fmt(messagesFor("de").exportFile.rows, { count: 12_345, sheet: "A" }, "de")).toBe(
      "12.345 Zeilen im Blatt „A“",
    );
    expect(formatNumber(10_000, "de")).toBe("10.000");
  });

  it("writes years as years, never grouped", () => {
    for (const locale of LOCALES) {
      const m = messagesFor(locale);
      expect(fmt(m.export.annualReport, { year: 2024 }, locale)).toContain("2024");
      expect(fmt(m.report.filterYears, { from: 1950, to: 1969 }, locale)).toMatch(/1950.*1969/);
      expect(fmt(m.dashboard.decadeLabel, { decade: 1990 }, locale)).toContain("1990");
    }
  });
});
