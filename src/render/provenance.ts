import type { DocumentMeta } from './types.js';

/** Author, creator and last modifier written into every file. */
export const CREATOR = 'ruqsat';

export const LANGUAGE_TAGS = { ru: 'ru-RU', kk: 'kk-KZ' } as const;

/** Custom document properties that trace the file to the engine and content that produced it. */
export function customProperties(meta: DocumentMeta): { name: string; value: string }[] {
  return [
    { name: 'engineVersion', value: meta.engineVersion },
    { name: 'packId', value: meta.packId },
    { name: 'packHash', value: meta.packHash },
    { name: 'templateHash', value: meta.templateHash },
    { name: 'caseId', value: meta.caseId },
  ];
}

/** The same provenance as keywords, for viewers that show only the standard properties. */
export function provenanceKeywords(meta: DocumentMeta): string[] {
  return customProperties(meta).map(({ name, value }) => `${name}=${value}`);
}

/** Parses `meta.createdAt`; an unparseable date is a fault of the caller, not of content. */
export function creationDate(meta: DocumentMeta): Date {
  const date = new Date(meta.createdAt);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid meta.createdAt "${meta.createdAt}"; expected an ISO 8601 date-time`);
  return date;
}
