import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import {
  loadCalendarDir,
  loadProviderDir,
  WorkingCalendar,
  type CalendarYear,
  type ProviderProfile,
} from '../../src/calendar/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CALENDAR_DIR = fileURLToPath(new URL('../../rules/calendars/kz/', import.meta.url));
export const PROVIDER_DIR = fileURLToPath(new URL('../../rules/providers/', import.meta.url));

export function loadRealYears(): CalendarYear[] {
  const loaded = loadCalendarDir(CALENDAR_DIR, { root: ROOT });
  if (loaded.value === undefined) {
    throw new Error(`Calendar data has errors: ${JSON.stringify(loaded.problems)}`);
  }
  return loaded.value;
}

export function loadKyzylorda(): ProviderProfile {
  const loaded = loadProviderDir(PROVIDER_DIR, { root: ROOT });
  const profile = loaded.value?.find((candidate) => candidate.id === 'kyzylorda-employment');
  if (profile === undefined) {
    throw new Error(`Provider data has errors: ${JSON.stringify(loaded.problems)}`);
  }
  return profile;
}

export function realCalendar(): WorkingCalendar {
  return new WorkingCalendar(loadRealYears());
}

/** Raw JSON of every calendar file, for tests that edit a copy of the data. */
export function readRawCalendarFiles(): Map<string, Record<string, unknown>> {
  const files = new Map<string, Record<string, unknown>>();
  for (const name of readdirSync(CALENDAR_DIR).filter((file) => file.endsWith('.json'))) {
    files.set(name, JSON.parse(readFileSync(`${CALENDAR_DIR}${name}`, 'utf8')) as Record<string, unknown>);
  }
  return files;
}

export function rawYear(year: number): CalendarYear & { $schema?: string } {
  return JSON.parse(readFileSync(`${CALENDAR_DIR}${year}.json`, 'utf8')) as CalendarYear & { $schema?: string };
}
