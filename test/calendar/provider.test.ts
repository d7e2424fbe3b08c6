import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, test } from 'vitest';

import { loadProviderDir, parseProviderProfile, versionOn, type ProviderProfile } from '../../src/calendar/index.js';
import { loadKyzylorda, PROVIDER_DIR, ROOT } from './helpers.js';

const FILE = 'rules/providers/kyzylorda-employment.json';

function rawProfile(): ProviderProfile {
  return JSON.parse(readFileSync(join(PROVIDER_DIR, 'kyzylorda-employment.json'), 'utf8')) as ProviderProfile;
}

describe('Kyzylorda provider', () => {
  test('loads without problems', () => {
    const loaded = loadProviderDir(PROVIDER_DIR, { root: ROOT });

    expect(loaded.problems).toEqual([]);
    expect(Object.keys(loaded.hashes)).toEqual([FILE]);
  });

  test('profile facts', () => {
    const version = versionOn(loadKyzylorda(), '2017-03-17');

    expect(version.name.ru).toBe('ГУ «Управление координации занятости и социальных программ Кызылординской области»');
    expect(version.timeZone).toBe('Asia/Qyzylorda');
    expect(version.workingTime).toMatchObject({
      opens: '09:00',
      closes: '18:30',
      breaks: [{ from: '13:00', to: '14:30' }],
      confirmed: false,
    });
  });

  test('ICU has UTC+6 until 20.12.2018 and UTC+5 after', () => {
    const offset = (instant: string) =>
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Qyzylorda', timeZoneName: 'longOffset' })
        .formatToParts(new Date(instant))
        .find((part) => part.type === 'timeZoneName')?.value;

    expect(offset('2017-03-17T06:00:00Z')).toBe('GMT+06:00');
    expect(offset('2018-12-20T17:59:59Z')).toBe('GMT+06:00');
    expect(offset('2018-12-20T18:00:00Z')).toBe('GMT+05:00');
    expect(offset('2024-03-01T12:00:00Z')).toBe('GMT+05:00');
  });
});

describe('parseProviderProfile', () => {
  test('unknown time zone', () => {
    const data = rawProfile();
    data.versions[0]!.timeZone = 'Asia/Astana';

    expect(parseProviderProfile(data, FILE).problems).toMatchObject([
      { code: 'calendar.provider-unknown-time-zone', pointer: '/versions/0/timeZone', params: { zone: 'Asia/Astana' } },
    ]);
  });

  test('bare offset is not a zone', () => {
    const data = rawProfile();
    data.versions[0]!.timeZone = '+05:00';

    expect(parseProviderProfile(data, FILE).problems).toMatchObject([{ code: 'calendar.provider-unknown-time-zone' }]);
  });

  test('break outside working hours', () => {
    const data = rawProfile();
    data.versions[0]!.workingTime.breaks = [{ from: '08:00', to: '09:30' }];

    expect(parseProviderProfile(data, FILE).problems).toMatchObject([
      { code: 'calendar.provider-invalid-break', pointer: '/versions/0/workingTime/breaks/0' },
    ]);
  });

  test('closing before opening', () => {
    const data = rawProfile();
    data.versions[0]!.workingTime.closes = '08:30';

    expect(parseProviderProfile(data, FILE).problems).toMatchObject([{ code: 'calendar.provider-opens-after-closes' }]);
  });

  test('invalid time', () => {
    const data = rawProfile();
    data.versions[0]!.workingTime.opens = '9:00';

    expect(parseProviderProfile(data, FILE).problems).toMatchObject([
      { code: 'calendar.invalid-time', pointer: '/versions/0/workingTime/opens', params: { value: '9:00' } },
    ]);
  });

  test('versions out of order', () => {
    const data = rawProfile();
    data.versions.push({ ...data.versions[0]!, validFrom: '2016-01-01' });

    expect(parseProviderProfile(data, FILE).problems).toMatchObject([
      { code: 'calendar.provider-versions-order', pointer: '/versions/1/validFrom' },
    ]);
  });
});

describe('effective-dated versions', () => {
  test('a later version with other hours applies from its date', () => {
    const profile = rawProfile();
    const later = structuredClone(profile.versions[0]!);
    later.validFrom = '2020-01-01';
    later.workingTime.closes = '18:00';
    profile.versions.push(later);

    expect(versionOn(profile, '2019-12-31').workingTime.closes).toBe('18:30');
    expect(versionOn(profile, '2020-01-01').workingTime.closes).toBe('18:00');
  });
});

describe('loadProviderDir', () => {
  let dir: string | undefined;

  afterEach(() => {
    if (dir !== undefined) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('file name must match the id', () => {
    dir = mkdtempSync(join(tmpdir(), 'ruqsat-providers-'));
    writeFileSync(join(dir, 'other.json'), JSON.stringify(rawProfile()));

    const loaded = loadProviderDir(dir, { root: dir });

    expect(loaded.value).toBeUndefined();
    expect(loaded.problems).toMatchObject([{ code: 'calendar.provider-id-mismatch', file: 'other.json' }]);
  });
});
