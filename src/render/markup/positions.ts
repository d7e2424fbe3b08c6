/**
 * Converts character offsets of the markup into 1-based lines and columns. Line starts are found
 * once per parse; a position is computed only for a reported problem, so clean markup pays nothing.
 * A line ends at `\n`, `\r\n` or a lone `\r`. Columns count Unicode code points, as editors do.
 */
export class PositionIndex {
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  locate(offset: number): { line: number; column: number } {
    const starts = this.starts();
    const lineIndex = this.lineIndexOf(starts, offset);
    const lineStart = starts[lineIndex] ?? 0;
    return { line: lineIndex + 1, column: countCodePoints(this.text, lineStart, offset) + 1 };
  }

  private starts(): number[] {
    this.lineStarts ??= findLineStarts(this.text);
    return this.lineStarts;
  }

  private lineIndexOf(starts: number[], offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) continue;
    if (code === 0x0a || code === 0x0d) starts.push(index + 1);
  }
  return starts;
}

function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
    if (isHighSurrogate && index + 1 < to) index++;
    count++;
  }
  return count;
}
