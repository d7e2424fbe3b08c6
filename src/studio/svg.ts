/** Escapes text for an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Breaks text into at most `maxLines` lines of about `width` characters at spaces; a longer text
 * ends with «…». SVG has no text wrapping, and the system fonts' widths are not known here, so
 * the width is counted in characters.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= width || current === '') {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines.map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line));
  const kept = lines.slice(0, maxLines);
  const lastLine = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${lastLine.slice(0, width - 1)}…`;
  return kept;
}
