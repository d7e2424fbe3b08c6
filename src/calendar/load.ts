/**
 * Loaders of the calendar and provider folders. They read every `*.json` file, hash its bytes,
 * validate it and collect problems; they never throw for bad content. A folder that cannot be
 * read or holds no file is an error, so an empty calendar is never taken for a year without
 * holidays.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { readJsonFile, sha256 } from '../content/json-file.js';
import type { ContentProblem } from '../content/problem.js';
import { contentProblem, hasErrors } from './content-schemas.js';
import { lintCalendar } from './lint.js';
import { parseCalendarYear, type ParseResult } from './parse-calendar.js';
import { parseProviderProfile } from './provider.js';
import type { CalendarYear, ContentLoadResult, ProviderProfile } from './types.js';

export interface LoadOptions {
  /** Folder that problem and hash paths are relative to; the current directory by default. */
  root?: string;
}

interface ParsedFile<T> {
  file: string;
  name: string;
  value: T;
}

interface FolderReadResult<T> {
  parsed: ParsedFile<T>[];
  problems: ContentProblem[];
  hashes: Record<string, string>;
}

/** Loads `rules/calendars/kz/<year>.json` files and lints them together. */
export function loadCalendarDir(dir: string, options: LoadOptions = {}): ContentLoadResult<CalendarYear[]> {
  const { parsed, problems, hashes } = readFolder(dir, options, parseCalendarYear);

  const fileByYear = new Map<number, string>();
  for (const { file, name, value } of parsed) {
    if (name !== `${value.year}.json`) {
      problems.push(contentProblem('calendar.year-mismatch', file, '/year', { year: value.year, name }));
    }
    fileByYear.set(value.year, file);
  }

  const years = parsed.map(({ value }) => value).sort((a, b) => a.year - b.year);
  const folder = folderPath(dir, options);
  const lintProblems = lintCalendar(years, (year) => fileByYear.get(year) ?? joinContentPath(folder, `${year}.json`));

  // A year whose file exists but failed its checks already has its own problems; it is not missing.
  problems.push(
    ...lintProblems.filter((problem) => problem.code !== 'calendar.missing-year' || hashes[problem.file] === undefined),
  );

  return { value: hasErrors(problems) ? undefined : years, problems, hashes };
}

/** Loads `rules/providers/<id>.json` files; the file name must be the profile's id. */
export function loadProviderDir(dir: string, options: LoadOptions = {}): ContentLoadResult<ProviderProfile[]> {
  const { parsed, problems, hashes } = readFolder(dir, options, parseProviderProfile);

  for (const { file, name, value } of parsed) {
    if (name !== `${value.id}.json`) {
      problems.push(contentProblem('calendar.provider-id-mismatch', file, '/id', { id: value.id, name }));
    }
  }

  const profiles = parsed.map(({ value }) => value);
  return { value: hasErrors(problems) ? undefined : profiles, problems, hashes };
}

function readFolder<T>(
  dir: string,
  options: LoadOptions,
  parse: (json: unknown, file: string) => ParseResult<T>,
): FolderReadResult<T> {
  const result: FolderReadResult<T> = { parsed: [], problems: [], hashes: {} };
  const folder = folderPath(dir, options);
  const names = listJsonFiles(dir);

  if (names === undefined || names.length === 0) {
    const code = names === undefined ? 'calendar.folder-unreadable' : 'calendar.folder-empty';
    const displayedFolder = folder === '' ? '.' : folder;
    result.problems.push(contentProblem(code, displayedFolder, '', { folder: displayedFolder }));
    return result;
  }

  for (const name of names) {
    const json = readJsonFile(join(dir, name), joinContentPath(folder, name));
    result.problems.push(...json.problems);
    if (json.bytes.length > 0) {
      result.hashes[json.file] = sha256(json.bytes);
    }
    if (json.data === undefined) {
      continue;
    }

    const { value, problems } = parse(json.data, json.file);
    result.problems.push(...problems);
    if (value !== undefined) {
      result.parsed.push({ file: json.file, name, value });
    }
  }

  return result;
}

function listJsonFiles(dir: string): string[] | undefined {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return undefined;
  }
}

/** Returns the folder relative to the content root with `/` separators, or '' for the root itself. */
function folderPath(dir: string, options: LoadOptions): string {
  return relative(options.root ?? process.cwd(), dir).split(sep).join('/');
}

function joinContentPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}
