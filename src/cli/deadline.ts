import { loadConfig } from '../config/index.js';
import { computeDeadline, type Deadline } from '../deadline/index.js';
import type { RuqsatEngine } from '../engine.js';
import { EngineError } from '../errors/problem.js';
import { translate, type Lang } from '../i18n/index.js';
import { formatDateTime } from '../language/index.js';
import type { Streams } from './output.js';

export interface DeadlineArguments {
  positionals: string[];
  provider: string | undefined;
  json: boolean;
}

/** Formats an instant as «05.04.2017 18:30 (UTC+06:00)», in the offset it carries. */
function formatMoment(instant: string): string {
  const offset = /(Z|[+-]\d\d:\d\d)$/.exec(instant)?.[1] ?? '';
  return `${formatDateTime(instant, 'ru')} (UTC${offset === 'Z' ? '' : offset})`;
}

function printDeadline(deadline: Deadline, amount: number, unit: string, lang: Lang, streams: Streams): void {
  streams.out(translate(lang, 'deadline.due', { due: formatMoment(deadline.due) }));
  streams.out(translate(lang, 'deadline.request', { start: formatMoment(deadline.start), amount, unit: translate(lang, `deadline.unit.${unit}`), provider: deadline.provider }));
  if (deadline.skipped.length === 0) streams.out(translate(lang, 'deadline.skipped.none'));
  else streams.out([translate(lang, 'deadline.skipped'), ...deadline.skipped.map((day) => `  ${day.description}`)].join('\n'));
  if (deadline.countedWeekendDays.length > 0) streams.out([translate(lang, 'deadline.counted'), ...deadline.countedWeekendDays.map((day) => `  ${day.description}`)].join('\n'));
  if (deadline.provisional) streams.out(translate(lang, 'deadline.provisional'));
}

/** Reads the amount as a number when it is one; any other text goes to validation as it is. */
function readAmount(text: string): number | string {
  return /^\d{1,15}$/.test(text) ? Number(text) : text;
}

/**
 * Runs `ruqsat deadline <start> <amount> <unit> [--provider ID] [--json]`: the due moment and the
 * skipped days, readable in `lang` or as the JSON of POST /v1/deadlines.
 */
export async function runDeadline(args: DeadlineArguments, lang: Lang, streams: Streams, loadEngine: () => RuqsatEngine): Promise<number> {
  const [start, amountText, unit, ...extra] = args.positionals;
  if (start === undefined || amountText === undefined || unit === undefined || extra.length > 0) {
    throw new EngineError('cli.usage', { reason: translate(lang, 'deadline.usage') });
  }
  const request = { start, amount: readAmount(amountText), unit, ...(args.provider !== undefined ? { provider: args.provider } : {}) };
  const engine = loadEngine();
  try {
    const deadline = computeDeadline(engine.content, request, lang, loadConfig().defaultProvider);
    if (args.json) streams.out(JSON.stringify(deadline, null, 2));
    else printDeadline(deadline, Number(request.amount), unit, lang, streams);
    return 0;
  } finally {
    await engine.close();
  }
}
