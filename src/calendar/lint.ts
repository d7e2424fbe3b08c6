/**
 * Checks a set of calendar years against each other: the years form one unbroken range, and the
 * moved days off in the data match the weekend rule except where an entry marks a sourced
 * exception. The data stays authoritative; lint only reports the differences.
 */
import type { ContentProblem } from '../content/problem.js';
import { isWeekend, yearOf } from './civil-date.js';
import { contentProblem } from './content-schemas.js';
import { deriveMovedDaysOff, type DerivedMove } from './moved-days.js';
import type { CalendarYear, HolidayEntry, MovedDayOffEntry } from './types.js';

/** Path of a year's calendar file relative to the content root. */
export function defaultCalendarFile(year: number): string {
  return `rules/calendars/kz/${year}.json`;
}

interface LocatedMove {
  entry: MovedDayOffEntry;
  file: string;
  pointer: string;
}

export function lintCalendar(
  years: readonly CalendarYear[],
  fileOf: (year: number) => string = defaultCalendarFile,
): ContentProblem[] {
  const loadedYears = new Set(years.map((year) => year.year));
  const holidays = new Map(years.flatMap((year) => year.holidays.map((holiday) => [holiday.date, holiday] as const)));
  const { located: dataMoves, problems: duplicateMoves } = locateMoves(years, fileOf);

  return [
    ...checkYearRange(years, fileOf),
    ...duplicateMoves,
    ...checkMoveTargets(dataMoves, holidays, loadedYears),
    ...compareWithRule(deriveMovedDaysOff(years), dataMoves, loadedYears, fileOf),
    ...checkCancelledMoves(years, holidays, fileOf),
  ];
}

function checkYearRange(years: readonly CalendarYear[], fileOf: (year: number) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sorted = years.map((year) => year.year).sort((a, b) => a - b);

  sorted.forEach((year, index) => {
    const previous = sorted[index - 1];
    if (previous === year) {
      problems.push(contentProblem('calendar.duplicate-year', fileOf(year), '/year', { year }));
    }
    for (let missing = (previous ?? year) + 1; missing < year; missing += 1) {
      problems.push(contentProblem('calendar.missing-year', fileOf(missing), '', { year: missing }));
    }
  });

  return problems;
}

/** Indexes the moved days of the data by their holiday; a holiday gives at most one moved day. */
function locateMoves(
  years: readonly CalendarYear[],
  fileOf: (year: number) => string,
): { located: Map<string, LocatedMove>; problems: ContentProblem[] } {
  const located = new Map<string, LocatedMove>();
  const problems: ContentProblem[] = [];

  for (const year of years) {
    year.movedDaysOff.forEach((entry, index) => {
      const move = { entry, file: fileOf(year.year), pointer: `/movedDaysOff/${index}` };
      const previous = located.get(entry.holiday);
      if (previous === undefined) {
        located.set(entry.holiday, move);
      } else {
        problems.push(
          contentProblem('calendar.duplicate-move', move.file, `${move.pointer}/holiday`, {
            holiday: entry.holiday,
            date: entry.date,
            other: previous.entry.date,
          }),
        );
      }
    });
  }

  return { located, problems };
}

/** A moved day must name a holiday of the data; the holiday's year may be a neighbouring file. */
function checkMoveTargets(
  dataMoves: Map<string, LocatedMove>,
  holidays: Map<string, HolidayEntry>,
  loadedYears: Set<number>,
): ContentProblem[] {
  return [...dataMoves.values()]
    .filter(({ entry }) => loadedYears.has(yearOf(entry.holiday)) && !holidays.has(entry.holiday))
    .map(({ entry, file, pointer }) =>
      contentProblem('calendar.moved-day-unknown-holiday', file, `${pointer}/holiday`, {
        date: entry.date,
        holiday: entry.holiday,
      }),
    );
}

function compareWithRule(
  derived: readonly DerivedMove[],
  dataMoves: Map<string, LocatedMove>,
  loadedYears: Set<number>,
  fileOf: (year: number) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const derivedHolidays = new Set(derived.map((move) => move.holiday.date));

  for (const move of derived) {
    const data = dataMoves.get(move.holiday.date);
    if (data === undefined) {
      // A moved day in a year that is not loaded belongs to a file that lint cannot see.
      if (loadedYears.has(yearOf(move.date))) {
        problems.push(missingMove(move, fileOf));
      }
    } else if (data.entry.date !== move.date && data.entry.exception === undefined) {
      problems.push(
        contentProblem('calendar.moved-day-differs', data.file, `${data.pointer}/date`, {
          holiday: move.holiday.date,
          expected: move.date,
          actual: data.entry.date,
        }),
      );
    }
  }

  for (const data of dataMoves.values()) {
    if (!derivedHolidays.has(data.entry.holiday) && data.entry.exception === undefined) {
      problems.push(
        contentProblem('calendar.moved-day-unexpected', data.file, data.pointer, {
          date: data.entry.date,
          holiday: data.entry.holiday,
        }),
      );
    }
  }

  return problems;
}

function missingMove(move: DerivedMove, fileOf: (year: number) => string): ContentProblem {
  return contentProblem('calendar.moved-day-missing', fileOf(yearOf(move.date)), '/movedDaysOff', {
    date: move.date,
    holiday: move.holiday.date,
    name: move.holiday.name.ru,
  });
}

/** Warns about a cancelled move of a holiday that would not move anyway: only weekend statutory holidays move. */
function checkCancelledMoves(
  years: readonly CalendarYear[],
  holidays: Map<string, HolidayEntry>,
  fileOf: (year: number) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const year of years) {
    year.cancelledMoves.forEach((entry, index) => {
      const holiday = holidays.get(entry.holiday);
      if (holiday === undefined || holiday.kind !== 'statutory' || !isWeekend(entry.holiday)) {
        problems.push(
          contentProblem(
            'calendar.cancelled-move-unneeded',
            fileOf(year.year),
            `/cancelledMoves/${index}/holiday`,
            { holiday: entry.holiday },
            'warning',
          ),
        );
      }
    });
  }

  return problems;
}
