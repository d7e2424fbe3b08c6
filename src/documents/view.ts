import type { Case, DocumentLang, Worker } from '../case/types.js';
import type { CaseResult } from '../decision/result.js';
import type { RulePack } from '../pack/types.js';
import { TemplateError } from './helpers.js';
import { COUNTRY_NAMES } from './countries.js';
import { workerFullName as workerName } from '../decision/names.js';

/** What the provider profile contributes to documents, already in the document's language. */
export interface ProviderView {
  name: string;
  address: string;
  territory: string;
}

const CATEGORY_LABELS: Record<Worker['category'], { ru: string; kk: string }> = {
  '1': { ru: 'первая', kk: 'бірінші' },
  '2': { ru: 'вторая', kk: 'екінші' },
  '3': { ru: 'третья', kk: 'үшінші' },
  '4': { ru: 'четвёртая', kk: 'төртінші' },
  seasonal: { ru: 'сезонные работы', kk: 'маусымдық жұмыстар' },
};

function countryName(code: string, lang: DocumentLang): string {
  const names = COUNTRY_NAMES[code];
  if (!names) throw new TemplateError('template.render-failed', { reason: `no ${lang} name for citizenship ${code}` });
  return names[lang];
}

const SPECIAL_CONDITIONS: Record<'training' | 'retraining' | 'upskilling' | 'new-jobs', { ru: string; kk: string }> = {
  training: { ru: 'профессиональное обучение граждан Республики Казахстан', kk: 'Қазақстан Республикасы азаматтарын кәсіптік оқыту' },
  retraining: { ru: 'переподготовка граждан Республики Казахстан', kk: 'Қазақстан Республикасы азаматтарын қайта даярлау' },
  upskilling: { ru: 'повышение квалификации граждан Республики Казахстан', kk: 'Қазақстан Республикасы азаматтарының біліктілігін арттыру' },
  'new-jobs': { ru: 'создание дополнительных рабочих мест для граждан Республики Казахстан', kk: 'Қазақстан Республикасы азаматтары үшін қосымша жұмыс орындарын құру' },
};

function workerView(worker: Worker, result: CaseResult, lang: DocumentLang, number: number): Record<string, unknown> {
  const decision = result.workers.find((entry) => entry.id === worker.id)!;
  return {
    number,
    id: worker.id,
    fullName: workerName(worker),
    citizenship: countryName(worker.citizenship, lang),
    passport: worker.passport.number,
    position: worker.position,
    category: CATEGORY_LABELS[worker.category][lang],
    termMonths: decision.term?.months ?? 0,
    validFrom: decision.term?.validFrom ?? '',
    validUntil: decision.term?.validUntil ?? '',
  };
}

function groundsView(data: Case, result: CaseResult, lang: DocumentLang): { text: string; citation: string; workers: string }[] {
  const byId = new Map<string, { text: string; citation: string; names: string[] }>();
  for (const ground of result.grounds.fired) {
    const entry = byId.get(ground.id) ?? { text: ground.text[lang], citation: ground.citation[lang], names: [] };
    const worker = ground.worker === undefined ? undefined : data.workers.find((candidate) => candidate.id === ground.worker);
    // A case ground refuses everyone, so the letter names no worker for it.
    if (worker && ground.scope === 'worker') entry.names.push(workerName(worker));
    byId.set(ground.id, entry);
  }
  return [...byId.values()].map((entry) => ({ text: entry.text, citation: entry.citation, workers: entry.names.join(', ') }));
}

function handedDocumentsView(data: Case, pack: RulePack, lang: DocumentLang): { number: number; title: string; worker: string }[] {
  return data.documents.map((document, index) => {
    const definition = pack.documents.find((entry) => entry.id === document.kind);
    const worker = document.worker === undefined ? undefined : data.workers.find((candidate) => candidate.id === document.worker);
    return { number: index + 1, title: definition ? definition.title[lang] : document.kind, worker: worker ? workerName(worker) : '—' };
  });
}

/**
 * Builds the plain data a template sees for one document language. Only plain JSON values go in,
 * so Handlebars' prototype-access rules can never blank a field.
 */
export function buildView(data: Case, result: CaseResult, pack: RulePack, provider: ProviderView, lang: DocumentLang): Record<string, unknown> {
  const workersInOrder = data.workers;
  const approved = workersInOrder.filter((worker) => result.workers.find((entry) => entry.id === worker.id)?.decision === 'approved');
  const refused = workersInOrder.filter((worker) => result.workers.find((entry) => entry.id === worker.id)?.decision === 'refused');
  const procedure = pack.procedures[data.procedure]!;
  const notificationStep = result.schedule.steps.find((step) => procedure.steps.find((definition) => definition.id === step.id)?.milestone === 'notified');

  return {
    lang,
    registrationNumber: data.registrationNumber,
    procedureTitle: procedure.title[lang],
    wording: {
      subject: procedure.wording.subject[lang],
      approved: procedure.wording.approved[lang],
      refused: procedure.wording.refused[lang],
      permitTitle: procedure.wording.permitTitle[lang],
      orderApproved: procedure.wording.orderApproved?.[lang] ?? '',
      orderRefused: procedure.wording.orderRefused?.[lang] ?? '',
    },
    decidedByCommission: procedure.decidedBy === 'commission',
    procedureIs: {
      issue: data.procedure === 'issue',
      reissue: data.procedure === 'reissue',
      extension: data.procedure === 'extension',
      ictIssue: data.procedure === 'ict-issue',
      ictReissue: data.procedure === 'ict-reissue',
      ictExtension: data.procedure === 'ict-extension',
    },
    ict: data.ict ? { foreignEntity: data.ict.foreignEntity, specialCondition: data.ict.specialCondition ? SPECIAL_CONDITIONS[data.ict.specialCondition][lang] : '' } : false,
    previousPermit: data.previousPermit ? { number: data.previousPermit.number, issuedOn: data.previousPermit.issuedOn, validUntil: data.previousPermit.validUntil } : false,
    filedAt: data.filedAt,
    filedOn: result.schedule.registeredAt.slice(0, 10),
    registeredAt: result.schedule.registeredAt,
    resultDueOn: (notificationStep?.due ?? result.schedule.steps[result.schedule.steps.length - 1]!.due).slice(0, 10),
    provider: {
      ...provider,
      head: { name: data.provider.head.name, position: data.provider.head.position ?? (lang === 'ru' ? 'Руководитель' : 'Басшы') },
      executor: { name: data.provider.executor.name },
      clerk: { name: data.provider.clerk.name, position: data.provider.clerk.position ?? (lang === 'ru' ? 'Сотрудник канцелярии' : 'Кеңсе қызметкері') },
    },
    employer: {
      name: data.employer.name,
      idLabel: data.employer.bin ? (lang === 'ru' ? 'БИН' : 'БСН') : (lang === 'ru' ? 'ИИН' : 'ЖСН'),
      id: data.employer.bin ?? data.employer.iin!,
      address: data.employer.address,
      headName: data.employer.head?.name ?? '____________________',
    },
    decision: {
      approved: result.decision === 'approved',
      partial: result.decision === 'partially-approved',
      refused: result.decision === 'refused',
      incomplete: result.decision === 'incomplete',
    },
    approvedWorkers: approved.map((worker, index) => workerView(worker, result, lang, index + 1)),
    refusedWorkers: refused.map((worker, index) => workerView(worker, result, lang, index + 1)),
    grounds: groundsView(data, result, lang),
    refusedNames: refused.map((worker) => workerName(worker)).join(', '),
    groundsText: groundsView(data, result, lang).map((ground) => `${ground.text} (${ground.citation})`).join('; '),
    year: result.schedule.registeredAt.slice(0, 4),
    missingDocuments: result.missingDocuments.map((missing) => {
      const worker = missing.worker === undefined ? undefined : data.workers.find((candidate) => candidate.id === missing.worker);
      return { title: missing.title[lang], worker: worker ? workerName(worker) : '' };
    }),
    handedDocuments: handedDocumentsView(data, pack, lang),
    fee: result.fee
      ? {
          amount: result.fee.amount,
          words: result.fee.words[lang],
          mrpValue: result.fee.mrp.value,
          mrpDate: result.fee.mrpDate,
          payBy: (result.fee.payBy ?? '').slice(0, 10),
          items: result.fee.items.map((item) => ({ ...item, worker: workerName(data.workers.find((worker) => worker.id === item.worker)!), category: CATEGORY_LABELS[item.category][lang] })),
        }
      : false,
    permit: data.events?.permit ? { number: data.events.permit.number, issuedOn: data.events.permit.issuedOn } : false,
  };
}
