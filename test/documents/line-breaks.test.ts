import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/engine.js';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';
import { pdfText } from '../support/extract.js';

afterAll(closeTestEngine);

/** The employer's address as an applicant types it into a form: two lines, Windows line end. */
const ADDRESS = 'г. Кызылорда\r\nул. Абая, 12, офис 4';

let bundle: Bundle;

beforeAll(async () => {
  const input = readSample('issue-approved');
  (input.employer as { address: string }).address = ADDRESS;
  bundle = await testEngine().bundle(input, { formats: ['docx', 'pdf'], languages: ['ru'] });
}, 60_000);

async function documentXml(name: string): Promise<string> {
  const file = bundle.files.find((entry) => entry.name === name)!;
  const zip = await JSZip.loadAsync(file.bytes);
  return zip.file('word/document.xml')!.async('string');
}

/** Lists the paragraphs of a document.xml that contain a text. */
function paragraphsWith(xml: string, text: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((paragraph) => paragraph.includes(text));
}

// Every document that prints the address prints it with the `multiline` helper.
const DOCUMENTS = ['application.ru', 'receipt.ru', 'notification.ru', 'permit.ru'];

describe('a value with a line break', () => {
  it.each(DOCUMENTS)('%s.docx keeps it as w:br inside one paragraph', async (name) => {
    const paragraphs = paragraphsWith(await documentXml(`${name}.docx`), 'г. Кызылорда');
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toMatch(/г\. Кызылорда<\/w:t>[\s\S]*<w:br\/>[\s\S]*ул\. Абая, 12, офис 4/);
    expect(paragraphs[0]).not.toContain('\r');
  });

  it.each(DOCUMENTS)('%s.pdf prints it on two lines', (name) => {
    const file = bundle.files.find((entry) => entry.name === `${name}.pdf`)!;
    const text = pdfText(file.bytes);
    expect(text).toMatch(/г\. Кызылорда\s*\n\s*ул\. Абая, 12, офис 4/);
    expect(text).not.toMatch(/г\. Кызылорда ул\. Абая/);
  });
});
