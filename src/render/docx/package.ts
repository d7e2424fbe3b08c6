import JSZip from 'jszip';

/**
 * Makes a packed DOCX byte-identical for identical content: docx stamps `dcterms:created` and
 * `dcterms:modified` with the current time and its zip writer stamps every entry with it too.
 * The dates are replaced by `createdAt`, and the package is rewritten with every entry dated
 * `createdAt`, in the original order, with no folder entries.
 */
export async function fixPackageDates(packed: Buffer, createdAt: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(packed);
  const target = new JSZip();
  const timestamp = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');

  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async('uint8array');
    if (entry.name === 'docProps/core.xml') content = replaceCoreDates(new TextDecoder().decode(content), timestamp);
    target.file(entry.name, content, { date: createdAt, createFolders: false, compression: 'DEFLATE' });
  }

  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

function replaceCoreDates(xml: string, timestamp: string): string {
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${timestamp}$3`);
}
