import Handlebars from 'handlebars';
import { formatDateLong, formatDateShort, formatDateTime, formatMoney, quote } from '../language/index.js';

type HelperOptions = Handlebars.HelperOptions & { loc?: { start: { line: number; column: number } }; name?: string };

/**
 * Error of a template render. `params` may hold `template` (the file), `line` and `column` (1-based,
 * in that file), `field` (the path that had no value), `helper` and `reason`. The message lists the
 * ones present.
 */
export class TemplateError extends Error {
  constructor(
    readonly code: 'template.missing-value' | 'template.render-failed',
    readonly params: Record<string, string | number>,
  ) {
    super(describeTemplateError(code, params));
    this.name = 'TemplateError';
  }
}

function describeTemplateError(code: TemplateError['code'], params: Record<string, string | number>): string {
  const place = [params.template, params.line === undefined ? undefined : `line ${params.line}`].filter((part) => part !== undefined).join(', ');
  const what = code === 'template.missing-value'
    ? `no value for ${params.field === undefined ? 'an argument' : `"${params.field}"`}${params.helper === undefined ? '' : ` (helper ${params.helper})`}`
    : `rendering failed: ${params.reason ?? 'unknown reason'}`;
  return place === '' ? what : `${place}: ${what}`;
}

function isOptions(value: unknown): value is HelperOptions {
  return typeof value === 'object' && value !== null && 'hash' in value && 'data' in value;
}

/**
 * Reads a helper's one argument. Handlebars passes its options object in place of a missing
 * argument, and a missing path gives undefined even in strict mode; both become an error naming the
 * helper and the line rather than «[object Object]» or an empty blank in a legal document.
 */
function argument(name: string, args: unknown[]): { value: unknown; options: HelperOptions } {
  const options = args[args.length - 1] as HelperOptions;
  const value = args.length > 1 ? args[0] : undefined;
  if (value === undefined || value === null || value === '' || isOptions(value)) {
    // Handlebars columns are 0-based; the error reports 1-based columns, as an editor shows them.
    const start = options.loc?.start;
    throw new TemplateError('template.missing-value', { helper: name, ...(start ? { line: start.line, column: start.column + 1 } : {}) });
  }
  return { value, options };
}

function documentLang(options: HelperOptions): 'ru' | 'kk' {
  return (options.data as { root: { lang: 'ru' | 'kk' } }).root.lang;
}

/** The helpers templates may call; compiling with knownHelpersOnly rejects any other. */
export const HELPERS: Record<string, Handlebars.HelperDelegate> = {
  date: (...args: unknown[]) => {
    const { value, options } = argument('date', args);
    return formatDateLong(String(value), documentLang(options));
  },
  dateShort: (...args: unknown[]) => formatDateShort(String(argument('dateShort', args).value)),
  dateTime: (...args: unknown[]) => {
    const { value, options } = argument('dateTime', args);
    return formatDateTime(String(value), documentLang(options));
  },
  money: (...args: unknown[]) => {
    const { value, options } = argument('money', args);
    return formatMoney(Number(value), documentLang(options));
  },
  quote: (...args: unknown[]) => quote(String(argument('quote', args).value)),
  /** Capitalizes the first letter, for a phrase that opens a title or a sentence. */
  upperFirst: (...args: unknown[]) => {
    const text = String(argument('upperFirst', args).value);
    return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
  },
  /** Escapes a value and keeps its line breaks as markup breaks; use it with triple braces. */
  multiline: (...args: unknown[]) => {
    const text = String(argument('multiline', args).value);
    const lines = text.split(/\r\n|\r|\n/).map((line) => Handlebars.escapeExpression(line.trim()));
    return new Handlebars.SafeString(lines.filter((line, index) => line !== '' || index === 0).join('<br/>'));
  },
};

export const KNOWN_HELPERS = Object.fromEntries(Object.keys(HELPERS).map((name) => [name, true])) as Record<string, true>;
