import type { ContentProblem } from '../../content/problem.js';

/** Builds an error-level problem about the stylesheet file, located by a JSON Pointer when known. */
export function problem(
  code: string,
  file: string,
  params: Record<string, string | number>,
  pointer?: string,
): ContentProblem {
  const result: ContentProblem = { severity: 'error', code, file, params };
  if (pointer !== undefined) result.pointer = pointer;
  return result;
}
