/**
 * The calendar is data: an edited copy of the files changes deadlines with no code change.
 * Every result names the calendar version it was computed with, so a stored deadline computed
 * with an older calendar can be detected and recomputed.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, test } from 'vitest';

import { addDuration, loadCalendarDir, WorkingCalendar, type CalendarYear } from '../../src/calendar/index.js';
import { CALENDAR_DIR, loadKyzylorda, readRawCalendarFiles, realCalendar } from './helpers.js';

const kyzylorda = loadKyzylorda();
const FILING = '2017-03-17T10:00:00+06:00';
const SIX_WORKING_DAYS = { amount: 6, unit: 'working-days' } as const;

let copyDir: string | undefined;

afterEach(() => {
  if (copyDir !== undefined) {
    rmSync(copyDir, { recursive: true, force: true });
    copyDir = undefined;
  }
});

/** Writes every calendar file into a temporary folder, after applying `edit` to the named year. */
function writeEditedCopy(year: number, edit: (data: CalendarYear) => void): string {
  copyDir = mkdtempSync(join(tmpdir(), 'ruqsat-calendar-'));
  for (const [name, data] of readRawCalendarFiles()) {
    if (name === `${year}.json`) {
      edit(data as unknown as CalendarYear);
    }
    writeFileSync(join(copyDir, name), `${JSON.stringify(data, null, 2)}\n`);
  }
  return copyDir;
}

function calendarFrom(dir: string): WorkingCalendar {
  const loaded = loadCalendarDir(dir, { root: dir });
  expect(loaded.problems).toEqual([]);
  return new WorkingCalendar(loaded.value!);
}

describe('calendar as data', () => {
  test('a changed transfer changes the deadline', () => {
    const original = addDuration(FILING, SIX_WORKING_DAYS, realCalendar(), kyzylorda);
    const dir = writeEditedCopy(2017, (data) => {
      data.transfers[0]!.workingDay = '2017-04-01';
    });
    const edited = addDuration(FILING, SIX_WORKING_DAYS, calendarFrom(dir), kyzylorda);

    expect(original.due).toBe('2017-03-30T18:30:00+06:00');
    expect(edited.due).toBe('2017-03-31T18:30:00+06:00');
    expect(edited.countedWeekendDays).toEqual([]);
    expect(edited.skipped.map((day) => day.date)).toContain('2017-03-18');
  });

  test('an added day off changes the deadline and the calendar version', () => {
    const calendar = realCalendar();
    const stored = addDuration(FILING, SIX_WORKING_DAYS, calendar, kyzylorda);
    const dir = writeEditedCopy(2017, (data) => {
      data.transfers.push({ dayOff: '2017-03-27', workingDay: '2017-04-01', source: 'transfers-2017' });
    });
    const updated = calendarFrom(dir);
    const recomputed = addDuration(FILING, SIX_WORKING_DAYS, updated, kyzylorda);

    expect(recomputed.due).toBe('2017-03-31T18:30:00+06:00');
    expect(stored.calendarVersion).toBe(calendar.version);
    expect(stored.calendarVersion).not.toBe(updated.version);
    expect(recomputed.calendarVersion).toBe(updated.version);
  });

  test('hashes are SHA-256 of the file bytes', () => {
    const loaded = loadCalendarDir(CALENDAR_DIR, { root: CALENDAR_DIR });
    const bytes = readFileSync(join(CALENDAR_DIR, '2017.json'));

    expect(loaded.hashes['2017.json']).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });
});

describe('loadCalendarDir problems', () => {
  test('broken JSON is reported with its file and keeps no value', () => {
    copyDir = mkdtempSync(join(tmpdir(), 'ruqsat-calendar-'));
    writeFileSync(join(copyDir, '2017.json'), '{ "year": 2017, ');

    const loaded = loadCalendarDir(copyDir, { root: copyDir });

    expect(loaded.value).toBeUndefined();
    expect(loaded.problems).toMatchObject([{ code: 'content.json-syntax', file: '2017.json' }]);
    expect(Object.keys(loaded.hashes)).toEqual(['2017.json']);
  });

  test('empty folder is an error, not a calendar without holidays', () => {
    copyDir = mkdtempSync(join(tmpdir(), 'ruqsat-calendar-'));

    const loaded = loadCalendarDir(copyDir, { root: copyDir });

    expect(loaded.value).toBeUndefined();
    expect(loaded.problems).toMatchObject([{ code: 'calendar.folder-empty' }]);
  });

  test('missing folder', () => {
    const loaded = loadCalendarDir(join(tmpdir(), 'ruqsat-no-such-folder'), { root: tmpdir() });

    expect(loaded.problems).toMatchObject([{ code: 'calendar.folder-unreadable', file: 'ruqsat-no-such-folder' }]);
  });

  test('file name must match the year', () => {
    const dir = writeEditedCopy(2017, () => undefined);
    writeFileSync(join(dir, '2017.json'), readFileSync(join(CALENDAR_DIR, '2018.json')));

    const loaded = loadCalendarDir(dir, { root: dir });

    expect(loaded.value).toBeUndefined();
    expect(loaded.problems.map((problem) => problem.code)).toContain('calendar.year-mismatch');
  });

  test('an impossible date in a file keeps the set out of service', () => {
    const dir = writeEditedCopy(2019, (data) => {
      data.holidays[0]!.date = '2019-02-29';
    });

    const loaded = loadCalendarDir(dir, { root: dir });

    expect(loaded.value).toBeUndefined();
    expect(loaded.problems).toMatchObject([
      { code: 'calendar.impossible-date', file: '2019.json', pointer: '/holidays/0/date' },
    ]);
  });
});
