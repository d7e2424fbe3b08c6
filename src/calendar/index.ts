/** Public face of the working calendar: data loading, lint and deadline arithmetic. */
export { WorkingCalendar } from './working-calendar.js';
export { registrationTime } from './registration.js';
export { addDuration } from './deadline.js';
export { countWorkingDays } from './count.js';
export { describeCountedWeekendDay, describeSkippedDay } from './describe.js';
export { closeOfBusiness, localDate } from './provider-clock.js';
export { parseCalendarYear } from './parse-calendar.js';
export { parseProviderProfile, versionOn } from './provider.js';
export { lintCalendar } from './lint.js';
export { loadCalendarDir, loadProviderDir } from './load.js';
export { CalendarError } from './errors.js';

export type { CalendarErrorCode } from './errors.js';
export type { LoadOptions } from './load.js';
export type { ParseResult } from './parse-calendar.js';
export type {
  CalendarSource,
  CalendarStatus,
  CalendarYear,
  ContentLoadResult,
  ContentVersions,
  CountedWeekendDay,
  DayOffReason,
  DayStatus,
  DeadlineResult,
  Duration,
  DurationUnit,
  Language,
  LocalizedText,
  ProviderProfile,
  ProviderVersion,
  RegistrationResult,
  SkippedDay,
} from './types.js';
