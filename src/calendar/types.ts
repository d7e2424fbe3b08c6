import type { ContentProblem } from '../content/problem.js';

/** Units of a duration, shared by rule packs, the API and the CLI. */
export type DurationUnit = 'minutes' | 'hours' | 'working-days' | 'calendar-days';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** Text in the three interface languages. */
export interface LocalizedText {
  ru: string;
  kk: string;
  en: string;
}

/** Why a calendar day is not a working day. */
export type DayOffReason =
  | 'weekend'
  | 'holiday'
  | 'religious-holiday'
  | 'moved-day-off'
  | 'transferred-day-off';

/** A day that a deadline computation stepped over, with the reason it was skipped. */
export interface SkippedDay {
  date: string; // YYYY-MM-DD, local to the provider
  reason: DayOffReason;
  /** The holiday's name, or a description of the moved or transferred day. */
  name: LocalizedText;
  /** For a moved day off: the holiday it replaces. For a transferred day off: the weekend day worked instead. */
  relatedDate?: string;
  source?: string;
}

/** A weekend day that a decreed transfer made a working day, reported so an explanation can say why it counted. */
export interface CountedWeekendDay {
  date: string;
  /** The weekday that became a day off in exchange. */
  dayOff: string;
  source: string;
}

export interface DeadlineResult extends ContentVersions {
  start: string; // ISO 8601 with the provider's UTC offset
  due: string; // ISO 8601 with the provider's UTC offset
  skipped: SkippedDay[];
  countedWeekendDays: CountedWeekendDay[];
  /** True when the computation touched a year whose calendar is marked provisional. */
  provisional: boolean;
}

/**
 * Content hashes that let a stored deadline be checked against the content now in service:
 * a deadline whose `calendarVersion` differs from `WorkingCalendar.version` must be recomputed.
 */
export interface ContentVersions {
  calendarVersion: string;
  providerVersion: string;
}

/** A registration instant, with the days stepped over to reach it. */
export interface RegistrationResult extends ContentVersions {
  /** The filing instant as given, restated with the provider's UTC offset. */
  filed: string;
  /** The start of the working period that contains the filing, or of the next one. */
  registered: string;
  skipped: SkippedDay[];
  countedWeekendDays: CountedWeekendDay[];
  provisional: boolean;
}

/** Interface language of user-facing text. */
export type Language = keyof LocalizedText;

/** Reliability of a source, as tagged by the legal staff who recorded it. */
export type SourceConfidence = 'confirmed' | 'secondary' | 'unconfirmed';

/** A legal act or report that an entry of a calendar file relies on. */
export interface CalendarSource {
  id: string;
  citation: string;
  /** Document code on adilet.zan.kz, e.g. `P1700000005`. */
  adilet?: string;
  confidence: SourceConfidence;
  note?: string;
}

export type HolidayKind = 'statutory' | 'religious';

/** A statutory holiday or a religious day off, one entry per calendar day. */
export interface HolidayEntry {
  date: string;
  /** Stable id shared by every year's entry of the same holiday, e.g. `nauryz`. */
  id: string;
  kind: HolidayKind;
  name: LocalizedText;
  source: string;
}

/** Marks a moved day off that does not follow the weekend rule, with the act that sets it. */
export interface RuleException {
  source: string;
  note: string;
}

/** A working day made a day off because a holiday fell on a Saturday or Sunday. */
export interface MovedDayOffEntry {
  date: string;
  /** The holiday that fell on the weekend; it may lie in the previous year. */
  holiday: string;
  source: string;
  exception?: RuleException;
}

/** A holiday on a weekend that, by a sourced act, gives no moved day off. */
export interface CancelledMoveEntry {
  holiday: string;
  source: string;
  note: string;
}

/** A decreed transfer: a weekday becomes a day off and a weekend day becomes a working day. */
export interface TransferEntry {
  dayOff: string;
  workingDay: string;
  source: string;
}

/** One reading of a disputed fact, with the sources that support it. */
export interface DisputeReading {
  id: string;
  summary: string;
  sources: string[];
}

/** A fact on which the sources disagree: every reading is kept and `used` names the one applied. */
export interface DisputeEntry {
  id: string;
  question: string;
  readings: DisputeReading[];
  used: string;
  /** Dates whose status depends on the reading. */
  affects: string[];
}

export type CalendarStatus = 'final' | 'provisional';

/** The content of one calendar file `rules/calendars/kz/<year>.json`. */
export interface CalendarYear {
  year: number;
  status: CalendarStatus;
  sources: CalendarSource[];
  holidays: HolidayEntry[];
  movedDaysOff: MovedDayOffEntry[];
  cancelledMoves: CancelledMoveEntry[];
  transfers: TransferEntry[];
  disputes: DisputeEntry[];
  note?: string;
}

/** The status of one calendar day: a working day, or a day off with its reason. */
export type DayStatus =
  | { date: string; working: true; kind: 'weekday' }
  | { date: string; working: true; kind: 'transferred-working-day'; transfer: CountedWeekendDay }
  | ({ working: false } & SkippedDay);

/** A time of day `HH:MM` in the provider's local time. */
export interface TimeRange {
  from: string;
  to: string;
}

/** Office hours of a working day, the same on every day the calendar marks as working. */
export interface WorkingTime {
  opens: string;
  closes: string;
  breaks: TimeRange[];
  confirmed: boolean;
  source: string;
  note?: string;
}

/** A postal address; `confirmed: false` marks one not yet checked against an official source. */
export interface PostalAddress extends LocalizedText {
  confirmed: boolean;
  note?: string;
}

/** One effective-dated version of a provider profile, in force from `validFrom` until the next version. */
export interface ProviderVersion {
  validFrom: string;
  name: LocalizedText;
  address: PostalAddress;
  /** The administrative-territorial unit where the provider's permits allow work. */
  territory: LocalizedText;
  /** IANA time zone, e.g. `Asia/Qyzylorda`. */
  timeZone: string;
  workingTime: WorkingTime;
  source: string;
}

/** The content of one provider file `rules/providers/<id>.json`. */
export interface ProviderProfile {
  id: string;
  versions: ProviderVersion[];
}

/** Result of loading or parsing content: `value` is absent when any problem is an error. */
export interface ContentLoadResult<T> {
  value: T | undefined;
  problems: ContentProblem[];
  /** SHA-256 (hex) of each file's bytes, keyed by the file path used in problems. */
  hashes: Record<string, string>;
}
