import type { ContentSet } from '../decision/content.js';
import type { ContentRef } from '../decision/result.js';

export const VERSION_HEADER = 'x-ruqsat-version';
export const CONTENT_HEADER = 'x-ruqsat-content';
export const PACK_HEADER = 'x-ruqsat-pack';

/** Lists the content of a set that every response can name: its packs, the calendar and the stylesheet. */
export function servedContent(content: ContentSet): ContentRef[] {
  return [...content.packs.map((pack): ContentRef => ({ kind: 'pack', id: pack.id, hash: pack.hash })), content.calendarRef, content.stylesheetRef];
}

/** Formats content references as `kind/id=sha256:…` items separated by ", ". */
export function contentHeader(refs: readonly ContentRef[]): string {
  return refs.map((ref) => `${ref.kind}/${ref.id}=${ref.hash}`).join(', ');
}

/** Returns the headers of a response decided by one rule pack with the given content. */
export function decisionHeaders(pack: { id: string; hash: string }, content: readonly ContentRef[]): Record<string, string> {
  return { [PACK_HEADER]: `${pack.id} ${pack.hash}`, [CONTENT_HEADER]: contentHeader(content) };
}
