import { afterAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/types.js';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';

afterAll(closeTestEngine);

type Mutation = (data: Case) => void;

/** The approved sample of each procedure: a clean case that every variant below departs from in one respect. */
const CLEAN: Record<Case['procedure'], string> = {
  issue: 'issue-approved',
  reissue: 'reissue-approved-new-passport',
  extension: 'extension-approved',
  'ict-issue': 'ict-issue-approved',
  'ict-reissue': 'ict-reissue-approved-renamed',
  'ict-extension': 'ict-extension-approved',
};

const inauthentic: Mutation = (data) => {
  data.findings = { ...data.findings, inauthenticDocuments: [{ document: 'application', note: 'Подпись не совпадает' }] };
};
const illegalEmployment: Mutation = (data) => {
  const filed = new Date(data.filedAt);
  filed.setUTCMonth(filed.getUTCMonth() - 5);
  data.findings = { ...data.findings, illegalEmploymentEstablishedOn: filed.toISOString().slice(0, 10) };
};
const previousExpired: Mutation = (data) => {
  const dayBefore = new Date(`${data.filedAt.slice(0, 10)}T00:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  data.previousPermit!.validUntil = dayBefore.toISOString().slice(0, 10);
};

/** For each procedure, each refusal ground with the one change to the clean case that should fire it. */
const GROUND_VARIANTS: Record<Case['procedure'], [string, Mutation][]> = {
  issue: [
    ['inauthentic-documents', inauthentic],
    ['local-staff-ratio', (data) => {
      data.employer.staff.categories12 = { kazakh: 4, eaeu: 1, foreign: 2 };
      data.employer.staff.categories34 = { kazakh: 80, eaeu: 0, foreign: 9 };
    }],
    ['quota-exhausted', (data) => { data.findings!.quotaRemaining = { '2': 0, '3': 0 }; }],
    ['illegal-employment', illegalEmployment],
    ['qualification-mismatch', (data) => { data.findings = { ...data.findings, qualificationMismatch: ['w1', 'w2'] }; }],
  ],
  reissue: [
    ['inauthentic-documents', inauthentic],
    ['reissue-reason-not-allowed', (data) => { data.reissue!.reason = 'worker-replaced'; }],
  ],
  extension: [
    ['inauthentic-documents', inauthentic],
    ['local-staff-ratio', (data) => { data.employer.staff.categories34 = { kazakh: 50, eaeu: 0, foreign: 10 }; }],
    ['quota-exhausted', (data) => { data.findings!.quotaRemaining = { '3': 0 }; }],
    ['illegal-employment', illegalEmployment],
    ['previous-permit-expired', previousExpired],
    ['extension-limit-categories-2-3', (data) => { data.previousPermit!.extensions = 3; }],
    ['extension-not-allowed-category-4-seasonal', (data) => { data.workers[0]!.category = '4'; data.findings!.quotaRemaining = { '4': 5 }; }],
  ],
  'ict-issue': [
    ['inauthentic-documents', inauthentic],
    ['illegal-employment', illegalEmployment],
    ['ict-special-condition-missing', (data) => { delete data.ict!.specialCondition; }],
    ['ict-service-too-short', (data) => { data.workers[0]!.ictServiceMonths = 11; }],
    ['ict-share-exceeded', (data) => { data.ict!.transferredStaff.categories12 = 5; }],
    ['ict-term-exceeded', (data) => { data.workers[0]!.requestedTermMonths = 37; }],
  ],
  'ict-reissue': [
    ['inauthentic-documents', inauthentic],
    ['reissue-reason-not-allowed', (data) => { data.reissue!.reason = 'worker-replaced'; }],
  ],
  'ict-extension': [
    ['inauthentic-documents', inauthentic],
    ['illegal-employment', illegalEmployment],
    ['previous-permit-expired', previousExpired],
    ['ict-special-condition-missing', (data) => { delete data.ict!.specialCondition; }],
    ['ict-share-exceeded', (data) => { data.ict!.transferredStaff.categories12 = 10; }],
    ['ict-extension-repeated', (data) => { data.previousPermit!.extensions = 1; }],
    ['ict-extension-too-long', (data) => { data.workers[0]!.requestedTermMonths = 13; }],
  ],
};

function cleanCase(procedure: Case['procedure']): Case {
  const data = structuredClone(readSample(CLEAN[procedure])) as unknown as Case;
  delete data.events;
  return data;
}

describe.each(Object.keys(CLEAN) as Case['procedure'][])('procedure %s', (procedure) => {
  it('approves the clean case', async () => {
    const result = await testEngine().evaluate(cleanCase(procedure));

    expect(result.decision).toBe('approved');
    expect(result.grounds.fired).toEqual([]);
    expect(result.missingDocuments).toEqual([]);
  });

  it.each(GROUND_VARIANTS[procedure])('refuses by %s alone', async (ground, mutate) => {
    const data = cleanCase(procedure);
    mutate(data);

    const result = await testEngine().evaluate(data);

    expect(result.decision).toBe('refused');
    expect([...new Set(result.grounds.fired.map((fired) => fired.id))]).toEqual([ground]);
  });

  it('lists exactly the one missing document', async () => {
    const clean = cleanCase(procedure);
    for (let index = 0; index < clean.documents.length; index++) {
      const data = cleanCase(procedure);
      const [removed] = data.documents.splice(index, 1);

      const result = await testEngine().evaluate(data);

      expect(result.decision, `${removed!.kind} ${removed!.worker ?? ''}`).toBe('incomplete');
      expect(result.missingDocuments.map((missing) => [missing.id, missing.worker])).toEqual([[removed!.kind, removed!.worker]]);
      expect(result.grounds.fired).toEqual([]);
      expect(result.grounds.notFired).toEqual([]);
    }
  });
});
