import { EngineError, type FieldError } from '../errors/problem.js';
import { checkBin, checkIin } from '../identifiers/index.js';
import { fieldErrorsFromAjv } from './field-errors.js';
import { pointerOf } from './pointer.js';
import { validateCaseShape } from './schema.js';
import type { Case } from './types.js';

const NEEDS_PREVIOUS_PERMIT = new Set(['reissue', 'extension', 'ict-reissue', 'ict-extension']);
const NEEDS_REISSUE_REASON = new Set(['reissue', 'ict-reissue']);

function checkEmployerIdentifier(employer: Case['employer'], errors: FieldError[]): void {
  if (employer.bin === undefined && employer.iin === undefined) {
    errors.push({ pointer: '/employer/bin', code: 'field.bin-or-iin', params: {} });
    return;
  }
  if (employer.bin !== undefined && employer.iin !== undefined) {
    errors.push({ pointer: '/employer/iin', code: 'field.bin-and-iin', params: {} });
  }
  if (employer.bin !== undefined && !checkBin(employer.bin).valid) {
    errors.push({ pointer: '/employer/bin', code: 'field.check-digit.bin', params: { value: employer.bin } });
  }
  if (employer.iin !== undefined && !checkIin(employer.iin).valid) {
    errors.push({ pointer: '/employer/iin', code: 'field.check-digit.iin', params: { value: employer.iin } });
  }
}

function checkWorkerReferences(data: Case, errors: FieldError[]): void {
  const ids = new Set<string>();
  data.workers.forEach((worker, index) => {
    if (ids.has(worker.id)) errors.push({ pointer: pointerOf('workers', index, 'id'), code: 'field.duplicate-id', params: { value: worker.id } });
    ids.add(worker.id);
  });

  const checkReference = (id: string | undefined, pointer: string): void => {
    if (id !== undefined && !ids.has(id)) errors.push({ pointer, code: 'field.unknown-worker', params: { value: id } });
  };
  data.documents.forEach((document, index) => checkReference(document.worker, pointerOf('documents', index, 'worker')));
  data.findings?.inauthenticDocuments?.forEach((finding, index) =>
    checkReference(finding.worker, pointerOf('findings', 'inauthenticDocuments', index, 'worker')),
  );
  data.findings?.qualificationMismatch?.forEach((id, index) => checkReference(id, pointerOf('findings', 'qualificationMismatch', index)));
}

function checkProcedureParts(data: Case, errors: FieldError[]): void {
  if (NEEDS_PREVIOUS_PERMIT.has(data.procedure) && !data.previousPermit) {
    errors.push({ pointer: '/previousPermit', code: 'field.required-for-procedure', params: { field: 'previousPermit', procedure: data.procedure } });
  }
  if (NEEDS_REISSUE_REASON.has(data.procedure) && !data.reissue) {
    errors.push({ pointer: '/reissue', code: 'field.required-for-procedure', params: { field: 'reissue', procedure: data.procedure } });
  }
  if (data.procedure.startsWith('ict-')) {
    if (!data.ict) errors.push({ pointer: '/ict', code: 'field.required-for-procedure', params: { field: 'ict', procedure: data.procedure } });
    data.workers.forEach((worker, index) => {
      if (worker.ictServiceMonths === undefined) {
        errors.push({ pointer: pointerOf('workers', index, 'ictServiceMonths'), code: 'field.required-for-procedure', params: { field: 'ictServiceMonths', procedure: data.procedure } });
      }
    });
  }
  const permit = data.previousPermit;
  if (permit && permit.validUntil < permit.validFrom) {
    errors.push({ pointer: '/previousPermit/validUntil', code: 'field.date-before', params: { other: permit.validFrom } });
  }
}

/**
 * Checks that nothing reported as happened predates the filing: a permit issued or a fee paid before
 * the application would put the permit's term before any rule in force.
 */
function checkEventOrder(data: Case, errors: FieldError[]): void {
  const filedOn = data.filedAt.slice(0, 10);
  const filedMs = Date.parse(data.filedAt);
  const events = data.events;
  if (!events) return;

  const dates: [string, string | undefined][] = [['/events/feePaidOn', events.feePaidOn], ['/events/permit/issuedOn', events.permit?.issuedOn]];
  for (const [pointer, date] of dates) {
    if (date !== undefined && date < filedOn) errors.push({ pointer, code: 'field.date-before', params: { other: filedOn } });
  }
  const instants: [string, string | undefined][] = [['/events/notifiedAt', events.notifiedAt], ['/events/handedOverAt', events.handedOverAt], ['/events/postedAt', events.postedAt]];
  for (const [pointer, instant] of instants) {
    if (instant !== undefined && Date.parse(instant) < filedMs) errors.push({ pointer, code: 'field.date-before', params: { other: data.filedAt } });
  }
}

/** Checks what a JSON Schema cannot express: check digits, references between parts, procedure needs. */
function semanticErrors(data: Case): FieldError[] {
  const errors: FieldError[] = [];
  checkEmployerIdentifier(data.employer, errors);
  checkWorkerReferences(data, errors);
  checkProcedureParts(data, errors);
  checkEventOrder(data, errors);
  return errors;
}

/**
 * Validates a case and returns it typed, or throws `case.invalid` listing every problem at once.
 * The semantic checks run only on a case of the right shape, because they read its fields.
 */
export function validateCase(data: unknown): Case {
  const shapeErrors = fieldErrorsFromAjv(validateCaseShape(data));
  if (shapeErrors.length > 0) {
    const partial = data as Partial<Case> | null;
    const employerErrors: FieldError[] = [];
    // The identifier check still runs when the rest of the case is broken, so that one response
    // names a wrong БИН together with, say, a missing employer name.
    if (partial && typeof partial === 'object' && partial.employer && typeof partial.employer === 'object') {
      checkEmployerIdentifierLoosely(partial.employer, employerErrors, shapeErrors);
    }
    throw new EngineError('case.invalid', {}, [...shapeErrors, ...employerErrors]);
  }

  const typed = data as Case;
  const errors = semanticErrors(typed);
  if (errors.length > 0) throw new EngineError('case.invalid', {}, errors);
  return typed;
}

function checkEmployerIdentifierLoosely(employer: Partial<Case['employer']>, errors: FieldError[], known: FieldError[]): void {
  const reported = new Set(known.map((error) => error.pointer));
  if (typeof employer.bin === 'string' && !reported.has('/employer/bin') && !checkBin(employer.bin).valid) {
    errors.push({ pointer: '/employer/bin', code: 'field.check-digit.bin', params: { value: employer.bin } });
  }
  if (typeof employer.iin === 'string' && !reported.has('/employer/iin') && !checkIin(employer.iin).valid) {
    errors.push({ pointer: '/employer/iin', code: 'field.check-digit.iin', params: { value: employer.iin } });
  }
}
