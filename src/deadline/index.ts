/**
 * One deadline computation as the HTTP API (POST /v1/deadlines) and the CLI (`ruqsat deadline`)
 * offer it: a start moment plus a duration at a provider, with every skipped day explained.
 */
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { describeCountedWeekendDay, describeSkippedDay, CalendarError, type DurationUnit, type LocalizedText, type SkippedDay } from '../calendar/index.js';
import { fieldErrorsFromAjv } from '../case/field-errors.js';
import { createAjv } from '../case/schema.js';
import type { ContentSet } from '../decision/content.js';
import type { ContentRef } from '../decision/result.js';
import { EngineError } from '../errors/problem.js';
import type { Lang } from '../i18n/index.js';

export interface DeadlineRequest {
  start: string;
  amount: number;
  unit: DurationUnit;
  provider?: string;
}

export interface ExplainedSkippedDay {
  date: string;
  reason: SkippedDay['reason'];
  name: LocalizedText;
  relatedDate?: string;
  description: string;
}

export interface Deadline {
  start: string;
  due: string;
  provider: string;
  skipped: ExplainedSkippedDay[];
  countedWeekendDays: { date: string; dayOff: string; description: string }[];
  provisional: boolean;
  content: ContentRef[];
}

const SCHEMA_FILE = new URL('../../schemas/deadline-request.schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function validateRequest(input: unknown): DeadlineRequest {
  validator ??= createAjv().compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  if (!validator(input)) throw new EngineError('request.invalid-body', {}, fieldErrorsFromAjv(validator.errors ?? []));
  return input as DeadlineRequest;
}

function unknownProvider(id: string): EngineError {
  return new EngineError('request.invalid-body', {}, [{ pointer: '/provider', code: 'field.unknown-provider', params: { value: id } }]);
}

/**
 * Maps the errors of the case pipeline's clock onto this request. The clock reports a date before
 * a provider's first profile version as an unknown provider of a case. Here the provider was
 * found before the clock ran, so the date is too early for it.
 */
function asRequestError(error: unknown, request: DeadlineRequest, provider: string): unknown {
  if (error instanceof EngineError && error.code === 'case.invalid') return new EngineError('provider.not-in-force', { provider, date: request.start.slice(0, 10) });
  if (error instanceof CalendarError && error.code === 'calendar.invalid-instant') {
    return new EngineError('request.invalid-body', {}, [{ pointer: '/start', code: 'field.format.instant', params: { value: request.start } }]);
  }
  return error;
}

function explainSkipped(day: SkippedDay, lang: Lang): ExplainedSkippedDay {
  const explained: ExplainedSkippedDay = { date: day.date, reason: day.reason, name: day.name, description: describeSkippedDay(day, lang) };
  if (day.relatedDate !== undefined) explained.relatedDate = day.relatedDate;
  return explained;
}

/**
 * Validates a deadline request and computes it over `content`. Throws `request.invalid-body`
 * (bad fields, unknown provider), `calendar.out-of-range` (a day outside the loaded calendar) or
 * `provider.not-in-force` (a start before the provider's first profile version).
 */
export function computeDeadline(content: ContentSet, input: unknown, lang: Lang, defaultProvider: string): Deadline {
  const request = validateRequest(input);
  const providerId = request.provider ?? defaultProvider;
  const clock = content.clock(providerId);
  if (!clock) throw unknownProvider(providerId);

  try {
    const result = clock.add(request.start, { amount: request.amount, unit: request.unit });
    const profile = content.provider(providerId, clock.localDate(request.start));
    if (!profile) throw unknownProvider(providerId);
    return {
      start: request.start,
      due: result.due,
      provider: providerId,
      skipped: result.skipped.map((day) => explainSkipped(day, lang)),
      countedWeekendDays: result.countedWeekendDays.map((day) => ({ date: day.date, dayOff: day.dayOff, description: describeCountedWeekendDay(day, lang) })),
      provisional: result.provisional,
      content: [content.calendarRef, { kind: 'provider', id: providerId, hash: profile.hash }],
    };
  } catch (error) {
    throw asRequestError(error, request, providerId);
  }
}
