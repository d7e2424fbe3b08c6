/** One line of a line diff: kept in both texts, removed from the expected one or added in the actual one. */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/** Lines of context printed around each change. */
const CONTEXT = 2;

/**
 * Computes the shortest line diff of two texts with a longest-common-subsequence table. Expected
 * files have at most about a thousand lines, so the quadratic table stays small.
 */
export function diffLines(expected: string, actual: string): DiffLine[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const common = lcsTable(a, b);
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ op: ' ', text: a[i]! });
      i++;
      j++;
    } else if (common[i + 1]![j]! >= common[i]![j + 1]!) {
      lines.push({ op: '-', text: a[i++]! });
    } else {
      lines.push({ op: '+', text: b[j++]! });
    }
  }
  while (i < a.length) lines.push({ op: '-', text: a[i++]! });
  while (j < b.length) lines.push({ op: '+', text: b[j++]! });
  return lines;
}

/** Builds the table of common-subsequence lengths of every pair of suffixes. */
function lcsTable(a: string[], b: string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  return table;
}

/**
 * Keeps the changed lines and CONTEXT unchanged lines around each. A longer unchanged stretch
 * becomes one `…` line, so a diff of a long file shows only where it differs.
 */
export function withContext(lines: DiffLine[]): (DiffLine | 'gap')[] {
  const near = lines.map((line, index) => line.op !== ' ' || lines.slice(Math.max(0, index - CONTEXT), index + CONTEXT + 1).some((other) => other.op !== ' '));
  const shown: (DiffLine | 'gap')[] = [];
  lines.forEach((line, index) => {
    if (near[index]) shown.push(line);
    else if (shown[shown.length - 1] !== 'gap') shown.push('gap');
  });
  return shown;
}

/** Formats a diff as `- expected` / `+ actual` lines with context, ready to print. */
export function formatDiff(expected: string, actual: string): string[] {
  return withContext(diffLines(expected, actual)).map((line) => (line === 'gap' ? '  …' : `${line.op} ${line.text}`));
}
