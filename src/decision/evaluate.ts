import type { Case, Worker } from '../case/types.js';
import { validateCase } from '../case/validate.js';
import { EngineError, type FieldError } from '../errors/problem.js';
import { packInForce } from '../pack/load.js';
import type { DocumentKind, Outcome, RulePack } from '../pack/types.js';
import { findMissingDocuments } from '../rules/documents.js';
import { deriveCaseFacts, deriveWorkerFacts, type FactValues } from '../rules/facts.js';
import { computeFee, feeIsDue, FeeError } from '../rules/fee.js';
import { groundSet, type GroundResult } from '../rules/grounds.js';
import { addDays, permitTerm, reissuedTerm } from '../rules/term.js';
import { buildSchedule, milestoneStep, type DeadlineClock, type Schedule, type ScheduleScope } from '../schedule/index.js';
import { ENGINE_VERSION } from '../version.js';
import type { ContentSet, ProviderSnapshot } from './content.js';
import type { BundleDocument, CaseResult, ContentRef, WorkerDecision } from './result.js';
import { workerFullName } from './names.js';

export interface EvaluateOptions {
  /** Id of a rule pack to use instead of the one in force on the filing date. */
  pack?: string;
}

/** Finding pointers for facts that come from the provider's findings and have no default. */
const FINDING_POINTERS: Record<string, (worker: Worker) => string> = {
  quotaRemaining: (worker) => `/findings/quotaRemaining/${worker.category}`,
};

function selectPack(content: ContentSet, filedOn: string, pinned: string | undefined): RulePack {
  if (pinned !== undefined) {
    const pack = content.packs.find((candidate) => candidate.id === pinned);
    if (!pack) throw new EngineError('pack.not-found', { pack: pinned, known: content.packs.map((candidate) => candidate.id).join(', ') });
    if (filedOn < pack.validFrom || filedOn > pack.validUntil) throw new EngineError('pack.not-in-force', { date: filedOn, pack: pack.id, from: pack.validFrom, until: pack.validUntil });
    return pack;
  }
  const pack = packInForce(content.packs, filedOn);
  if (!pack) {
    const first = content.packs[0];
    const last = content.packs[content.packs.length - 1];
    throw new EngineError('pack.not-in-force', { date: filedOn, pack: content.packs.map((candidate) => candidate.id).join(', '), from: first?.validFrom ?? '', until: last?.validUntil ?? '' });
  }
  return pack;
}

function providerAndClock(content: ContentSet, data: Case): { clock: DeadlineClock; provider: ProviderSnapshot } {
  const clock = content.clock(data.provider.profile);
  const provider = clock && content.provider(data.provider.profile, clock.localDate(data.filedAt));
  if (!clock || !provider) {
    throw new EngineError('case.invalid', {}, [{ pointer: '/provider/profile', code: 'field.unknown-provider', params: { value: data.provider.profile } }]);
  }
  return { clock, provider };
}

/** Checks that the findings the grounds read are recorded: a missing quota is not an unlimited one. */
function checkFindings(workerFacts: Map<string, FactValues>, data: Case): void {
  const errors: FieldError[] = [];
  const reported = new Set<string>();
  for (const worker of data.workers) {
    for (const [fact, pointerOf] of Object.entries(FINDING_POINTERS)) {
      if (!Number.isNaN(workerFacts.get(worker.id)![fact])) continue;
      const pointer = pointerOf(worker);
      if (!reported.has(pointer)) errors.push({ pointer, code: 'field.finding-missing', params: { field: pointer.split('/').pop() ?? '' } });
      reported.add(pointer);
    }
  }
  if (errors.length > 0) throw new EngineError('case.finding-missing', {}, errors);
}

async function evaluateGrounds(data: Case, pack: RulePack, filedOn: string): Promise<GroundResult[]> {
  const caseFacts = deriveCaseFacts(data, filedOn);
  const workerFacts = new Map(data.workers.map((worker) => [worker.id, { ...caseFacts, ...deriveWorkerFacts(data, worker) }]));
  const workerGrounds = groundSet(pack, data.procedure, 'worker');
  if (workerGrounds.usesFact('quotaRemaining')) checkFindings(workerFacts, data);

  const results = await groundSet(pack, data.procedure, 'case').evaluate(caseFacts);
  for (const worker of data.workers) results.push(...(await workerGrounds.evaluate(workerFacts.get(worker.id)!, worker.id)));
  return results;
}

function workerOutcome(examined: boolean, refusedBy: string[]): WorkerDecision['decision'] {
  if (!examined) return 'not-examined';
  return refusedBy.length > 0 ? 'refused' : 'approved';
}

/** Picks how far the schedule runs: intake only for an incomplete set, to the decision, or on to the permit. */
function scheduleScope(examined: boolean, anyApproved: boolean): ScheduleScope {
  if (!examined) return 'registration-only';
  return anyApproved ? 'approved' : 'decision';
}

function workerDecisions(data: Case, grounds: GroundResult[], examined: boolean): WorkerDecision[] {
  const caseGrounds = grounds.filter((ground) => ground.fired && ground.scope === 'case').map((ground) => ground.id);
  return data.workers.map((worker) => {
    const own = grounds.filter((ground) => ground.fired && ground.worker === worker.id).map((ground) => ground.id);
    const refusedBy = [...caseGrounds, ...own];
    return {
      id: worker.id,
      name: workerFullName(worker),
      category: worker.category,
      position: worker.position,
      decision: workerOutcome(examined, refusedBy),
      grounds: refusedBy,
    };
  });
}

function outcomeOf(workers: WorkerDecision[], missing: number): Outcome {
  if (missing > 0) return 'incomplete';
  const approved = workers.filter((worker) => worker.decision === 'approved').length;
  if (approved === workers.length) return 'approved';
  return approved === 0 ? 'refused' : 'partially-approved';
}

/** Decides which documents the bundle holds now: no permit before the fee is paid in time and the permit is numbered. */
function documentsAtStage(data: Case, pack: RulePack, outcome: Outcome, schedule: Schedule, feeDue: boolean): BundleDocument[] {
  const kinds: DocumentKind[] = pack.procedures[data.procedure]!.documentsByOutcome[outcome];
  const feeStep = milestoneStep(schedule, pack, data, 'fee-paid');
  const feeSettled = !feeDue || feeStep?.status === 'done';
  return kinds
    .filter((kind) => kind !== 'permit' || (feeSettled && data.events?.permit !== undefined))
    .map((kind) => ({ kind, languages: [...data.languages] }));
}

function addTerms(decisions: WorkerDecision[], data: Case, pack: RulePack, decidedOn: string): void {
  const issuedOn = data.events?.permit?.issuedOn;
  const previous = data.previousPermit;
  for (const decision of decisions) {
    if (decision.decision !== 'approved') continue;
    const worker = data.workers.find((candidate) => candidate.id === decision.id)!;
    if (data.procedure.endsWith('reissue') && previous) {
      decision.term = reissuedTerm(previous, issuedOn);
      continue;
    }
    // An extended permit runs from the day after the previous one ends, whatever day it is issued.
    const validFrom = data.procedure.endsWith('extension') && previous ? nextDay(previous.validUntil) : issuedOn;
    decision.term = permitTerm(pack, data.procedure, worker, issuedOn ?? decidedOn, validFrom);
  }
}

function nextDay(date: string): string {
  return addDays(date, 1);
}

function contentRefs(content: ContentSet, pack: RulePack, provider: ProviderSnapshot, data: Case, documents: BundleDocument[]): ContentRef[] {
  const refs: ContentRef[] = [
    { kind: 'pack', id: pack.id, hash: pack.hash },
    content.calendarRef,
    { kind: 'provider', id: provider.id, hash: provider.hash },
    { kind: 'reference', id: 'mrp', hash: content.reference.hashes.mrp },
    { kind: 'reference', id: 'oked-sections', hash: content.reference.hashes.okedSections },
  ];
  for (const document of documents) {
    for (const lang of document.languages) {
      const template = content.templates.templates.get(`${document.kind}.${lang}`);
      if (template) refs.push({ kind: 'template', id: template.id, hash: template.hash });
    }
  }
  if (documents.length > 0) {
    refs.push(
      { kind: 'template', id: 'partials', hash: content.templates.partialsHash },
      { kind: 'reference', id: 'appeal', hash: content.appeal.hash },
      content.stylesheetRef,
    );
  }
  return refs;
}

/**
 * Evaluates one case: validation, the pack in force, required documents, refusal grounds per worker,
 * the schedule over the working calendar, the fee and permit terms, and the documents due now.
 */
export async function evaluateCase(input: unknown, content: ContentSet, options: EvaluateOptions = {}): Promise<{ data: Case; result: CaseResult; pack: RulePack; provider: ProviderSnapshot }> {
  const data = validateCase(input);
  const { clock, provider } = providerAndClock(content, data);
  const filedOn = clock.localDate(data.filedAt);
  const pack = selectPack(content, filedOn, options.pack);
  if (!pack.procedures[data.procedure]) throw new EngineError('case.invalid', {}, [{ pointer: '/procedure', code: 'field.procedure-not-in-pack', params: { procedure: data.procedure, pack: pack.id } }]);

  const missingDocuments = findMissingDocuments(data, pack);
  const examined = missingDocuments.length === 0;
  const grounds = examined ? await evaluateGrounds(data, pack, filedOn) : [];
  const workers = workerDecisions(data, grounds, examined);
  const decision = outcomeOf(workers, missingDocuments.length);
  const anyApproved = decision === 'approved' || decision === 'partially-approved';

  const schedule = buildSchedule(data, pack, clock, scheduleScope(examined, anyApproved));
  const notified = milestoneStep(schedule, pack, data, 'notified');
  const notifiedOn = notified ? clock.localDate(notified.actual ?? notified.due) : filedOn;
  addTerms(workers, data, pack, notifiedOn);

  const feeDue = anyApproved && feeIsDue(pack, data);
  const fee = feeDue ? feeFor(pack, content, data, workers, notified?.actual === undefined, notifiedOn, schedule) : null;
  const documents = documentsAtStage(data, pack, decision, schedule, feeDue);

  const warnings: CaseResult['warnings'] = [];
  if (schedule.provisional) warnings.push({ code: 'warning.provisional-calendar', params: {} });
  const feeStep = milestoneStep(schedule, pack, data, 'fee-paid');
  if (feeStep?.status === 'missed') warnings.push({ code: 'warning.fee-missed', params: { due: feeStep.due, paid: data.events?.feePaidOn ?? '' } });
  if (fee?.mrpDateEstimated) warnings.push({ code: 'warning.mrp-date-estimated', params: { date: fee.mrpDate } });

  const result: CaseResult = {
    caseId: data.registrationNumber,
    engine: { name: 'ruqsat', version: ENGINE_VERSION },
    pack: { id: pack.id, title: pack.title, validFrom: pack.validFrom, validUntil: pack.validUntil, hash: pack.hash },
    content: contentRefs(content, pack, provider, data, documents),
    procedure: data.procedure,
    channel: data.channel,
    provider: { id: provider.id, name: provider.name, timeZone: provider.timeZone },
    decision,
    workers,
    grounds: { fired: grounds.filter((ground) => ground.fired), notFired: grounds.filter((ground) => !ground.fired) },
    missingDocuments,
    fee,
    schedule,
    documents,
    warnings,
  };
  return { data, result, pack, provider };
}

function feeFor(pack: RulePack, content: ContentSet, data: Case, workers: WorkerDecision[], estimated: boolean, notifiedOn: string, schedule: Schedule): CaseResult['fee'] {
  const approved = data.workers.filter((worker) => workers.find((entry) => entry.id === worker.id)?.decision === 'approved');
  try {
    const fee = computeFee(pack, content.reference, data, approved, {
      notifiedOn,
      notifiedEstimated: estimated,
      ...(data.events?.feePaidOn ? { paidOn: data.events.feePaidOn } : {}),
    });
    const feeStep = milestoneStep(schedule, pack, data, 'fee-paid');
    if (feeStep) fee.payBy = feeStep.due;
    return fee;
  } catch (error) {
    if (!(error instanceof FeeError)) throw error;
    if (error.code === 'fee.no-sector-group') {
      throw new EngineError('case.invalid', {}, [{ pointer: '/employer/oked', code: 'field.oked-no-sector-group', params: { value: data.employer.oked } }]);
    }
    throw new EngineError('content.invalid', { reason: error.code, ...error.params });
  }
}
