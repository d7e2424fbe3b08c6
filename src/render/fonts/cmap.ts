/**
 * Reads which characters a TrueType font maps to a glyph, from its `cmap` table (Apple TrueType
 * Reference Manual and OpenType specification, "cmap — Character to Glyph Index Mapping Table").
 * Only the Unicode subtables are read: format 12 (full Unicode) when present, else format 4 (BMP).
 */
export type CharacterCoverage = (codePoint: number) => boolean;

const PLATFORM_UNICODE = 0;
const PLATFORM_WINDOWS = 3;
const WINDOWS_BMP = 1;
const WINDOWS_FULL = 10;

export function readCoverage(font: Uint8Array): CharacterCoverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = findTable(view, 'cmap');
  if (cmap === undefined) throw new Error('The font has no cmap table');

  const subtable = chooseSubtable(view, cmap);
  if (subtable === undefined) throw new Error('The font has no Unicode cmap subtable of format 4 or 12');
  const format = view.getUint16(subtable);
  return format === 12 ? readFormat12(view, subtable) : readFormat4(view, subtable);
}

function findTable(view: DataView, tag: string): number | undefined {
  const tableCount = view.getUint16(4);
  for (let index = 0; index < tableCount; index++) {
    const record = 12 + index * 16;
    const recordTag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    if (recordTag === tag) return view.getUint32(record + 8);
  }
  return undefined;
}

/** Prefers a format 12 subtable, which covers characters beyond the BMP, over format 4. */
function chooseSubtable(view: DataView, cmap: number): number | undefined {
  const count = view.getUint16(cmap + 2);
  let bmp: number | undefined;
  for (let index = 0; index < count; index++) {
    const record = cmap + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap + view.getUint32(record + 4);
    const format = view.getUint16(subtable);
    const isUnicode = platform === PLATFORM_UNICODE || (platform === PLATFORM_WINDOWS && (encoding === WINDOWS_BMP || encoding === WINDOWS_FULL));
    if (!isUnicode) continue;
    if (format === 12) return subtable;
    if (format === 4) bmp ??= subtable;
  }
  return bmp;
}

function readFormat12(view: DataView, subtable: number): CharacterCoverage {
  const groupCount = view.getUint32(subtable + 12);
  const groups: [number, number][] = [];
  for (let index = 0; index < groupCount; index++) {
    const group = subtable + 16 + index * 12;
    groups.push([view.getUint32(group), view.getUint32(group + 4)]);
  }
  return (codePoint) => groups.some(([start, end]) => codePoint >= start && codePoint <= end);
}

function readFormat4(view: DataView, subtable: number): CharacterCoverage {
  const segmentCount = view.getUint16(subtable + 6) / 2;
  const endCodes = subtable + 14;
  const startCodes = endCodes + segmentCount * 2 + 2;
  const deltas = startCodes + segmentCount * 2;
  const rangeOffsets = deltas + segmentCount * 2;

  return (codePoint) => {
    if (codePoint > 0xffff) return false;
    for (let segment = 0; segment < segmentCount; segment++) {
      if (view.getUint16(endCodes + segment * 2) < codePoint) continue;
      const start = view.getUint16(startCodes + segment * 2);
      if (start > codePoint) return false;
      return glyphOf(view, codePoint, start, segment, deltas, rangeOffsets) !== 0;
    }
    return false;
  };
}

function glyphOf(view: DataView, codePoint: number, start: number, segment: number, deltas: number, rangeOffsets: number): number {
  const delta = view.getInt16(deltas + segment * 2);
  const rangeOffsetAddress = rangeOffsets + segment * 2;
  const rangeOffset = view.getUint16(rangeOffsetAddress);
  if (rangeOffset === 0) return (codePoint + delta) & 0xffff;

  const glyph = view.getUint16(rangeOffsetAddress + rangeOffset + (codePoint - start) * 2);
  return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
}
