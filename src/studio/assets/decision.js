// The decision panel: outcome, workers, fired grounds with their citations, missing documents,
// the fee and the decision trace.
import { currentLang, t } from './api.js';
import { el, fill, formatAmount, formatMoment } from './dom.js';

function text(localized) {
  return localized[currentLang()] ?? localized.ru;
}

function workerList(result) {
  return el('ul', { class: 'workers' }, result.workers.map((worker) => {
    const term = worker.term ? ` (${t('studio.worker.term', { months: worker.term.months, from: formatMoment(worker.term.validFrom ?? ''), until: formatMoment(worker.term.validUntil ?? '') })})` : '';
    return el('li', { class: `worker ${worker.decision}` }, `${worker.name}, ${worker.position}: ${t(`studio.worker.${worker.decision}`)}${term}`);
  }));
}

function groundItem(ground, result) {
  const worker = ground.worker ? result.workers.find((entry) => entry.id === ground.worker) : undefined;
  return el('li', { class: 'ground', 'data-ground': ground.id },
    el('p', { class: 'ground-text' }, text(ground.text)),
    el('p', { class: 'citation' }, t('studio.ground.citation', { citation: text(ground.citation) }), ' ', el('span', { class: `confidence ${ground.confidence}` }, t(`studio.ground.confidence.${ground.confidence}`))),
    worker ? el('p', { class: 'ground-worker' }, t('studio.ground.worker', { name: worker.name })) : null);
}

/** Lists each fired ground once per worker it refused, in the order of the pack. */
function groundsSection(result) {
  const sections = [];
  if (result.grounds.fired.length > 0) sections.push(el('h3', {}, t('studio.grounds.fired')), el('ul', { class: 'grounds fired' }, result.grounds.fired.map((ground) => groundItem(ground, result))));
  if (result.grounds.notFired.length > 0) {
    sections.push(el('details', { class: 'not-fired' }, el('summary', {}, t('studio.grounds.not-fired', { count: result.grounds.notFired.length })), el('ul', { class: 'grounds' }, result.grounds.notFired.map((ground) => groundItem(ground, result)))));
  }
  return sections;
}

function missingSection(result) {
  if (result.missingDocuments.length === 0) return [];
  return [el('h3', {}, t('studio.missing')), el('ul', { class: 'missing' }, result.missingDocuments.map((missing) => el('li', {}, text(missing.title))))];
}

function feeSection(result) {
  const fee = result.fee;
  if (!fee) return [];
  const words = currentLang() === 'kk' ? fee.words.kk : fee.words.ru;
  return [el('p', { class: 'fee' }, t('studio.fee', { amount: formatAmount(fee.amount), words, mrp: formatAmount(fee.mrp.value), date: formatMoment(fee.mrpDate), payBy: fee.payBy ? formatMoment(fee.payBy) : '—' }))];
}

/** Renders the whole decision panel for an evaluation that succeeded. */
export function showDecision(panel, evaluation) {
  const { result } = evaluation;
  fill(panel,
    el('p', { class: `outcome ${result.decision}`, id: 'outcome' }, t(`studio.decision.${result.decision}`)),
    el('p', { class: 'case-id' }, t('studio.case-id', { caseId: result.caseId, pack: result.pack.id })),
    el('h3', {}, t('studio.workers')),
    workerList(result),
    groundsSection(result),
    missingSection(result),
    feeSection(result),
    evaluation.warnings.length > 0 ? [el('h3', {}, t('studio.warnings')), el('ul', { class: 'warnings' }, evaluation.warnings.map((warning) => el('li', {}, warning)))] : null,
    el('details', { class: 'explanation' }, el('summary', {}, t('studio.explanation')), el('pre', {}, evaluation.explanation.join('\n'))));
}
