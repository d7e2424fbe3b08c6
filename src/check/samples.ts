import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** One sample: a folder with `case.json` and `expected/`. */
export interface SampleRef {
  /** Path of the folder relative to the samples root, with `/` separators (e.g. `issue-approved`). */
  name: string;
  dir: string;
}

/** Raised when a path given to `check` does not exist or contains no sample. */
export class SamplePathError extends Error {
  constructor(readonly path: string) {
    super(`no sample under ${path}`);
    this.name = 'SamplePathError';
  }
}

function isSampleDir(dir: string): boolean {
  return existsSync(join(dir, 'case.json'));
}

/** Lists the sample folders at or below `dir`, depth first, skipping hidden folders and `expected/`. */
function sampleDirsUnder(dir: string): string[] {
  if (isSampleDir(dir)) return [dir];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'expected') continue;
    found.push(...sampleDirsUnder(join(dir, entry.name)));
  }
  return found;
}

function sampleName(root: string, dir: string): string {
  const path = relative(root, dir);
  return path === '' || path.startsWith('..') ? basename(dir) : path.split(sep).join('/');
}

/**
 * Finds the samples to check: all under `root`, or those under each of `paths` (a samples folder,
 * a sample folder or its case.json). The list is sorted by name and has no duplicates.
 */
export function findSamples(root: string, paths: string[] = []): SampleRef[] {
  const starts = paths.length === 0 ? [root] : paths.map((path) => resolve(path));
  const dirs = new Set<string>();
  for (const start of starts) {
    if (!existsSync(start)) throw new SamplePathError(start);
    const folder = statSync(start).isFile() ? dirname(start) : start;
    const found = sampleDirsUnder(folder);
    if (found.length === 0 && paths.length > 0) throw new SamplePathError(start);
    found.forEach((dir) => dirs.add(dir));
  }
  return [...dirs].map((dir) => ({ name: sampleName(root, dir), dir })).sort((a, b) => a.name.localeCompare(b.name));
}
