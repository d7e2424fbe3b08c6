import type { ContentProblem } from '../content/problem.js';
import { isValidCivilDate } from './civil-date.js';
import { contentProblem, contentSchemaProblems, hasErrors, withoutSchemaKey } from './content-schemas.js';
import { CalendarError } from './errors.js';
import type { ParseResult } from './parse-calendar.js';
import type { ProviderProfile, ProviderVersion, WorkingTime } from './types.js';
import { isKnownTimeZone } from './zone.js';

/** Minutes after local midnight of a working period's start and end. */
export interface MinuteRange {
  from: number;
  to: number;
}

/**
 * Validates the parsed JSON of one provider file against `schemas/provider.schema.json`, then
 * checks existing dates, versions in increasing `validFrom` order, a time zone known to the
 * runtime, and working time with breaks inside office hours. Problems are returned, never thrown.
 */
export function parseProviderProfile(json: unknown, file: string): ParseResult<ProviderProfile> {
  const shapeProblems = contentSchemaProblems('provider', json, file);
  if (shapeProblems.length > 0) {
    return { value: undefined, problems: shapeProblems };
  }

  const profile = withoutSchemaKey(json as ProviderProfile);
  const problems = profile.versions.flatMap((version, index) =>
    checkVersion(version, profile.versions[index - 1], `/versions/${index}`, file),
  );

  return { value: hasErrors(problems) ? undefined : profile, problems };
}

function checkVersion(
  version: ProviderVersion,
  previous: ProviderVersion | undefined,
  pointer: string,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];

  if (!isValidCivilDate(version.validFrom)) {
    problems.push(contentProblem('calendar.impossible-date', file, `${pointer}/validFrom`, { value: version.validFrom }));
  } else if (previous !== undefined && previous.validFrom >= version.validFrom) {
    problems.push(
      contentProblem('calendar.provider-versions-order', file, `${pointer}/validFrom`, {
        date: version.validFrom,
        previous: previous.validFrom,
      }),
    );
  }

  if (!isKnownTimeZone(version.timeZone)) {
    problems.push(contentProblem('calendar.provider-unknown-time-zone', file, `${pointer}/timeZone`, { zone: version.timeZone }));
  }

  problems.push(...checkWorkingTime(version.workingTime, `${pointer}/workingTime`, file));
  return problems;
}

function checkWorkingTime(workingTime: WorkingTime, pointer: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const opens = minuteOfDay(workingTime.opens);
  const closes = minuteOfDay(workingTime.closes);

  if (opens >= closes) {
    problems.push(
      contentProblem('calendar.provider-opens-after-closes', file, `${pointer}/closes`, {
        opens: workingTime.opens,
        closes: workingTime.closes,
      }),
    );
    return problems;
  }

  let previousEnd = opens;
  workingTime.breaks.forEach((range, index) => {
    const from = minuteOfDay(range.from);
    const to = minuteOfDay(range.to);
    if (from >= to || from <= previousEnd || to >= closes) {
      problems.push(
        contentProblem('calendar.provider-invalid-break', file, `${pointer}/breaks/${index}`, {
          from: range.from,
          to: range.to,
          opens: workingTime.opens,
          closes: workingTime.closes,
        }),
      );
    }
    previousEnd = Math.max(previousEnd, to);
  });

  return problems;
}

export function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Working periods of a working day: office hours without the breaks, in local minutes. */
export function workingPeriods(workingTime: WorkingTime): MinuteRange[] {
  const periods: MinuteRange[] = [];
  let from = minuteOfDay(workingTime.opens);

  for (const range of workingTime.breaks) {
    periods.push({ from, to: minuteOfDay(range.from) });
    from = minuteOfDay(range.to);
  }

  periods.push({ from, to: minuteOfDay(workingTime.closes) });
  return periods;
}

/** Returns the version in force on a local date: the last one whose `validFrom` is not after it. */
export function versionOn(profile: ProviderProfile, date: string): ProviderVersion {
  let found: ProviderVersion | undefined;
  for (const version of profile.versions) {
    if (version.validFrom <= date) {
      found = version;
    }
  }

  if (found === undefined) {
    const first = profile.versions[0]?.validFrom ?? '';
    throw new CalendarError(
      'calendar.provider-not-in-force',
      `Provider profile "${profile.id}" has no version in force on ${date}; its first version starts on ${first}.`,
      { provider: profile.id, date, validFrom: first },
    );
  }

  return found;
}
