import { fileURLToPath } from 'node:url';
import { loadStylesheet, parseMarkup, type DocumentMeta, type MarkupDocument, type Stylesheet } from '../../src/render/index.js';

export const STYLESHEET_FILE = fileURLToPath(new URL('../../templates/style.json', import.meta.url));

export const KAZAKH_LETTERS = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і';

export const TABLE_ROWS = 45;

export function loadStyle(): Stylesheet {
  const { value, problems } = loadStylesheet(STYLESHEET_FILE);
  if (value === undefined) throw new Error(`templates/style.json has problems: ${JSON.stringify(problems)}`);
  return value;
}

export function sampleMeta(lang: 'ru' | 'kk' = 'ru'): DocumentMeta {
  return {
    title: lang === 'ru' ? 'Разрешение на привлечение иностранной рабочей силы' : 'Шетелдік жұмыс күшін тартуға рұқсат',
    lang,
    caseId: 'KZ-2017-000123',
    engineVersion: '0.1.0',
    packId: 'kz-2017',
    packHash: 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    templateHash: 'sha256:a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
    createdAt: '2017-03-14T10:15:00+06:00',
    footer: 'ruqsat 0.1.0 · kz-2017 0f1e2d3c4b5a · шаблон a1b2c3d4e5f6 · дело KZ-2017-000123',
    pageLabel: lang === 'ru' ? 'Страница {page} из {pages}' : 'Бет {page} / {pages}',
  };
}

/** One row of the documents table; every third row has a three-line cell, to see rows split. */
function tableRow(index: number): string {
  const name =
    index % 3 === 0
      ? `Документ ${index} начало<br/>вторая строка документа ${index}<br/>Документ ${index} конец`
      : `Документ ${index}: копия паспорта иностранного работника`;
  return `    <tr><td align="center">${index}</td><td>${name}</td><td>Құжат ${index} қабылданды</td></tr>`;
}

/**
 * A permit with every element of the markup: headings, paragraphs in every variant, emphasis, a
 * value with a line break, two numbered lists and a bullet list, a 45-row table with a header row,
 * a signature, the stamp and a page break; Russian and Kazakh text with «», № and every Kazakh letter.
 */
export function sampleMarkup(): string {
  const rows = Array.from({ length: TABLE_ROWS }, (_, index) => tableRow(index + 1)).join('\n');
  return `<document>
  <h1>РАЗРЕШЕНИЕ № 17-0042</h1>
  <h2 align="left">на привлечение иностранной рабочей силы</h2>
  <h3>Рұқсат</h3>
  <p>Выдано ТОО &quot;Қазақ Құрылыс&quot; («Қазақ Құрылыс»), БИН 170340012345.</p>
  <p indent="none" align="left">Адрес: г. Алматы<br/>ул. Абая, 1, кв. 5</p>
  <p size="small" keep="next">Буквы: ${KAZAKH_LETTERS}</p>
  <p align="right" indent="first">Ответ: <b>жирный <i>и курсив</i></b>, <u>подчёркнутый</u> текст &amp; знаки &lt;&gt; &#x27;кавычки&#x27; &#x3D; &#x60;.</p>
  <p align="center">Әбілқасымова Ғалия Нұрланқызы</p>
  <h2>Перечень документов</h2>
  <ol>
    <li>Заявление</li>
    <li>Копия устава</li>
    <li>Справка об отсутствии <b>задолженности</b></li>
  </ol>
  <p>Основания отказа:</p>
  <ol>
    <li>Неполный пакет документов</li>
    <li>Недостоверные сведения</li>
  </ol>
  <ul>
    <li>Первый пункт</li>
    <li>Екінші тармақ</li>
  </ul>
  <table widths="8,62,30" border="all">
    <tr header="true"><td align="center"><b>№</b></td><td><b>Наименование документа</b></td><td><b>Белгі</b></td></tr>
${rows}
  </table>
  <table widths="50,50" border="none">
    <tr><td><p>Левая колонка</p><p indent="first">второй абзац</p></td><td align="right">Правая</td></tr>
    <tr><td colspan="2">Объединённая ячейка</td></tr>
  </table>
  <signature role="Руководитель управления" name="Ә. Ғ. Қасымов"/>
  <stamp/>
  <pagebreak/>
  <p>Последняя страница. Соңғы бет.</p>
</document>
`;
}

export function sampleDocument(): MarkupDocument {
  const { document, problems } = parseMarkup(sampleMarkup());
  if (document === undefined) throw new Error(`sample markup has problems: ${JSON.stringify(problems)}`);
  return document;
}
