import JSZip from 'jszip';

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const RUN_TOKEN = /<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:br\/>|<w:br [^>]*\/>|<w:tab\/>/g;

function tokenText(token: string): string {
  if (token.startsWith('<w:br')) return '\n';
  if (token === '<w:tab/>') return ' ';
  return decodeXml(token.replace(/<[^>]+>/g, ''));
}

/**
 * Reads the body text of a DOCX, one line per paragraph, with w:br as a line break and w:tab as a
 * space. Sample checks compare this text with the expected files; headers and footers, which carry
 * the provenance line, are not part of it.
 */
export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((paragraph) => (paragraph.match(RUN_TOKEN) ?? []).map(tokenText).join(''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}
