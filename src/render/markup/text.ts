/**
 * Text decoding shared by text nodes and attribute values: HTML entities and characters that XML
 * does not allow.
 */

/** Reports a problem at a character offset of the markup. */
export type ProblemSink = (code: string, offset: number, params?: Record<string, string | number>) => void;

/** Named entities: the ones Handlebars and XML produce, plus `&nbsp;` for non-breaking spaces. */
const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

const ENTITY_PATTERN = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{0,31}));/y;

/**
 * Decodes entities in `raw`, which starts at `offset` in the markup, and removes characters that
 * are not allowed in XML 1.0. Such characters come from case values (a control character pasted
 * into a form field), so they are dropped without a problem: Word refuses a file that has them.
 */
export function decodeText(raw: string, offset: number, report: ProblemSink): string {
  if (!needsDecoding(raw)) return raw;

  let result = '';
  let runStart = 0;
  let index = 0;
  while (index < raw.length) {
    if (raw.charCodeAt(index) === 0x26) {
      result += raw.slice(runStart, index);
      const decoded = decodeEntityAt(raw, index, offset, report);
      result += decoded.text;
      index = runStart = decoded.next;
      continue;
    }

    const width = xmlCharWidth(raw, index);
    if (width === 0) {
      result += raw.slice(runStart, index);
      runStart = index + 1;
    }
    index += Math.max(width, 1);
  }
  return result + raw.slice(runStart);
}

function needsDecoding(raw: string): boolean {
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === 0x26 || (code >= 0xd800 && code <= 0xdfff) || code >= 0xfffe) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

function decodeEntityAt(
  raw: string,
  index: number,
  offset: number,
  report: ProblemSink,
): { text: string; next: number } {
  ENTITY_PATTERN.lastIndex = index;
  const match = ENTITY_PATTERN.exec(raw);
  if (match === null) {
    report('markup.invalid-entity', offset + index, { entity: snippetAt(raw, index) });
    return { text: '&', next: index + 1 };
  }

  const [whole, decimal, hex, name] = match;
  const next = index + whole.length;
  if (name !== undefined) {
    const text = NAMED_ENTITIES[name];
    if (text === undefined) report('markup.unknown-entity', offset + index, { entity: whole });
    return { text: text ?? whole, next };
  }

  const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  if (!isUnicodeScalar(codePoint)) {
    report('markup.invalid-entity', offset + index, { entity: whole });
    return { text: '', next };
  }
  return { text: isXmlCodePoint(codePoint) ? String.fromCodePoint(codePoint) : '', next };
}

function snippetAt(raw: string, index: number): string {
  const end = raw.indexOf(';', index);
  const stop = end >= 0 && end - index < 12 ? end + 1 : Math.min(raw.length, index + 12);
  return raw.slice(index, stop);
}

function isUnicodeScalar(codePoint: number): boolean {
  return codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
}

/** XML 1.0 `Char`: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
export function isXmlCodePoint(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint <= 0xd7ff) return true;
  if (codePoint < 0xe000) return false;
  if (codePoint <= 0xfffd) return true;
  return codePoint >= 0x10000 && codePoint <= 0x10ffff;
}

/**
 * Returns how many UTF-16 code units at `index` form one allowed XML character (1 or 2), or 0 for
 * a character XML does not allow, such as a lone surrogate or U+000B.
 */
function xmlCharWidth(raw: string, index: number): number {
  const code = raw.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = raw.charCodeAt(index + 1);
    return low >= 0xdc00 && low <= 0xdfff ? 2 : 0;
  }
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return isXmlCodePoint(code) ? 1 : 0;
}
