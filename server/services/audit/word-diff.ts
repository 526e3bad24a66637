// A word diff of two texts for the audit trail: which words were deleted and which inserted, so a long note's change
// reads as the few words that changed. Longest common subsequence over words (whitespace kept with each word); for
// texts too long for it (the table grows with the product of the lengths) the whole text counts as replaced.

export type DiffPart = { kind: "same" | "deleted" | "inserted"; text: string };

/** Above this many cells (words before × words after) the diff is not computed: whole text replaced. */
const MAX_CELLS = 4_000_000;

function words(text: string): string[] {
  return text.match(/\s*\S+\s*|\s+/g) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string) {
  const last = parts.at(-1);
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > MAX_CELLS) {
    const parts: DiffPart[] = [];
    if (before) parts.push({ kind: "deleted", text: before });
    if (after) parts.push({ kind: "inserted", text: after });
    return parts;
  }
  // Compare words without their surrounding whitespace, so a changed line break is not a changed word.
  const key = (word: string) => word.trim();
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * cols + j] =
        key(a[i] as string) === key(b[j] as string)
          ? (lcs[(i + 1) * cols + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * cols + j] as number, lcs[i * cols + j + 1] as number);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i] as string) === key(b[j] as string)) {
      push(parts, "same", b[j] as string);
      i++;
      j++;
    } else if ((lcs[(i + 1) * cols + j] as number) >= (lcs[i * cols + j + 1] as number)) {
      push(parts, "deleted", a[i] as string);
      i++;
    } else {
      push(parts, "inserted", b[j] as string);
      j++;
    }
  }
  while (i < a.length) push(parts, "deleted", a[i++] as string);
  while (j < b.length) push(parts, "inserted", b[j++] as string);
  return parts;
}
