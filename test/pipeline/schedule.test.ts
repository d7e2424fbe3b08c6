import { afterAll, describe, expect, it } from 'vitest';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';

afterAll(closeTestEngine);

describe('schedule of the issue procedure', () => {
  it('counts the decreed working Saturday and skips Наурыз in March 2017', async () => {
    const result = await testEngine().evaluate(readSample('issue-approved'));
    const review = result.schedule.steps.find((step) => step.id === 'executor-review')!;

    expect(result.schedule.registeredAt).toBe('2017-03-17T10:30:00+06:00');
    expect(review.start).toBe('2017-03-17T11:20:00+06:00');
    expect(review.due).toBe('2017-03-30T18:30:00+06:00');
    expect(review.countedWeekendDays.map((day) => [day.date, day.dayOff])).toEqual([['2017-03-18', '2017-03-20']]);
    expect(review.skipped.map((day) => [day.date, day.reason])).toEqual([
      ['2017-03-19', 'weekend'],
      ['2017-03-20', 'transferred-day-off'],
      ['2017-03-21', 'holiday'],
      ['2017-03-22', 'holiday'],
      ['2017-03-23', 'holiday'],
      ['2017-03-25', 'weekend'],
      ['2017-03-26', 'weekend'],
    ]);
    expect(review.skipped.find((day) => day.date === '2017-03-21')?.name.ru).toBe('Наурыз мейрамы');
  });

  it('continues from the reported notification and gives the fee deadline', async () => {
    const result = await testEngine().evaluate(readSample('issue-approved'));
    const fee = result.schedule.steps.find((step) => step.id === 'fee-payment')!;

    expect(fee.start).toBe('2017-04-04T16:00:00+06:00');
    expect(fee.due).toBe('2017-04-18T18:30:00+06:00');
    expect(fee.status).toBe('done');
    expect(result.fee?.payBy).toBe('2017-04-18T18:30:00+06:00');
  });

  it('flags a fee paid after ten working days and leaves the permit out', async () => {
    const input = structuredClone(readSample('issue-approved')) as Record<string, any>;
    input.events.feePaidOn = '2017-04-19';

    const result = await testEngine().evaluate(input);

    expect(result.schedule.steps.find((step) => step.id === 'fee-payment')?.status).toBe('missed');
    expect(result.schedule.steps.map((step) => step.id)).not.toContain('permit-collection');
    expect(result.documents.map((document) => document.kind)).toEqual(['application', 'receipt', 'notification']);
    expect(result.warnings.map((warning) => warning.code)).toContain('warning.fee-missed');
  });

  it('registers a portal filing made on a Friday night after the December holidays', async () => {
    const result = await testEngine().evaluate(readSample('issue-incomplete'));

    expect(result.schedule.registeredAt).toBe('2019-12-18T09:00:00+05:00');
    expect(result.schedule.registrationSkipped.map((day) => day.date)).toEqual(['2019-12-14', '2019-12-15', '2019-12-16', '2019-12-17']);
  });

  it('gives the ICT issue its seven working days and delivery', async () => {
    const result = await testEngine().evaluate(readSample('ict-issue-approved'));
    const decision = result.schedule.steps.find((step) => step.id === 'head-decision')!;

    expect(decision.due).toBe('2017-07-10T18:30:00+06:00');
    expect(decision.countedWeekendDays.map((day) => day.date)).toEqual(['2017-07-01']);
    expect(decision.skipped.map((day) => [day.date, day.reason])).toEqual([
      ['2017-07-02', 'weekend'],
      ['2017-07-06', 'holiday'],
      ['2017-07-07', 'transferred-day-off'],
      ['2017-07-08', 'weekend'],
      ['2017-07-09', 'weekend'],
    ]);
    expect(result.schedule.serviceDue).toBe('2017-07-12T18:30:00+06:00');
    expect(result.schedule.steps[0]?.cabinetStatus?.ru).toBe('Заявка принята');
  });

  it('starts a portal filing with the 20-minute acceptance', async () => {
    const result = await testEngine().evaluate(readSample('extension-approved'));

    expect(result.schedule.steps[0]?.id).toBe('portal-acceptance');
    expect(result.schedule.steps[0]?.due).toBe('2018-03-01T17:05:00+06:00');
    expect(result.schedule.steps.map((step) => step.id)).not.toContain('permit-posting');
    expect(result.schedule.steps[result.schedule.steps.length - 1]?.id).toBe('portal-result');
  });
});

