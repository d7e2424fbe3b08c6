import type { CountedWeekendDay, Duration, LocalizedText, SkippedDay } from '../calendar/types.js';
import type { Case } from '../case/types.js';
import type { RulePack, StepDefinition } from '../pack/types.js';

/** Deadline arithmetic over the working calendar and the provider's working time. */
export interface DeadlineClock {
  /** Moves a filing outside working time to the start of the next working period. */
  register(instant: string): { at: string; skipped: SkippedDay[]; provisional: boolean };
  add(start: string, duration: Duration): { due: string; skipped: SkippedDay[]; countedWeekendDays: CountedWeekendDay[]; provisional: boolean };
  /** Local date (YYYY-MM-DD) of an instant at the provider. */
  localDate(instant: string): string;
  /** Close of business of a local date, as an instant with the provider's offset. */
  closeOfBusiness(date: string): string;
}

export type StepStatus = 'planned' | 'done' | 'late' | 'missed';

export interface ScheduledStep {
  id: string;
  actor: string;
  actorTitle: LocalizedText;
  action: LocalizedText;
  result: LocalizedText;
  duration: Duration;
  citation: string;
  /** Status the employer's personal account shows while the step runs. */
  cabinetStatus?: LocalizedText;
  start: string;
  due: string;
  /** When the step ended according to the case's events; the next step starts from here. */
  actual?: string;
  status: StepStatus;
  skipped: SkippedDay[];
  countedWeekendDays: CountedWeekendDay[];
}

export interface Schedule {
  filedAt: string;
  registeredAt: string;
  /** Days between filing and registration that were not working time. */
  registrationSkipped: SkippedDay[];
  steps: ScheduledStep[];
  /**
   * When the service's result reaches the applicant: the end of the step that delivers the decision
   * (the notification, or the permit and order for procedures without a fee).
   */
  serviceDue: string;
  provisional: boolean;
}

export type ScheduleScope = 'registration-only' | 'decision' | 'approved';

function includeStep(step: StepDefinition, data: Case, scope: ScheduleScope): boolean {
  if (step.channels && !step.channels.includes(data.channel)) return false;
  return step.when !== 'approved' || scope === 'approved';
}

/** Reports the moment a milestone actually happened, from the case's events. */
function milestoneMoment(step: StepDefinition, data: Case, clock: DeadlineClock): string | undefined {
  if (step.milestone === 'notified') return data.events?.notifiedAt;
  if (step.milestone === 'fee-paid' && data.events?.feePaidOn) return clock.closeOfBusiness(data.events.feePaidOn);
  return undefined;
}

function statusOf(due: string, actual: string | undefined, milestone: StepDefinition['milestone']): StepStatus {
  if (actual === undefined) return 'planned';
  if (Date.parse(actual) <= Date.parse(due)) return 'done';
  // Paying the fee after the 10 working days is fatal to the permit; a late notification is only late.
  return milestone === 'fee-paid' ? 'missed' : 'late';
}

/**
 * Lays out the steps of the case's procedure one after another from the registration moment.
 * `registration-only` stops after the first step (a refused intake); `decision` stops before the
 * steps that follow an approval. Where events report that a milestone happened, the following step
 * starts from that moment rather than from the planned due.
 */
export function buildSchedule(data: Case, pack: RulePack, clock: DeadlineClock, scope: ScheduleScope): Schedule {
  const procedure = pack.procedures[data.procedure]!;
  const registration = clock.register(data.filedAt);
  const steps: ScheduledStep[] = [];
  let cursor = registration.at;
  let provisional = registration.provisional;

  const selected = procedure.steps.filter((step) => includeStep(step, data, scope));
  for (const step of scope === 'registration-only' ? selected.slice(0, 1) : selected) {
    const deadline = clock.add(cursor, step.duration);
    const actual = milestoneMoment(step, data, clock);
    provisional ||= deadline.provisional;
    steps.push({
      id: step.id,
      actor: step.actor,
      actorTitle: pack.actors[step.actor]!,
      action: step.action,
      result: step.result,
      duration: step.duration,
      citation: step.citation,
      ...(step.cabinetStatus ? { cabinetStatus: step.cabinetStatus } : {}),
      start: cursor,
      due: deadline.due,
      ...(actual === undefined ? {} : { actual }),
      status: statusOf(deadline.due, actual, step.milestone),
      skipped: deadline.skipped,
      countedWeekendDays: deadline.countedWeekendDays,
    });
    cursor = actual ?? deadline.due;
    // Without the fee paid in time the permit is not issued, so no step after it is planned.
    if (steps[steps.length - 1]!.status === 'missed') break;
  }

  const delivery = steps.find((step) => procedure.steps.find((definition) => definition.id === step.id)?.milestone === 'notified') ?? steps[steps.length - 1]!;
  return { filedAt: data.filedAt, registeredAt: registration.at, registrationSkipped: registration.skipped, steps, serviceDue: delivery.actual ?? delivery.due, provisional };
}

export function stepById(schedule: Schedule, id: string): ScheduledStep | undefined {
  return schedule.steps.find((step) => step.id === id);
}

export function milestoneStep(schedule: Schedule, pack: RulePack, data: Case, milestone: 'notified' | 'fee-paid'): ScheduledStep | undefined {
  const definition = pack.procedures[data.procedure]?.steps.find((step) => step.milestone === milestone);
  return definition ? stepById(schedule, definition.id) : undefined;
}
