import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { CREATOR, LANGUAGE_TAGS, creationDate, provenanceKeywords } from '../provenance.js';
import type { DocumentMeta } from '../types.js';

/**
 * Writes the document information into Chromium's PDF: title, author, creator, producer,
 * subject and keywords with the provenance, dates from `meta.createdAt`, and a document ID
 * derived from the provenance. Chromium writes the time of printing as the dates and no ID,
 * so without this two renders of one case differ.
 */
export async function stampPdf(pdf: Uint8Array, meta: DocumentMeta): Promise<Uint8Array> {
  const createdAt = creationDate(meta);
  const document = await PDFDocument.load(pdf, { updateMetadata: false });

  document.setTitle(meta.title, { showInWindowTitleBar: true });
  document.setAuthor(CREATOR);
  document.setCreator(CREATOR);
  document.setProducer(`${CREATOR} ${meta.engineVersion}`);
  document.setSubject(meta.footer);
  document.setKeywords(provenanceKeywords(meta));
  document.setLanguage(LANGUAGE_TAGS[meta.lang]);
  document.setCreationDate(createdAt);
  document.setModificationDate(createdAt);

  const id = PDFHexString.of(documentId(meta));
  document.context.trailerInfo.ID = document.context.obj([id, id]);
  return document.save();
}

/** 16 bytes of SHA-256 over the provenance, the language and the date: the same for a re-render. */
function documentId(meta: DocumentMeta): string {
  const source = [meta.engineVersion, meta.packId, meta.packHash, meta.templateHash, meta.caseId, meta.lang, meta.title, meta.createdAt].join('\n');
  return createHash('sha256').update(source).digest('hex').slice(0, 32).toUpperCase();
}
