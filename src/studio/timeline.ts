import type { DayOffReason, LocalizedText } from '../calendar/types.js';
import type { CaseResult } from '../decision/result.js';

/** Kind of a calendar day for the deadlines: working, worked by decree, or a reason to skip it. */
export type DayKind = 'working' | 'working-weekend' | DayOffReason;

/** One calendar day of the timeline. */
export interface TimelineDay {
  date: string;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  kind: DayKind;
  /** The holiday's name, or the calendar's description of a weekend, moved or transferred day off. */
  name?: LocalizedText;
  /** For a weekend day worked by decree: the weekday that became a day off in exchange. */
  dayOff?: string;
}

/** One step as a bar over the days, from its start day to its due day. */
export interface TimelineRow {
  id: string;
  actor: string;
  actorTitle: LocalizedText;
  action: LocalizedText;
  start: string;
  due: string;
  status: string;
  /** Indexes into `days` of the start and due days. */
  from: number;
  to: number;
}

export interface Timeline {
  filedAt: string;
  registeredAt: string;
  days: TimelineDay[];
  rows: TimelineRow[];
}

/** Local date of an ISO instant with an offset, as written: `2017-03-17T10:30:00+06:00` → `2017-03-17`. */
function localDay(instant: string): string {
  return instant.slice(0, 10);
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Collects the kind of each day the schedule stepped over or counted. */
function knownDays(result: CaseResult): Map<string, Omit<TimelineDay, 'date' | 'weekday'>> {
  const known = new Map<string, Omit<TimelineDay, 'date' | 'weekday'>>();
  const skipped = [...result.schedule.registrationSkipped, ...result.schedule.steps.flatMap((step) => step.skipped)];
  for (const day of skipped) known.set(day.date, { kind: day.reason, name: day.name });
  for (const day of result.schedule.steps.flatMap((step) => step.countedWeekendDays)) known.set(day.date, { kind: 'working-weekend', dayOff: day.dayOff });
  return known;
}

/**
 * Lays the schedule out over calendar days, from the filing day to the last due day. Each day
 * the deadline arithmetic skipped is marked with its reason (weekend, holiday, moved or
 * transferred day off), and a weekend day worked by decree is marked as counted.
 */
export function buildTimeline(result: CaseResult): Timeline {
  const { schedule } = result;
  const first = localDay(schedule.filedAt);
  const last = schedule.steps.reduce((latest, step) => (localDay(step.due) > latest ? localDay(step.due) : latest), localDay(schedule.registeredAt));
  const known = knownDays(result);
  const days: TimelineDay[] = [];
  for (let date = first; date <= last; date = nextDay(date)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    days.push({ date, weekday, kind: 'working', ...known.get(date) });
  }
  const index = (instant: string): number => days.findIndex((day) => day.date === localDay(instant));
  const rows = schedule.steps.map((step) => ({
    id: step.id,
    actor: step.actor,
    actorTitle: step.actorTitle,
    action: step.action,
    start: step.start,
    due: step.due,
    status: step.status,
    from: index(step.start),
    to: index(step.due),
  }));
  return { filedAt: schedule.filedAt, registeredAt: schedule.registeredAt, days, rows };
}
