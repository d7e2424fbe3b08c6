/**
 * Working time of a provider as UTC instants: the periods of one local date, the close of
 * business, and the local date of an instant. The version of the profile in force on each local
 * date supplies the time zone and office hours, so a change of either applies from its date.
 */
import { sha256 } from '../content/json-file.js';
import { minuteOfDay, versionOn, workingPeriods } from './provider.js';
import type { ProviderProfile } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';
import { localDateOf, localTimeToInstant } from './zone.js';

/** A working period as UTC milliseconds, start inclusive and end exclusive. */
export interface InstantRange {
  start: number;
  end: number;
}

const profileVersions = new WeakMap<ProviderProfile, string>();

/** SHA-256 of the profile data, stamped on results next to the calendar version. */
export function providerVersion(profile: ProviderProfile): string {
  let version = profileVersions.get(profile);
  if (version === undefined) {
    version = sha256(JSON.stringify(profile));
    profileVersions.set(profile, version);
  }

  return version;
}

/**
 * Returns the provider's local date at an instant. The version is chosen by the UTC date first
 * and then by the local date it gives, because the zone itself belongs to a version.
 */
export function localDateAt(profile: ProviderProfile, instantMs: number): string {
  const utcDate = new Date(instantMs).toISOString().slice(0, 10);
  const firstGuess = localDateOf(versionOn(profile, utcDate).timeZone, instantMs);
  return localDateOf(versionOn(profile, firstGuess).timeZone, instantMs);
}

/** Returns the provider's IANA zone at an instant. */
export function zoneAt(profile: ProviderProfile, instantMs: number): string {
  return versionOn(profile, localDateAt(profile, instantMs)).timeZone;
}

/** Returns the working periods of a local date, or none on a day off. */
export function periodsOn(date: string, calendar: WorkingCalendar, profile: ProviderProfile): InstantRange[] {
  if (!calendar.isWorkingDay(date)) {
    return [];
  }

  const version = versionOn(profile, date);
  return workingPeriods(version.workingTime).map((period) => ({
    start: localTimeToInstant(version.timeZone, date, period.from),
    end: localTimeToInstant(version.timeZone, date, period.to),
  }));
}

/** Returns the instant the office closes on a local date (18:30 for the Kyzylorda provider). */
export function closeOfBusinessInstant(date: string, profile: ProviderProfile): number {
  const version = versionOn(profile, date);
  return localTimeToInstant(version.timeZone, date, minuteOfDay(version.workingTime.closes));
}
