import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addDuration,
  closeOfBusiness,
  loadCalendarDir,
  loadProviderDir,
  localDate,
  registrationTime,
  versionOn,
  WorkingCalendar,
  type ProviderProfile,
} from '../calendar/index.js';
import { CalendarError } from '../calendar/errors.js';
import type { ContentSet, ProviderSnapshot } from '../decision/content.js';
import { loadAppealRoute } from '../documents/appeal.js';
import { loadTemplates } from '../documents/templates.js';
import { EngineError } from '../errors/problem.js';
import { loadPacks } from '../pack/load.js';
import { loadReference } from '../reference/index.js';
import { loadStylesheet } from '../render/index.js';
import type { DeadlineClock } from '../schedule/index.js';
import { sha256 } from './json-file.js';
import type { ContentProblem } from './problem.js';

export type { ContentProblem } from './problem.js';

/** Turns a calendar failure caused by the case (a date the calendar or the provider does not cover) into an error for the caller. */
function guarded<T>(profile: ProviderProfile, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    if (error.code === 'calendar.out-of-range') throw new EngineError('calendar.out-of-range', error.params);
    // A date before the provider's first profile version: the case names a provider not yet in service.
    if (error.code === 'calendar.provider-not-in-force') {
      throw new EngineError('case.invalid', {}, [{ pointer: '/provider/profile', code: 'field.unknown-provider', params: { value: profile.id } }]);
    }
    throw error;
  }
}

function clockFor(calendar: WorkingCalendar, profile: ProviderProfile): DeadlineClock {
  return {
    register: (instant) => guarded(profile, () => {
      const result = registrationTime(instant, calendar, profile);
      return { at: result.registered, skipped: result.skipped, provisional: result.provisional };
    }),
    add: (start, duration) => guarded(profile, () => addDuration(start, duration, calendar, profile)),
    localDate: (instant) => guarded(profile, () => localDate(profile, instant)),
    closeOfBusiness: (date) => guarded(profile, () => closeOfBusiness(profile, date)),
  };
}

function hashOf(hashes: Record<string, string>): string {
  const joined = Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)).map(([file, hash]) => `${file}\0${hash}`).join('\n');
  return sha256(joined);
}

/**
 * Loads the whole content set from a root folder: rule packs, reference tables, the calendar,
 * provider profiles, templates, the appeal route and the stylesheet. It returns the set only when
 * no part has an error, so a broken set is never put into service.
 */
export function loadContent(root: string): { content?: ContentSet; problems: ContentProblem[] } {
  const schemaDir = join(root, 'schemas');
  const packs = loadPacks(root, schemaDir);
  const reference = loadReference(root, schemaDir);
  const calendar = loadCalendarDir(join(root, 'rules', 'calendars', 'kz'), { root });
  const providers = loadProviderDir(join(root, 'rules', 'providers'), { root });
  const templates = loadTemplates(root);
  const appeal = loadAppealRoute(root, schemaDir);
  const stylesheet = loadStylesheet(join(root, 'templates', 'style.json'));

  const problems = [
    ...packs.problems,
    ...reference.problems,
    ...calendar.problems,
    ...providers.problems,
    ...templates.problems,
    ...appeal.problems,
    ...stylesheet.problems,
  ];
  if (problems.some((problem) => problem.severity === 'error')) return { problems };

  const workingCalendar = new WorkingCalendar(calendar.value!);
  const profiles = new Map(providers.value!.map((profile) => [profile.id, profile]));
  const clocks = new Map([...profiles].map(([id, profile]) => [id, clockFor(workingCalendar, profile)]));

  const content: ContentSet = {
    root,
    packs: packs.packs,
    reference: reference.reference!,
    templates: templates.set!,
    appeal: appeal.appeal!,
    stylesheet: stylesheet.value!,
    provider: (id, date): ProviderSnapshot | undefined => {
      const profile = profiles.get(id);
      if (!profile) return undefined;
      const version = versionOn(profile, date);
      return {
        id,
        name: version.name,
        address: version.address,
        territory: version.territory,
        timeZone: version.timeZone,
        hash: providers.hashes[`rules/providers/${id}.json`] ?? hashOf(providers.hashes),
      };
    },
    clock: (id) => clocks.get(id),
    calendarRef: { kind: 'calendar', id: 'kz', hash: hashOf(calendar.hashes) },
    stylesheetRef: { kind: 'stylesheet', id: 'style', hash: sha256(readFileSync(join(root, 'templates', 'style.json'))) },
  };
  return { content, problems };
}
