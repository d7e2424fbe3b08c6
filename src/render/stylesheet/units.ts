import type { Length } from './types.js';

export const LENGTH_PATTERN = /^(\d+(?:\.\d+)?)(mm|cm|pt)$/;

const POINTS_PER_UNIT = { pt: 1, mm: 72 / 25.4, cm: 720 / 25.4 } as const;

/** A4 in millimetres (ISO 216). */
export const A4 = { widthMm: 210, heightMm: 297 } as const;

/** Converts a stylesheet length to points; the stylesheet schema guarantees the format. */
export function toPoints(length: Length): number {
  const match = LENGTH_PATTERN.exec(length);
  if (match === null) throw new Error(`Invalid stylesheet length "${length}"; expected a number with mm, cm or pt`);
  const [, amount, unit] = match;
  return Number(amount) * POINTS_PER_UNIT[unit as keyof typeof POINTS_PER_UNIT];
}

export function toMillimetres(length: Length): number {
  return (toPoints(length) * 25.4) / 72;
}

/** Twentieths of a point, the unit of most DOCX measures. */
export function toTwips(length: Length): number {
  return Math.round(toPoints(length) * 20);
}

/** Half-points, the unit of DOCX font sizes. */
export function toHalfPoints(length: Length): number {
  return Math.round(toPoints(length) * 2);
}
