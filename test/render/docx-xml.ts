import JSZip from 'jszip';

/** A DOCX unpacked for assertions: its parts as text and its zip entries. */
export interface UnpackedDocx {
  zip: JSZip;
  part(name: string): Promise<string>;
}

export async function unpackDocx(bytes: Buffer): Promise<UnpackedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    zip,
    part: async (name) => {
      const file = zip.file(name);
      if (file === null) throw new Error(`DOCX has no part ${name}`);
      return file.async('string');
    },
  };
}

/** Top-level elements of a list, e.g. the `w:tr` of a table, by balanced tag matching. */
export function elements(xml: string, tag: string): string[] {
  const found: string[] = [];
  const open = new RegExp(`<${tag}[ >/]`, 'g');
  let match: RegExpExecArray | null;
  while ((match = open.exec(xml)) !== null) {
    const end = closingIndex(xml, tag, match.index);
    found.push(xml.slice(match.index, end));
    open.lastIndex = end;
  }
  return found;
}

function closingIndex(xml: string, tag: string, start: number): number {
  const selfClosing = xml.indexOf('>', start);
  if (xml[selfClosing - 1] === '/') return selfClosing + 1;
  const pattern = new RegExp(`<${tag}[ >]|</${tag}>`, 'g');
  pattern.lastIndex = selfClosing;
  let depth = 1;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    depth += match[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  throw new Error(`unclosed <${tag}>`);
}

/** Returns the text of a fragment: `w:t` contents joined, with `w:br` as a newline. */
export function textOf(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)) text += match[1] === undefined ? '\n' : decodeXml(match[1]);
  return text;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '');
}

/** Returns the body's paragraphs outside tables, with their text. */
export function bodyParagraphs(documentXml: string): { xml: string; text: string }[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  const withoutTables = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => (table.includes('<w:tbl>', 1) ? table : ''));
  return elements(withoutTables, 'w:p').map((xml) => ({ xml, text: textOf(xml) }));
}

/**
 * Checks that an XML part is well formed as far as Word cares in practice: one root, balanced
 * tags, and `&` only in the five predefined or numeric references. Returns the first fault found.
 */
export function wellFormednessFault(xml: string): string | undefined {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const match of body.matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}>`;
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name ?? '');
    } else if (stack.length === 0) {
      roots++;
    }
  }
  if (stack.length > 0) return `<${stack[stack.length - 1]}> is not closed`;
  if (roots !== 1) return `${roots} root elements`;
  const badReference = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(body);
  return badReference === null ? undefined : `bare & at ${badReference.index}`;
}
