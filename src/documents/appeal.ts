import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalizedText } from '../calendar/types.js';
import { createAjv } from '../case/schema.js';
import { readJsonFile, schemaProblems, sha256 } from '../content/json-file.js';
import type { ContentProblem } from '../content/problem.js';
import type { Confidence } from '../pack/types.js';

const FILE = 'rules/reference/appeal.json';

/** Appeal route of `rules/reference/appeal.json`: the places an applicant may appeal a refusal to, in order. */
export interface AppealRoute {
  id: 'appeal';
  title: LocalizedText;
  confidence: Confidence;
  /** Source of the route and what remains to be checked. */
  source: LocalizedText;
  /** The sentence printed before the list of destinations. */
  intro: LocalizedText;
  route: { id: string; text: LocalizedText }[];
  hash: string;
}

function duplicateIds(route: AppealRoute['route']): ContentProblem[] {
  return route
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry, index }) => route.findIndex((other) => other.id === entry.id) !== index)
    .map(({ entry, index }) => ({ severity: 'error', code: 'content.duplicate-id', file: FILE, pointer: `/route/${index}/id`, params: { id: entry.id } }));
}

/** Loads and validates the appeal route that refusal documents print. */
export function loadAppealRoute(root: string, schemaDir: string): { appeal?: AppealRoute; problems: ContentProblem[] } {
  const file = readJsonFile(join(root, FILE), FILE);
  if (file.data === undefined) return { problems: file.problems };

  const validate = createAjv().compile(JSON.parse(readFileSync(join(schemaDir, 'appeal.schema.json'), 'utf8')) as object);
  const invalid = schemaProblems(validate, file.data, FILE);
  if (invalid.length > 0) return { problems: invalid };

  const data = file.data as Omit<AppealRoute, 'hash'>;
  const duplicates = duplicateIds(data.route);
  if (duplicates.length > 0) return { problems: duplicates };
  return { appeal: { ...data, hash: sha256(file.bytes) }, problems: [] };
}
