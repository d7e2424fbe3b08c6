import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../case/schema.js';
import { pointerOf } from '../case/pointer.js';
import { readJsonFile, schemaProblems, sha256 } from '../content/json-file.js';
import type { ContentProblem } from '../content/problem.js';
import { lintGrounds } from './lint-grounds.js';
import type { FeeDefinition, GroundDefinition, ProcedureDefinition, RequiredDocument, RulePack, TermDefinition } from './types.js';

type PackPart = 'pack' | 'procedures' | 'documents' | 'grounds' | 'fees' | 'terms';
const PARTS: PackPart[] = ['procedures', 'documents', 'grounds', 'fees', 'terms'];

/** Compiles the pack schemas once; they ship with the engine, so a failure here is a program fault. */
function compilePackSchemas(schemaDir: string): Record<PackPart, ValidateFunction> {
  const ajv = createAjv();
  const compile = (name: string): ValidateFunction => ajv.compile(JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8')) as object);
  return {
    pack: compile('pack'),
    procedures: compile('procedures'),
    documents: compile('documents'),
    grounds: compile('grounds'),
    fees: compile('fees'),
    terms: compile('terms'),
  };
}

let validators: Record<PackPart, ValidateFunction> | undefined;

interface PackFiles {
  pack: { id: string; title: RulePack['title']; notes?: RulePack['notes']; validFrom: string; validUntil: string; sources: RulePack['sources']; files: Record<string, string> };
  procedures: { actors: RulePack['actors']; procedures: Record<string, ProcedureDefinition> };
  documents: { documents: RequiredDocument[] };
  grounds: { grounds: GroundDefinition[] };
  fees: FeeDefinition;
  terms: { terms: TermDefinition[] };
}

function lintProcedures(parts: PackFiles, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [procedure, definition] of Object.entries(parts.procedures.procedures)) {
    const ids = new Set<string>();
    definition.steps.forEach((step, index) => {
      const pointer = pointerOf('procedures', procedure, 'steps', index);
      if (!(step.actor in parts.procedures.actors)) problems.push({ severity: 'error', code: 'content.unknown-actor', file, pointer: pointer + '/actor', params: { actor: step.actor } });
      if (ids.has(step.id)) problems.push({ severity: 'error', code: 'content.duplicate-id', file, pointer: pointer + '/id', params: { id: step.id } });
      ids.add(step.id);
    });
  }
  return problems;
}

function lintFeesAndTerms(parts: PackFiles, files: Record<PackPart, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groups = Object.keys(parts.fees.sectorGroups);
  parts.fees.rates.forEach((rates, index) => {
    for (const group of groups) {
      if (!(group in rates.byGroup)) problems.push({ severity: 'error', code: 'content.missing-rate', file: files.fees, pointer: pointerOf('rates', index, 'byGroup'), params: { group } });
    }
  });
  if (!parts.fees.rates.some((rates) => rates.validFrom <= parts.pack.validFrom)) {
    problems.push({ severity: 'error', code: 'content.not-covered-from-start', file: files.fees, pointer: '/rates', params: { date: parts.pack.validFrom } });
  }
  for (const category of ['1', '2', '3', '4', 'seasonal']) {
    if (!parts.terms.terms.some((term) => term.category === category && term.procedures === undefined && term.validFrom <= parts.pack.validFrom)) {
      problems.push({ severity: 'error', code: 'content.missing-term', file: files.terms, pointer: '/terms', params: { category, date: parts.pack.validFrom } });
    }
  }
  return problems;
}

function lintDocuments(parts: PackFiles, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  parts.documents.documents.forEach((document, index) => {
    if (ids.has(document.id)) problems.push({ severity: 'error', code: 'content.duplicate-id', file, pointer: pointerOf('documents', index, 'id'), params: { id: document.id } });
    ids.add(document.id);
  });
  return problems;
}

/** Loads one pack folder: every file is read, checked against its schema and linted as a whole. */
export function loadPack(root: string, packDir: string, schemaDir: string): { pack?: RulePack; problems: ContentProblem[] } {
  validators ??= compilePackSchemas(schemaDir);
  const relative = (name: string): string => `rules/packs/${packDir}/${name}`;
  const absolute = (name: string): string => join(root, 'rules', 'packs', packDir, name);

  const head = readJsonFile(absolute('pack.json'), relative('pack.json'));
  const problems = [...head.problems];
  if (head.data === undefined) return { problems };
  problems.push(...schemaProblems(validators.pack, head.data, head.file));
  if (problems.length > 0) return { problems };

  const parts = { pack: head.data } as PackFiles;
  const files = { pack: head.file } as Record<PackPart, string>;
  const hashInput: Buffer[] = [Buffer.from('pack.json\0'), head.bytes];
  for (const part of PARTS) {
    const name = parts.pack.files[part]!;
    const file = readJsonFile(absolute(name), relative(name));
    files[part] = file.file;
    problems.push(...file.problems);
    if (file.data === undefined) continue;
    problems.push(...schemaProblems(validators[part], file.data, file.file));
    (parts as unknown as Record<string, unknown>)[part] = file.data;
    hashInput.push(Buffer.from(`${name}\0`), file.bytes);
  }
  if (problems.length > 0) return { problems };

  problems.push(...lintProcedures(parts, files.procedures), ...lintDocuments(parts, files.documents));
  problems.push(...lintGrounds(parts.grounds.grounds, files.grounds), ...lintFeesAndTerms(parts, files));
  if (parts.pack.id !== packDir) {
    problems.push({ severity: 'error', code: 'content.pack-id-folder', file: files.pack, pointer: '/id', params: { id: parts.pack.id, folder: packDir } });
  }
  if (parts.pack.validUntil < parts.pack.validFrom) {
    problems.push({ severity: 'error', code: 'content.period-reversed', file: files.pack, pointer: '/validUntil', params: { from: parts.pack.validFrom, until: parts.pack.validUntil } });
  }
  if (problems.some((problem) => problem.severity === 'error')) return { problems };

  return {
    problems,
    pack: {
      id: parts.pack.id,
      title: parts.pack.title,
      notes: parts.pack.notes,
      validFrom: parts.pack.validFrom,
      validUntil: parts.pack.validUntil,
      sources: parts.pack.sources,
      actors: parts.procedures.actors,
      procedures: parts.procedures.procedures,
      documents: parts.documents.documents,
      grounds: [...parts.grounds.grounds].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
      fees: parts.fees,
      terms: parts.terms.terms,
      hash: sha256(Buffer.concat(hashInput)),
    },
  };
}

/** Loads every pack under `rules/packs/` and checks that their periods of force do not overlap. */
export function loadPacks(root: string, schemaDir: string): { packs: RulePack[]; problems: ContentProblem[] } {
  const dir = join(root, 'rules', 'packs');
  const names = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
  const packs: RulePack[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const loaded = loadPack(root, name, schemaDir);
    problems.push(...loaded.problems);
    if (loaded.pack) packs.push(loaded.pack);
  }

  packs.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  for (let index = 1; index < packs.length; index++) {
    const previous = packs[index - 1]!;
    const current = packs[index]!;
    if (current.validFrom <= previous.validUntil) {
      problems.push({ severity: 'error', code: 'content.packs-overlap', file: `rules/packs/${current.id}/pack.json`, pointer: '/validFrom', params: { pack: current.id, other: previous.id } });
    }
  }
  if (packs.length === 0 && problems.length === 0) problems.push({ severity: 'error', code: 'content.no-packs', file: 'rules/packs', params: {} });
  return { packs, problems };
}

/** Returns the pack in force on a date (YYYY-MM-DD), if any. */
export function packInForce(packs: RulePack[], date: string): RulePack | undefined {
  return packs.find((pack) => pack.validFrom <= date && date <= pack.validUntil);
}
