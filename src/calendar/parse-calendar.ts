import type { ContentProblem } from '../content/problem.js';
import { checkCalendarYear } from './calendar-checks.js';
import { contentSchemaProblems, hasErrors, withoutSchemaKey } from './content-schemas.js';
import type { CalendarYear } from './types.js';

export interface ParseResult<T> {
  /** Absent when any problem is an error. */
  value: T | undefined;
  problems: ContentProblem[];
}

/**
 * Validates the parsed JSON of one calendar file against `schemas/calendar.schema.json`.
 * Then it checks what the schema cannot express: impossible dates (2017-02-31), dates outside
 * the file's year, unknown sources, two roles on one date, and transfers whose working day is
 * not a Saturday or Sunday. Problems are returned, never thrown.
 * NOTE: the semantic checks run only on a document that passed the schema, so a file with schema
 * errors shows its other problems after those are fixed.
 */
export function parseCalendarYear(json: unknown, file: string): ParseResult<CalendarYear> {
  const shapeProblems = contentSchemaProblems('calendar', json, file);
  if (shapeProblems.length > 0) {
    return { value: undefined, problems: shapeProblems };
  }

  const calendar = withoutSchemaKey(json as CalendarYear);
  const problems = checkCalendarYear(calendar, file);

  return { value: hasErrors(problems) ? undefined : calendar, problems };
}
