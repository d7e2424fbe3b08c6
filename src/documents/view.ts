import type { Case, DocumentLang, Worker } from '../case/types.js';
import type { CaseResult } from '../decision/result.js';
import type { RulePack } from '../pack/types.js';
import { initials } from '../language/index.js';
import { kazakhIntegerWords } from '../language/words-kk.js';
import { russianIntegerWords } from '../language/words-ru.js';
import type { AppealRoute } from './appeal.js';
import { countryName } from './countries.js';
import { CATEGORY_LABELS, SPECIAL_CONDITIONS } from './labels.js';
import { applicationView, employerDetailsView } from './view-application.js';
import { workerFullName as workerName } from '../decision/names.js';

/** Provider profile fields shown in documents, already in the document's language. */
export interface ProviderView {
  name: string;
  address: string;
  territory: string;
}

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

function groundsView(data: Case, result: CaseResult, lang: DocumentLang): { text: string; citation: string; workers: string; several: boolean }[] {
  const byId = new Map<string, { text: string; citation: string; names: string[] }>();
  for (const ground of result.grounds.fired) {
    const entry = byId.get(ground.id) ?? { text: ground.text[lang], citation: ground.citation[lang], names: [] };
    const worker = ground.worker === undefined ? undefined : data.workers.find((candidate) => candidate.id === ground.worker);
    // A case ground refuses everyone, so the letter names no worker for it.
    if (worker && ground.scope === 'worker') entry.names.push(workerName(worker));
    byId.set(ground.id, entry);
  }
  return [...byId.values()].map((entry) => ({ text: entry.text, citation: entry.citation, workers: entry.names.join(', '), several: entry.names.length > 1 }));
}

function handedDocumentsView(data: Case, pack: RulePack, lang: DocumentLang): { number: number; title: string; worker: string }[] {
  return data.documents.map((document, index) => {
    const definition = pack.documents.find((entry) => entry.id === document.kind);
    const worker = document.worker === undefined ? undefined : data.workers.find((candidate) => candidate.id === document.worker);
    return { number: index + 1, title: definition ? definition.title[lang] : document.kind, worker: worker ? workerName(worker) : '—' };
  });
}

function wordingView(pack: RulePack, data: Case, lang: DocumentLang): Record<string, string> {
  const wording = pack.procedures[data.procedure]!.wording;
  return {
    subject: wording.subject[lang],
    approved: wording.approved[lang],
    refused: wording.refused[lang],
    permitTitle: wording.permitTitle[lang],
    orderApproved: wording.orderApproved?.[lang] ?? '',
    orderRefused: wording.orderRefused?.[lang] ?? '',
  };
}

/**
 * Writes a full name as a signature line shows it: «Ибраһимова Г.С.». The case gives each official
 * as one string in the order of Kazakh records, so the first word is taken as the last name. A
 * one-word name is printed as it is.
 */
function shortName(name: string): string {
  const [lastName, firstName, ...rest] = name.trim().split(/\s+/);
  if (lastName === undefined || firstName === undefined) return name.trim();
  return initials({ lastName, firstName, middleName: rest.join(' ') });
}

function providerView(data: Case, provider: ProviderView, lang: DocumentLang): Record<string, unknown> {
  const { head, executor, clerk } = data.provider;
  return {
    ...provider,
    head: { name: head.name, shortName: shortName(head.name), position: head.position ?? (lang === 'ru' ? 'Руководитель' : 'Басшы') },
    executor: { name: executor.name, shortName: shortName(executor.name) },
    clerk: { name: clerk.name, shortName: shortName(clerk.name), position: clerk.position ?? (lang === 'ru' ? 'Сотрудник канцелярии' : 'Кеңсе қызметкері') },
  };
}

/** Labels of the employer's identifier: БИН for a legal entity, ИИН for an individual entrepreneur. */
const ID_LABELS: Record<'bin' | 'iin', { ru: string; kk: string }> = {
  bin: { ru: 'БИН', kk: 'БСН' },
  iin: { ru: 'ИИН', kk: 'ЖСН' },
};

function employerView(data: Case, lang: DocumentLang): Record<string, unknown> {
  return {
    name: data.employer.name,
    idLabel: ID_LABELS[data.employer.bin ? 'bin' : 'iin'][lang],
    id: data.employer.bin ?? data.employer.iin!,
    address: data.employer.address,
    headName: data.employer.head?.name ?? '____________________',
    headShortName: data.employer.head ? shortName(data.employer.head.name) : '____________________',
    ...employerDetailsView(data),
  };
}

function ictView(data: Case, lang: DocumentLang): Record<string, unknown> | false {
  if (!data.ict) return false;
  return {
    foreignEntity: data.ict.foreignEntity,
    specialCondition: data.ict.specialCondition ? SPECIAL_CONDITIONS[data.ict.specialCondition][lang] : '',
    transferredStaff: { categories12: data.ict.transferredStaff.categories12, categories34: data.ict.transferredStaff.categories34 },
  };
}

function previousPermitView(data: Case): Record<string, unknown> | false {
  const previous = data.previousPermit;
  return previous ? { number: previous.number, issuedOn: previous.issuedOn, validFrom: previous.validFrom, validUntil: previous.validUntil } : false;
}

function feeView(data: Case, result: CaseResult, lang: DocumentLang): Record<string, unknown> | false {
  const fee = result.fee;
  if (!fee) return false;
  return {
    amount: fee.amount,
    words: fee.words[lang],
    // The figure in words without the currency word, for «862 220 (… двадцать) тенге».
    amountWords: lang === 'ru' ? russianIntegerWords(fee.amount, 'masculine') : kazakhIntegerWords(fee.amount),
    mrpValue: fee.mrp.value,
    mrpDate: fee.mrpDate,
    payBy: (fee.payBy ?? '').slice(0, 10),
    items: fee.items.map((item) => ({ ...item, worker: workerName(data.workers.find((worker) => worker.id === item.worker)!), category: CATEGORY_LABELS[item.category][lang] })),
  };
}

function appealView(appeal: AppealRoute, lang: DocumentLang): Record<string, unknown> {
  return { intro: appeal.intro[lang], route: appeal.route.map((entry) => ({ text: entry.text[lang] })) };
}

function workersWith(data: Case, result: CaseResult, decision: 'approved' | 'refused'): Worker[] {
  return data.workers.filter((worker) => result.workers.find((entry) => entry.id === worker.id)?.decision === decision);
}

/**
 * Builds the plain data a template sees for one document language. Only plain JSON values go in,
 * so Handlebars' prototype-access rules can never blank a field.
 */
export function buildView(data: Case, result: CaseResult, pack: RulePack, provider: ProviderView, lang: DocumentLang, appeal: AppealRoute): Record<string, unknown> {
  const approved = workersWith(data, result, 'approved');
  const refused = workersWith(data, result, 'refused');
  const procedure = pack.procedures[data.procedure]!;
  const notificationStep = result.schedule.steps.find((step) => procedure.steps.find((definition) => definition.id === step.id)?.milestone === 'notified');
  const grounds = groundsView(data, result, lang);

  return {
    lang,
    registrationNumber: data.registrationNumber,
    procedureTitle: procedure.title[lang],
    wording: wordingView(pack, data, lang),
    decidedByCommission: procedure.decidedBy === 'commission',
    procedureIs: {
      issue: data.procedure === 'issue',
      reissue: data.procedure === 'reissue',
      extension: data.procedure === 'extension',
      ictIssue: data.procedure === 'ict-issue',
      ictReissue: data.procedure === 'ict-reissue',
      ictExtension: data.procedure === 'ict-extension',
      // Either kind of extension or re-issue, general or intra-corporate.
      anyExtension: data.procedure.endsWith('extension'),
      anyReissue: data.procedure.endsWith('reissue'),
    },
    ict: ictView(data, lang),
    previousPermit: previousPermitView(data),
    filedAt: data.filedAt,
    filedOn: result.schedule.registeredAt.slice(0, 10),
    registeredAt: result.schedule.registeredAt,
    resultDueOn: (notificationStep?.due ?? result.schedule.steps[result.schedule.steps.length - 1]!.due).slice(0, 10),
    provider: providerView(data, provider, lang),
    employer: employerView(data, lang),
    decision: {
      approved: result.decision === 'approved',
      partial: result.decision === 'partially-approved',
      refused: result.decision === 'refused',
      incomplete: result.decision === 'incomplete',
    },
    approvedWorkers: approved.map((worker, index) => workerView(worker, result, lang, index + 1)),
    refusedWorkers: refused.map((worker, index) => workerView(worker, result, lang, index + 1)),
    grounds,
    refusedNames: refused.map((worker) => workerName(worker)).join(', '),
    severalRefused: refused.length > 1,
    groundsText: grounds.map((ground) => `${ground.text} (${ground.citation})`).join('; '),
    year: result.schedule.registeredAt.slice(0, 4),
    missingDocuments: result.missingDocuments.map((missing) => {
      const worker = missing.worker === undefined ? undefined : data.workers.find((candidate) => candidate.id === missing.worker);
      return { title: missing.title[lang], worker: worker ? workerName(worker) : '' };
    }),
    handedDocuments: handedDocumentsView(data, pack, lang),
    fee: feeView(data, result, lang),
    permit: data.events?.permit ? { number: data.events.permit.number, issuedOn: data.events.permit.issuedOn } : false,
    appeal: appealView(appeal, lang),
    ...applicationView(data, result, pack, lang),
  };
}
