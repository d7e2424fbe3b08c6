import { isValidCivilDate } from './civil-date.js';
import { invalidDateError } from './errors.js';
import type { ProviderProfile } from './types.js';
import { closeOfBusinessInstant, localDateAt, zoneAt } from './working-time.js';
import { formatInstant, parseInstant } from './zone.js';

/** Returns the provider's local date (YYYY-MM-DD) at an ISO 8601 instant with an offset. */
export function localDate(profile: ProviderProfile, instantIso: string): string {
  return localDateAt(profile, parseInstant(instantIso));
}

/**
 * Returns the close of business of a local date as ISO 8601 with the provider's offset, e.g.
 * `2017-03-30T18:30:00+06:00`, whether or not the date is a working day.
 */
export function closeOfBusiness(profile: ProviderProfile, date: string): string {
  if (!isValidCivilDate(date)) {
    throw invalidDateError(date);
  }

  const instantMs = closeOfBusinessInstant(date, profile);
  return formatInstant(instantMs, zoneAt(profile, instantMs));
}
