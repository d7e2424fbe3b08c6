import { EngineError } from '../errors/problem.js';

interface MediaRange {
  type: string;
  subtype: string;
  quality: number;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => {
      const [range = '', ...parameters] = part.trim().split(';');
      const [type = '', subtype = ''] = range.trim().toLowerCase().split('/');
      const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { type, subtype, quality: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((range) => range.type !== '');
}

/** Returns the quality of the most specific range that matches `mediaType`: the exact type, then `type/*`, then any type. */
function qualityOf(ranges: MediaRange[], mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  const exact = ranges.find((range) => range.type === type && range.subtype === subtype);
  const partial = ranges.find((range) => range.type === type && range.subtype === '*');
  const any = ranges.find((range) => range.type === '*' && range.subtype === '*');
  return (exact ?? partial ?? any)?.quality ?? 0;
}

/**
 * Picks the response's media type from the Accept header among `available`, which is in order of
 * preference: an absent header or a tie gives the first. Throws `request.not-acceptable` when the
 * header allows none of them.
 */
export function negotiateMediaType<T extends string>(header: string | undefined, available: readonly [T, ...T[]]): T {
  if (header === undefined || header.trim() === '') return available[0];
  const ranges = parseAccept(header);
  let best: T | undefined;
  let bestQuality = 0;
  for (const candidate of available) {
    const quality = qualityOf(ranges, candidate);
    if (quality > bestQuality) [best, bestQuality] = [candidate, quality];
  }
  if (best === undefined) throw new EngineError('request.not-acceptable', { available: available.join(', '), accept: header.slice(0, 200) });
  return best;
}
