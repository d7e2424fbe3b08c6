/**
 * Semantic checks of one calendar file that JSON Schema cannot express: dates that exist and lie
 * in the file's year, known sources, one role per date, and the weekday rules of transfers.
 * They run on a document that already passed the schema.
 */
import type { ContentProblem } from '../content/problem.js';
import { isValidCivilDate, isWeekend, yearOf } from './civil-date.js';
import { contentProblem } from './content-schemas.js';
import type { CalendarYear } from './types.js';

interface DateField {
  value: string;
  pointer: string;
  /** Years in which the date may lie; a moved day's holiday may lie in the previous year. */
  years: readonly number[];
}

export function checkCalendarYear(calendar: CalendarYear, file: string): ContentProblem[] {
  const dateProblems = checkDates(calendar, file);
  if (dateProblems.length > 0) {
    return dateProblems;
  }

  return [
    ...checkSources(calendar, file),
    ...checkDayRoles(calendar, file),
    ...checkTransfers(calendar, file),
    ...checkMovedDays(calendar, file),
    ...checkDisputes(calendar, file),
  ];
}

function dateFields(calendar: CalendarYear): DateField[] {
  const year = [calendar.year];
  const yearOrPrevious = [calendar.year - 1, calendar.year];

  return [
    ...calendar.holidays.map((entry, index) => ({ value: entry.date, pointer: `/holidays/${index}/date`, years: year })),
    ...calendar.movedDaysOff.flatMap((entry, index) => [
      { value: entry.date, pointer: `/movedDaysOff/${index}/date`, years: year },
      { value: entry.holiday, pointer: `/movedDaysOff/${index}/holiday`, years: yearOrPrevious },
    ]),
    ...calendar.cancelledMoves.map((entry, index) => ({
      value: entry.holiday,
      pointer: `/cancelledMoves/${index}/holiday`,
      years: yearOrPrevious,
    })),
    ...calendar.transfers.flatMap((entry, index) => [
      { value: entry.dayOff, pointer: `/transfers/${index}/dayOff`, years: year },
      { value: entry.workingDay, pointer: `/transfers/${index}/workingDay`, years: year },
    ]),
    ...calendar.disputes.flatMap((dispute, disputeIndex) =>
      dispute.affects.map((value, index) => ({
        value,
        pointer: `/disputes/${disputeIndex}/affects/${index}`,
        years: year,
      })),
    ),
  ];
}

function checkDates(calendar: CalendarYear, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const field of dateFields(calendar)) {
    if (!isValidCivilDate(field.value)) {
      problems.push(contentProblem('calendar.impossible-date', file, field.pointer, { value: field.value }));
    } else if (!field.years.includes(yearOf(field.value))) {
      problems.push(
        contentProblem('calendar.date-outside-year', file, field.pointer, { date: field.value, year: calendar.year }),
      );
    }
  }

  return problems;
}

function sourceReferences(calendar: CalendarYear): { source: string; pointer: string }[] {
  const reference = (list: readonly { source: string }[], name: string) =>
    list.map((entry, index) => ({ source: entry.source, pointer: `/${name}/${index}/source` }));

  return [
    ...reference(calendar.holidays, 'holidays'),
    ...reference(calendar.movedDaysOff, 'movedDaysOff'),
    ...calendar.movedDaysOff.flatMap((entry, index) =>
      entry.exception === undefined
        ? []
        : [{ source: entry.exception.source, pointer: `/movedDaysOff/${index}/exception/source` }],
    ),
    ...reference(calendar.cancelledMoves, 'cancelledMoves'),
    ...reference(calendar.transfers, 'transfers'),
    ...calendar.disputes.flatMap((dispute, disputeIndex) =>
      dispute.readings.flatMap((reading, readingIndex) =>
        reading.sources.map((source, index) => ({
          source,
          pointer: `/disputes/${disputeIndex}/readings/${readingIndex}/sources/${index}`,
        })),
      ),
    ),
  ];
}

function checkSources(calendar: CalendarYear, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const declared = new Set<string>();

  calendar.sources.forEach((source, index) => {
    if (declared.has(source.id)) {
      problems.push(contentProblem('calendar.duplicate-source', file, `/sources/${index}/id`, { source: source.id }));
    }
    declared.add(source.id);
  });

  const used = new Set<string>();
  for (const reference of sourceReferences(calendar)) {
    used.add(reference.source);
    if (!declared.has(reference.source)) {
      problems.push(contentProblem('calendar.unknown-source', file, reference.pointer, { source: reference.source }));
    }
  }

  calendar.sources.forEach((source, index) => {
    if (!used.has(source.id)) {
      problems.push(contentProblem('calendar.unused-source', file, `/sources/${index}`, { source: source.id }, 'warning'));
    }
  });

  return problems;
}

/**
 * Reports dates with more than one role. A date is a holiday, a moved day off, a transferred day
 * off or a working weekend day, and two roles on one date mean that one of the entries is wrong.
 */
function checkDayRoles(calendar: CalendarYear, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstPointer = new Map<string, string>();

  const claim = (date: string, pointer: string, duplicateCode: string) => {
    const previous = firstPointer.get(date);
    if (previous === undefined) {
      firstPointer.set(date, pointer);
      return;
    }

    const code = previous.split('/')[1] === pointer.split('/')[1] ? duplicateCode : 'calendar.conflicting-entries';
    problems.push(contentProblem(code, file, pointer, { date, other: previous }));
  };

  calendar.holidays.forEach((entry, index) => claim(entry.date, `/holidays/${index}/date`, 'calendar.duplicate-date'));
  calendar.movedDaysOff.forEach((entry, index) =>
    claim(entry.date, `/movedDaysOff/${index}/date`, 'calendar.duplicate-date'),
  );
  calendar.transfers.forEach((entry, index) => {
    claim(entry.dayOff, `/transfers/${index}/dayOff`, 'calendar.conflicting-entries');
    claim(entry.workingDay, `/transfers/${index}/workingDay`, 'calendar.conflicting-entries');
  });

  return problems;
}

/** Labour Code art. 85 p. 3: a transfer swaps a weekend day for a working weekday. */
function checkTransfers(calendar: CalendarYear, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];

  calendar.transfers.forEach((entry, index) => {
    if (!isWeekend(entry.workingDay)) {
      problems.push(
        contentProblem('calendar.transfer-not-weekend', file, `/transfers/${index}/workingDay`, { date: entry.workingDay }),
      );
    }
    if (isWeekend(entry.dayOff)) {
      problems.push(
        contentProblem('calendar.transfer-day-off-on-weekend', file, `/transfers/${index}/dayOff`, { date: entry.dayOff }),
      );
    }
  });

  return problems;
}

function checkMovedDays(calendar: CalendarYear, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const holidayDates = new Set(calendar.holidays.map((entry) => entry.date));

  calendar.movedDaysOff.forEach((entry, index) => {
    if (isWeekend(entry.date)) {
      problems.push(contentProblem('calendar.moved-day-on-weekend', file, `/movedDaysOff/${index}/date`, { date: entry.date }));
    }

    // A holiday of the previous year is checked by lintCalendar, which reads every year.
    if (yearOf(entry.holiday) === calendar.year && !holidayDates.has(entry.holiday)) {
      problems.push(
        contentProblem('calendar.moved-day-unknown-holiday', file, `/movedDaysOff/${index}/holiday`, {
          date: entry.date,
          holiday: entry.holiday,
        }),
      );
    }
  });

  return problems;
}

function checkDisputes(calendar: CalendarYear, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];

  calendar.disputes.forEach((dispute, index) => {
    const readingIds = dispute.readings.map((reading) => reading.id);
    if (!readingIds.includes(dispute.used)) {
      problems.push(
        contentProblem('calendar.unknown-reading', file, `/disputes/${index}/used`, {
          used: dispute.used,
          readings: readingIds.join(', '),
        }),
      );
    }
  });

  return problems;
}
