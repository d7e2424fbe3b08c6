import { decodeText, type ProblemSink } from './text.js';

/** An attribute as written, with its decoded value. */
export interface RawAttribute {
  name: string;
  value: string;
  /** Offset of the attribute name in the markup. */
  offset: number;
}

export type Token =
  | { kind: 'text'; raw: string; offset: number }
  | { kind: 'start'; name: string; attributes: RawAttribute[]; selfClosing: boolean; offset: number }
  | { kind: 'end'; name: string; offset: number };

const NAME_START = /[A-Za-z]/;
/** Marks an attribute that was reported as malformed and is left out. */
const BROKEN = Symbol('broken attribute');
const NAME_PATTERN = /[A-Za-z][A-Za-z0-9_:-]*/y;
const SPACE_PATTERN = /[ \t\r\n\f]*/y;

/**
 * Splits markup into text, start-tag and end-tag tokens in one pass. Syntax errors are reported and
 * skipped so that the rest of the markup is still checked.
 */
export function tokenize(markup: string, report: ProblemSink): Token[] {
  const scanner = new Scanner(markup, report);
  const tokens: Token[] = [];
  while (!scanner.atEnd()) {
    const token = markup.charCodeAt(scanner.position) === 0x3c ? scanner.readTag() : scanner.readText();
    if (token !== undefined) tokens.push(token);
  }
  return tokens;
}

class Scanner {
  position = 0;

  constructor(
    private readonly markup: string,
    private readonly report: ProblemSink,
  ) {}

  atEnd(): boolean {
    return this.position >= this.markup.length;
  }

  readText(): Token {
    const start = this.position;
    const next = this.markup.indexOf('<', start + 1);
    this.position = next < 0 ? this.markup.length : next;
    return { kind: 'text', raw: this.markup.slice(start, this.position), offset: start };
  }

  /** Reads a tag at `<`. A `<` that starts no tag is reported and kept as text. */
  readTag(): Token | undefined {
    const start = this.position;
    const next = this.markup[start + 1] ?? '';
    if (next === '/') return this.readEndTag(start);
    if (NAME_START.test(next)) return this.readStartTag(start);

    this.report('markup.invalid-tag', start, { found: this.markup.slice(start, start + 10) });
    this.position = start + 1;
    return { kind: 'text', raw: '<', offset: start };
  }

  private readEndTag(start: number): Token | undefined {
    this.position = start + 2;
    const name = this.readName();
    if (name === undefined) {
      this.report('markup.invalid-tag', start, { found: this.markup.slice(start, start + 10) });
      this.skipPastTag();
      return undefined;
    }
    this.skipSpace();
    if (this.markup[this.position] !== '>') {
      this.report('markup.malformed-tag', this.position, { element: name, found: this.charHere() });
      this.skipPastTag();
    } else {
      this.position++;
    }
    return { kind: 'end', name, offset: start };
  }

  private readStartTag(start: number): Token | undefined {
    this.position = start + 1;
    const name = this.readName() ?? '';
    const attributes: RawAttribute[] = [];
    for (;;) {
      this.skipSpace();
      const char = this.markup[this.position];
      if (char === '>') {
        this.position++;
        return { kind: 'start', name, attributes, selfClosing: false, offset: start };
      }
      if (char === '/' && this.markup[this.position + 1] === '>') {
        this.position += 2;
        return { kind: 'start', name, attributes, selfClosing: true, offset: start };
      }
      if (char === undefined || char === '<') {
        this.report('markup.unterminated-tag', start, { element: name });
        return { kind: 'start', name, attributes, selfClosing: false, offset: start };
      }
      const attribute = this.readAttribute(name);
      if (attribute === undefined) {
        this.report('markup.malformed-tag', this.position, { element: name, found: this.charHere() });
        this.skipPastTag();
        return { kind: 'start', name, attributes, selfClosing: false, offset: start };
      }
      if (attribute !== BROKEN) this.addAttribute(name, attributes, attribute);
    }
  }

  private addAttribute(element: string, attributes: RawAttribute[], attribute: RawAttribute): void {
    if (attributes.some((existing) => existing.name === attribute.name)) {
      this.report('markup.duplicate-attribute', attribute.offset, { element, attribute: attribute.name });
      return;
    }
    attributes.push(attribute);
  }

  /**
   * Reads `name="value"` or `name='value'`. Returns undefined when no attribute name starts here,
   * and BROKEN for an attribute already reported, which is skipped.
   */
  private readAttribute(element: string): RawAttribute | typeof BROKEN | undefined {
    const offset = this.position;
    const name = this.readName();
    if (name === undefined) return undefined;

    this.skipSpace();
    if (this.markup[this.position] !== '=') {
      this.report('markup.attribute-without-value', offset, { element, attribute: name });
      return BROKEN;
    }
    this.position++;
    this.skipSpace();

    const quote = this.markup[this.position];
    if (quote !== '"' && quote !== "'") {
      this.report('markup.unquoted-attribute-value', this.position, { element, attribute: name });
      while (!this.atEnd() && !/[\s>]/.test(this.charHere())) this.position++;
      return BROKEN;
    }

    const valueStart = this.position + 1;
    const valueEnd = this.markup.indexOf(quote, valueStart);
    const nextTag = this.markup.indexOf('<', valueStart);
    // Escaped values never contain `<`, so one before the closing quote means the quote is missing.
    if (valueEnd < 0 || (nextTag >= 0 && nextTag < valueEnd)) {
      this.report('markup.unterminated-attribute-value', this.position, { element, attribute: name });
      this.recoverFromOpenValue(valueStart, nextTag);
      return BROKEN;
    }
    this.position = valueEnd + 1;
    const value = decodeText(this.markup.slice(valueStart, valueEnd), valueStart, this.report);
    return { name, value, offset };
  }

  /** Continues at the first `>` of the unterminated value, or at the next tag, so the tag can close. */
  private recoverFromOpenValue(valueStart: number, nextTag: number): void {
    const limit = nextTag < 0 ? this.markup.length : nextTag;
    const close = this.markup.indexOf('>', valueStart);
    this.position = close >= 0 && close < limit ? close : limit;
  }

  private readName(): string | undefined {
    NAME_PATTERN.lastIndex = this.position;
    const match = NAME_PATTERN.exec(this.markup);
    if (match === null) return undefined;
    this.position += match[0].length;
    return match[0];
  }

  private skipSpace(): void {
    SPACE_PATTERN.lastIndex = this.position;
    SPACE_PATTERN.exec(this.markup);
    this.position = SPACE_PATTERN.lastIndex;
  }

  /** Recovers from a broken tag by skipping to just after the next `>`, or to the next `<`. */
  private skipPastTag(): void {
    while (!this.atEnd()) {
      const char = this.charHere();
      if (char === '<') return;
      this.position++;
      if (char === '>') return;
    }
  }

  private charHere(): string {
    return this.markup[this.position] ?? '';
  }
}
