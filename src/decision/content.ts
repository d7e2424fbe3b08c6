import type { LocalizedText } from '../calendar/types.js';
import type { AppealRoute } from '../documents/appeal.js';
import type { TemplateSet } from '../documents/templates.js';
import type { Stylesheet } from '../render/index.js';
import type { RulePack } from '../pack/types.js';
import type { ReferenceTables } from '../reference/index.js';
import type { DeadlineClock } from '../schedule/index.js';
import type { ContentRef } from './result.js';

/** Provider profile data in force on one date, as the engine uses it. */
export interface ProviderSnapshot {
  id: string;
  name: LocalizedText;
  address: LocalizedText;
  territory: LocalizedText;
  timeZone: string;
  hash: string;
}

/**
 * The content in service: everything loaded, linted and hashed as one set. A request keeps the set
 * it started with even if a reload swaps in a new one meanwhile.
 */
export interface ContentSet {
  root: string;
  packs: RulePack[];
  reference: ReferenceTables;
  templates: TemplateSet;
  /** Appeal route that refusal documents print. */
  appeal: AppealRoute;
  stylesheet: Stylesheet;
  /** Provider profile in force on a date, or undefined for an unknown id. */
  provider(id: string, date: string): ProviderSnapshot | undefined;
  /** Deadline arithmetic for one provider, or undefined for an unknown id. */
  clock(providerId: string): DeadlineClock | undefined;
  calendarRef: ContentRef;
  stylesheetRef: ContentRef;
}
