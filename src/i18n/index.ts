import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Interface languages: Russian first, Kazakh and English available. */
export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'ru';

export type Params = Record<string, string | number | undefined>;
type Catalogue = Map<string, string>;

const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

let catalogues: Record<Lang, Catalogue> | undefined;

/** Reads every namespace file of every language once; a locale file is code-owned, not content. */
function loadCatalogues(): Record<Lang, Catalogue> {
  const result = {} as Record<Lang, Catalogue>;
  for (const lang of LANGUAGES) {
    const catalogue: Catalogue = new Map();
    const dir = join(LOCALES_DIR, lang);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
      for (const [code, text] of Object.entries(entries)) catalogue.set(code, text);
    }
    result[lang] = catalogue;
  }
  return result;
}

function cataloguesOnce(): Record<Lang, Catalogue> {
  catalogues ??= loadCatalogues();
  return catalogues;
}

/** Lists the message codes known in one language (used by the completeness test). */
export function messageCodes(lang: Lang): string[] {
  return [...cataloguesOnce()[lang].keys()];
}

export function hasMessage(lang: Lang, code: string): boolean {
  return cataloguesOnce()[lang].has(code);
}

/**
 * Formats the message `code` in `lang`, filling `{name}` placeholders from `params`.
 * A missing message is a program fault (every code ships in every language), so it throws.
 */
export function translate(lang: Lang, code: string, params: Params = {}): string {
  const template = cataloguesOnce()[lang].get(code);
  if (template === undefined) throw new Error(`Missing ${lang} message for code "${code}"`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the interface language from an Accept-Language header by quality value.
 * Only the exact codes ru, kk and en (with any region) are recognised: "kz" is a country code, not a
 * language, so it is ignored rather than guessed.
 */
export function negotiateLang(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attributes] = part.trim().split(';');
      const qAttribute = attributes.find((attribute) => attribute.trim().startsWith('q='));
      const quality = qAttribute ? Number(qAttribute.trim().slice(2)) : 1;
      return { base: tag.toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0 && isLang(entry.base))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return (ranked[0]?.base as Lang | undefined) ?? DEFAULT_LANG;
}
