import { afterAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/bundle/text.js';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';

afterAll(closeTestEngine);

async function applicationText(sample: string, lang: 'ru' | 'kk'): Promise<string> {
  const bundle = await testEngine().bundle(readSample(sample), { formats: ['docx'], languages: [lang] });
  return docxText(bundle.files.find((file) => file.kind === 'application')!.bytes);
}

describe('application documents', () => {
  it('come first in the documents of every outcome of every procedure', () => {
    for (const pack of testEngine().content.packs) {
      for (const [procedure, definition] of Object.entries(pack.procedures)) {
        for (const [outcome, kinds] of Object.entries(definition.documentsByOutcome)) {
          expect(kinds[0], `${pack.id} ${procedure} ${outcome}`).toBe('application');
        }
      }
    }
  });

  it('show the signature, seal and registration mark on the office form', async () => {
    const text = await applicationText('issue-approved', 'ru');
    expect(text).toContain('Руководитель\nСейткали Н.М.\nМ.П.');
    expect(text).toContain('Ф.И.О. лица, принявшего заявление\nӘбдіраһманова Ғалия Нұрланқызы');
    expect(text).not.toContain('ЭЦП');
    expect(text).not.toContain('личного кабинета');
  }, 30_000);

  it('show the ЭЦП and the personal-account data instead on the portal form', async () => {
    const text = await applicationText('extension-approved', 'ru');
    expect(text).toContain('Владелец ЭЦП\nСейткали Нұржан Маратұлы');
    expect(text).toContain('Статус запроса\nЗаявка принята');
    expect(text).toContain('Ф.И.О. исполнителя, принявшего запрос\nОспанов Жаһангер Бақытұлы');
    expect(text).not.toContain('М.П.');
    expect(text).not.toContain('Руководитель\nСейткали Н.М.');
  }, 30_000);

  it('show the same forms in Kazakh', async () => {
    const office = await applicationText('issue-approved', 'kk');
    expect(office).toContain('Басшы\nСейткали Н.М.\nМ.О.');
    const portal = await applicationText('extension-approved', 'kk');
    expect(portal).toContain('ЭЦҚ иесі\nСейткали Нұржан Маратұлы');
    expect(portal).toContain('Сұраудың мәртебесі\nӨтінім қабылданды');
    expect(portal).not.toContain('М.О.');
  }, 30_000);

  it('list the permit being extended or re-issued and the re-issue reason', async () => {
    const extension = await applicationText('extension-approved', 'ru');
    expect(extension).toContain('Продлеваемое разрешение\nНомер\nKZO-2017-00042');
    const reissue = await applicationText('reissue-approved-new-passport', 'kk');
    expect(reissue).toContain('Қайта ресімдеу негізі\nшетелдік қызметкердің жеке басын куәландыратын құжатының ауыстырылуы');
  }, 30_000);

  it('leave the application itself out of the attachments', async () => {
    const text = await applicationText('issue-approved', 'ru');
    const attachments = text.slice(text.indexOf('Приложение:'));
    expect(attachments).not.toContain('Заявление по форме приложения 2');
    expect(attachments).toContain('Копия документа, удостоверяющего личность иностранного работника — Ван Лэй.');
  }, 30_000);
});
