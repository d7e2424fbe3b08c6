import type { DocumentLang } from '../case/types.js';
import type { DocumentKind } from '../pack/types.js';

/** Document titles for file metadata, and the page-number pattern of the footer, per language. */
export const DOCUMENT_TITLES: Record<DocumentKind, Record<DocumentLang, string>> = {
  application: { ru: 'Заявление', kk: 'Өтініш' },
  receipt: { ru: 'Расписка о приёме документов', kk: 'Құжаттарды қабылдау туралы қолхат' },
  'receipt-refusal': { ru: 'Расписка об отказе в приёме документов', kk: 'Құжаттарды қабылдаудан бас тарту туралы қолхат' },
  notification: { ru: 'Уведомление о принятом решении', kk: 'Қабылданған шешім туралы хабарлама' },
  permit: { ru: 'Разрешение на привлечение иностранной рабочей силы', kk: 'Шетелдік жұмыс күшін тартуға рұқсат' },
  'ict-order': { ru: 'Проект приказа', kk: 'Бұйрық жобасы' },
};

export const PAGE_LABELS: Record<DocumentLang, string> = {
  ru: 'Страница {page} из {pages}',
  kk: 'Бет {page} / {pages}',
};

export const FOOTER_LABELS: Record<DocumentLang, { template: string; caseLabel: string }> = {
  ru: { template: 'шаблон', caseLabel: 'дело' },
  kk: { template: 'үлгі', caseLabel: 'іс' },
};
