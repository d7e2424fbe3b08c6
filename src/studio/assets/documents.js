// Document previews (PNG pages of the PDF the bundle holds) and the bundle download.
import { postCase, t } from './api.js';
import { el, fill } from './dom.js';

/** Renders each document with its pages one under another, each page numbered. */
function documentFigure(document) {
  return el('section', { class: 'document', 'data-kind': document.kind },
    el('h3', {}, document.title),
    document.pages.map((page, index) => el('figure', { class: 'page' },
      el('img', { src: page, alt: `${document.title}, ${t('studio.documents.page', { page: index + 1, pages: document.pages.length })}`, width: 662 }),
      el('figcaption', {}, t('studio.documents.page', { page: index + 1, pages: document.pages.length })))));
}

/** Asks the service for the pages of every document of the case and shows them. */
export async function showDocuments(panel, text) {
  fill(panel, el('p', { class: 'busy' }, t('studio.busy')));
  try {
    const { documents } = await postCase('/studio/api/preview', text);
    if (documents.length === 0) fill(panel, el('p', {}, t('studio.documents.none')));
    else fill(panel, el('nav', { class: 'document-links' }, documents.map((document) => el('a', { href: `#doc-${document.kind}` }, document.title))), documents.map((document) => {
      const figure = documentFigure(document);
      figure.id = `doc-${document.kind}`;
      return figure;
    }));
  } catch (error) {
    fill(panel, el('p', { class: 'error' }, t('studio.documents.failed', { detail: error.message })));
  }
}

/** Downloads the bundle (DOCX and PDF of every document, manifest.json) as a ZIP file. */
export async function downloadBundle(text, status) {
  status.textContent = t('studio.busy');
  try {
    const blob = await postCase('/studio/api/bundle', text, 'blob');
    const caseId = (() => {
      try {
        return JSON.parse(text).registrationNumber ?? 'case';
      } catch {
        return 'case';
      }
    })();
    const link = el('a', { href: URL.createObjectURL(blob), download: `bundle-${caseId}.zip` });
    document.body.append(link);
    link.click();
    link.remove();
    status.textContent = '';
  } catch (error) {
    status.textContent = t('studio.download.failed', { detail: error.message });
  }
}
