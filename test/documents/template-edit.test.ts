/**
 * Carries out the worked example of docs/ru/templates.md («Пример: как изменить шаблон») on a copy
 * of the content. The receipt's line before the list of documents is reworded in both languages.
 * The rendered receipts must change accordingly, and every other document must stay as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { docxText } from '../../src/bundle/text.js';
import { readSample, ROOT } from '../support/engine.js';
import { contentCopy, editFile, engineOn, removeContentCopies } from './support.js';

afterEach(removeContentCopies);

async function receiptTexts(root: string): Promise<Map<string, string>> {
  const engine = engineOn(root);
  try {
    const bundle = await engine.bundle(readSample('issue-approved'), { formats: ['docx'] });
    const texts = new Map<string, string>();
    for (const file of bundle.files) texts.set(file.name, await docxText(file.bytes));
    return texts;
  } finally {
    await engine.close();
  }
}

describe('worked example of a template change', () => {
  it('changes the receipt text in both languages and nothing else', async () => {
    const before = await receiptTexts(ROOT);

    const root = contentCopy();
    editFile(root, 'templates/receipt.ru.hbs', '<p indent="none" keep="next">Приняты следующие документы:</p>', '<p indent="none" keep="next">Приняты документы по описи:</p>');
    editFile(root, 'templates/receipt.kk.hbs', '<p indent="none" keep="next">Мынадай құжаттар қабылданды:</p>', '<p indent="none" keep="next">Тізімдеме бойынша құжаттар қабылданды:</p>');
    const after = await receiptTexts(root);

    expect(before.get('receipt.ru.docx')).toContain('Приняты следующие документы:');
    expect(after.get('receipt.ru.docx')).toContain('Приняты документы по описи:');
    expect(after.get('receipt.ru.docx')).not.toContain('Приняты следующие документы:');
    expect(after.get('receipt.kk.docx')).toContain('Тізімдеме бойынша құжаттар қабылданды:');
    expect(after.get('receipt.ru.docx')!.replace('Приняты документы по описи:', 'Приняты следующие документы:')).toBe(before.get('receipt.ru.docx'));

    for (const [name, text] of before) {
      if (!name.startsWith('receipt.')) expect(after.get(name), name).toBe(text);
    }
  }, 30_000);
});
