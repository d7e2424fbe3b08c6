import { OUTPUT_FORMATS, type BundleOptions, type OutputFormat } from './bundle/index.js';
import type { DocumentLang } from './case/types.js';
import { EngineError } from './errors/problem.js';

const DOCUMENT_LANGUAGES: DocumentLang[] = ['ru', 'kk'];

function parseList<T extends string>(option: string, raw: string, allowed: readonly T[]): T[] {
  const values = raw.split(',').map((value) => value.trim()).filter((value) => value !== '');
  const invalid = values.find((value) => !(allowed as readonly string[]).includes(value));
  if (invalid !== undefined || values.length === 0) {
    throw new EngineError('request.invalid-option', { option, value: invalid ?? raw, allowed: allowed.join(', ') });
  }
  return [...new Set(values)] as T[];
}

/**
 * Reads the bundle options shared by the API (`?formats=docx,pdf&languages=ru,kk`) and the CLI
 * (`--formats`, `--languages`). Absent formats mean DOCX and PDF; absent languages mean the case's.
 */
export function parseBundleOptions(formats: string | undefined, languages: string | undefined): BundleOptions {
  const options: BundleOptions = { formats: formats === undefined ? ['docx', 'pdf'] : parseList<OutputFormat>('formats', formats, OUTPUT_FORMATS) };
  if (languages !== undefined) options.languages = parseList<DocumentLang>('languages', languages, DOCUMENT_LANGUAGES);
  return options;
}

export function parsePackOption(pack: string | undefined): string | undefined {
  if (pack === undefined) return undefined;
  if (!/^[a-z0-9-]{2,40}$/.test(pack)) throw new EngineError('request.invalid-option', { option: 'pack', value: pack, allowed: 'a pack id such as kz-2017' });
  return pack;
}
