import { describe, expect, it } from 'vitest';
import { diffLines, formatDiff } from '../../src/check/diff.js';

describe('line diff', () => {
  it('marks a changed line as removed and added', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc')).toEqual([
      { op: ' ', text: 'a' },
      { op: '-', text: 'b' },
      { op: '+', text: 'B' },
      { op: ' ', text: 'c' },
    ]);
  });

  it('keeps equal texts unchanged', () => {
    expect(diffLines('x\ny', 'x\ny').every((line) => line.op === ' ')).toBe(true);
  });

  it('reports lines added at the end', () => {
    expect(diffLines('a', 'a\nb\nc').filter((line) => line.op === '+').map((line) => line.text)).toEqual(['b', 'c']);
  });

  it('cuts long unchanged stretches to an ellipsis', () => {
    const expected = Array.from({ length: 20 }, (_, index) => `line ${index}`).join('\n');
    const actual = expected.replace('line 10', 'line ten');

    const shown = formatDiff(expected, actual);

    expect(shown).toEqual(['  …', '  line 8', '  line 9', '- line 10', '+ line ten', '  line 11', '  line 12', '  …']);
  });
});
